package io.github.cnbenforcer.builder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a builder image's labels say about the run image and the lifecycle, read as {@code pack
 * builder create} writes the label {@value #LABEL}: the run images from {@code images[].image} and
 * {@code images[].mirrors} (the first is the default), or, in builders written before {@code images}
 * existed, from {@code stack.runImage.image} and {@code .mirrors}; the lifecycle from {@code
 * lifecycle.version} and {@code lifecycle.apis} (or the older single versions {@code
 * lifecycle.api.platform} and {@code .buildpack}). The lifecycle's own image carries {@value
 * #LIFECYCLE_VERSION_LABEL} and {@value #LIFECYCLE_APIS_LABEL}, which {@code pack} does not write on
 * builders; where a builder has them, they fill what the metadata lacks.
 */
public final class BuilderMetadata {
    public static final String LABEL = "io.buildpacks.builder.metadata";
    public static final String LIFECYCLE_VERSION_LABEL = "io.buildpacks.lifecycle.version";
    public static final String LIFECYCLE_APIS_LABEL = "io.buildpacks.lifecycle.apis";

    private final List<RunImageReference> runImages;
    private final LifecycleDescriptor lifecycle;

    private BuilderMetadata(List<RunImageReference> runImages, LifecycleDescriptor lifecycle) {
        this.runImages = List.copyOf(runImages);
        this.lifecycle = lifecycle;
    }

    /**
     * The builder metadata of an image's labels; empty when the image has no {@value #LABEL} label
     * (it is not a builder).
     *
     * @throws BuilderMetadataException when a label is not what {@code pack} writes
     */
    public static Optional<BuilderMetadata> fromLabels(Map<String, String> labels) throws BuilderMetadataException {
        String value = labels.get(LABEL);
        if (value == null) {
            return Optional.empty();
        }
        LabelJson json = new LabelJson(LABEL);
        JsonNode metadata = json.parseObject(value);
        LifecycleDescriptor lifecycle = lifecycle(json, json.object(metadata, "lifecycle", "lifecycle"));
        return Optional.of(new BuilderMetadata(runImages(json, metadata), lifecycle.orElse(lifecycleLabels(labels))));
    }

    /** Every run image the builder names, the default first; empty when it names none. */
    public List<RunImageReference> runImages() {
        return runImages;
    }

    /** The run image {@code pack build} uses unless told otherwise: the first. */
    public Optional<RunImageReference> defaultRunImage() {
        return runImages.stream().findFirst();
    }

    public LifecycleDescriptor lifecycle() {
        return lifecycle;
    }

    private static List<RunImageReference> runImages(LabelJson json, JsonNode metadata)
            throws BuilderMetadataException {
        List<RunImageReference> runImages = new ArrayList<>();
        List<JsonNode> images = json.array(metadata, "images", "images");
        for (int i = 0; i < images.size(); i++) {
            runImages.add(runImage(json, images.get(i), "images[" + i + "]", true));
        }
        if (runImages.isEmpty()) {
            JsonNode stack = json.object(metadata, "stack", "stack");
            JsonNode runImage = json.object(stack, "runImage", "stack.runImage");
            if (runImage != null
                    && !json.string(runImage, "image", "stack.runImage.image").isEmpty()) {
                runImages.add(runImage(json, runImage, "stack.runImage", false));
            }
        }
        return runImages;
    }

    private static RunImageReference runImage(LabelJson json, JsonNode entry, String path, boolean inArray)
            throws BuilderMetadataException {
        if (!entry.isObject()) {
            throw json.error("has " + path + " that is not an object");
        }
        String image = json.string(entry, "image", path + ".image");
        if (image.isEmpty() && inArray) {
            throw json.error("has " + path + " without an image");
        }
        return new RunImageReference(image, json.strings(entry, "mirrors", path + ".mirrors"));
    }

    private static LifecycleDescriptor lifecycle(LabelJson json, JsonNode lifecycle) throws BuilderMetadataException {
        if (lifecycle == null) {
            return LifecycleDescriptor.UNKNOWN;
        }
        String version = json.string(lifecycle, "version", "lifecycle.version");
        JsonNode apis = json.object(lifecycle, "apis", "lifecycle.apis");
        LifecycleDescriptor declared = new LifecycleDescriptor(
                version,
                apiVersions(json, json.object(apis, "platform", "lifecycle.apis.platform"), "lifecycle.apis.platform"),
                apiVersions(
                        json, json.object(apis, "buildpack", "lifecycle.apis.buildpack"), "lifecycle.apis.buildpack"));
        JsonNode api = json.object(lifecycle, "api", "lifecycle.api");
        return declared.orElse(new LifecycleDescriptor(
                version,
                singleVersion(json.string(api, "platform", "lifecycle.api.platform")),
                singleVersion(json.string(api, "buildpack", "lifecycle.api.buildpack"))));
    }

    /** {@value #LIFECYCLE_VERSION_LABEL} and {@value #LIFECYCLE_APIS_LABEL}, where the image has them. */
    private static LifecycleDescriptor lifecycleLabels(Map<String, String> labels) throws BuilderMetadataException {
        String apisLabel = labels.get(LIFECYCLE_APIS_LABEL);
        ApiVersions platform = ApiVersions.NONE;
        ApiVersions buildpack = ApiVersions.NONE;
        if (apisLabel != null) {
            LabelJson json = new LabelJson(LIFECYCLE_APIS_LABEL);
            JsonNode apis = json.parseObject(apisLabel);
            platform = apiVersions(json, json.object(apis, "platform", "platform"), "platform");
            buildpack = apiVersions(json, json.object(apis, "buildpack", "buildpack"), "buildpack");
        }
        return new LifecycleDescriptor(labels.get(LIFECYCLE_VERSION_LABEL), platform, buildpack);
    }

    private static ApiVersions apiVersions(LabelJson json, JsonNode apis, String path) throws BuilderMetadataException {
        return new ApiVersions(
                json.strings(apis, "supported", path + ".supported"),
                json.strings(apis, "deprecated", path + ".deprecated"));
    }

    private static ApiVersions singleVersion(String version) {
        return version.isEmpty() ? ApiVersions.NONE : new ApiVersions(List.of(version), List.of());
    }
}
