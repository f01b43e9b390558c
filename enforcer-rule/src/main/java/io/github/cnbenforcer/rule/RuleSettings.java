package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.cache.CacheDirectory;
import io.github.cnbenforcer.cache.DiskCache;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.pipeline.LayerInspection;
import io.github.cnbenforcer.pipeline.Stack;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.InvalidReferenceException;
import io.github.cnbenforcer.source.Deadline;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.source.registry.auth.SettingsServers;
import io.github.cnbenforcer.source.registry.transport.ProxySetting;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;

/** The rule's parameters, validated: every misconfiguration is an {@link EnforcerRuleError} saying what to write. */
final class RuleSettings {
    static final int DEFAULT_LAYER_BUDGET_MIB = 512;
    static final int DEFAULT_CACHE_MAX_MIB = (int) (DiskCache.DEFAULT_MAX_BYTES / (1024 * 1024));
    private static final int MAX_TIMEOUT_SECONDS = 3600;
    private static final int MAX_DEADLINE_SECONDS = 24 * 3600;

    private final Stack.Images images;
    private final List<Platform> platforms;
    private final boolean inspectLayers;
    private final long layerBudgetBytes;
    private final RegistryOptions registryOptions;
    private final StatusPolicy statusPolicy;
    private final Path reportFile;
    private final Path sarifFile;
    private final Path junitFile;
    private final Path cacheDirectory;
    private final long cacheMaxBytes;

    private RuleSettings(
            Builder builder,
            Stack.Images images,
            List<Platform> platforms,
            RegistryOptions registryOptions,
            StatusPolicy statusPolicy) {
        this.images = images;
        this.platforms = List.copyOf(platforms);
        this.inspectLayers = builder.inspectLayers;
        this.layerBudgetBytes = builder.layerBudgetMiB * 1024L * 1024L;
        this.registryOptions = registryOptions;
        this.statusPolicy = statusPolicy;
        this.reportFile = builder.reportFile;
        this.sarifFile = builder.sarifFile;
        this.junitFile = builder.junitFile;
        this.cacheDirectory = !builder.cache
                ? null
                : builder.cacheDirectory != null
                        ? builder.cacheDirectory
                        : CacheDirectory.defaultFor(System.getenv(), Path.of(System.getProperty("user.home")));
        this.cacheMaxBytes = builder.cacheMaxMiB * 1024L * 1024L;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** The platforms to validate; empty means every platform of the build image. */
    public List<Platform> platforms() {
        return platforms;
    }

    public boolean inspectLayers() {
        return inspectLayers;
    }

    public long layerBudgetBytes() {
        return layerBudgetBytes;
    }

    public RegistryOptions registryOptions() {
        return registryOptions;
    }

    /** The images to check, by role, and the platforms to check of them. */
    public Stack stack() {
        return Stack.of(images, platforms);
    }

    /** What each finding means for the build: {@code strict}, and the suppressions as of today. */
    public StatusPolicy statusPolicy() {
        return statusPolicy;
    }

    /** How layers are read, if they are: their facts, for the checks that need them, kept in {@code cache}. */
    public LayerInspection layerInspection(ImageCache cache, SourceLog log) {
        return new LayerInspection(inspectLayers, layerBudgetBytes, cache, log);
    }

    /** Where the disk cache is; empty when it is turned off ({@code cache} is false). */
    public Optional<Path> cacheDirectory() {
        return Optional.ofNullable(cacheDirectory);
    }

    /** The bound of the disk cache. */
    public long cacheMaxBytes() {
        return cacheMaxBytes;
    }

    public Path reportFile() {
        return reportFile;
    }

    public Path sarifFile() {
        return sarifFile;
    }

    public Path junitFile() {
        return junitFile;
    }

    /** Collects the raw parameters; {@link #build()} validates them. */
    public static final class Builder {
        private final Path baseDir;
        private String buildImage;
        private String builderImage;
        private String runImage;
        private List<String> runImageMirrors = List.of();
        private String previousRunImage;
        private List<String> platforms = List.of();
        private boolean strict;
        private boolean inspectLayers = true;
        private int layerBudgetMiB = DEFAULT_LAYER_BUDGET_MIB;
        private boolean allowInsecureRegistries;
        private Integer timeoutSeconds;
        private Integer deadlineSeconds;
        private boolean offline;
        private SettingsServers settingsServers = SettingsServers.NONE;
        private List<ProxySetting> proxies = List.of();
        private SourceLog sourceLog = SourceLog.NONE;
        private List<Suppression> suppressions = List.of();
        private List<Check> checks = List.of();
        private LocalDate today = LocalDate.now();
        private Path reportFile;
        private Path sarifFile;
        private Path junitFile;
        private boolean cache = true;
        private Path cacheDirectory;
        private int cacheMaxMiB = DEFAULT_CACHE_MAX_MIB;

        private Builder(Path baseDir) {
            this.baseDir = baseDir;
        }

        public Builder buildImage(String value) {
            this.buildImage = value;
            return this;
        }

        public Builder builderImage(String value) {
            this.builderImage = value;
            return this;
        }

        public Builder runImage(String value) {
            this.runImage = value;
            return this;
        }

        public Builder previousRunImage(String value) {
            this.previousRunImage = value;
            return this;
        }

        public Builder runImageMirrors(List<String> values) {
            this.runImageMirrors = values == null ? List.of() : values;
            return this;
        }

        public Builder platforms(List<String> values) {
            this.platforms = values == null ? List.of() : values;
            return this;
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder inspectLayers(boolean value) {
            this.inspectLayers = value;
            return this;
        }

        public Builder layerBudgetMiB(int value) {
            this.layerBudgetMiB = value;
            return this;
        }

        public Builder allowInsecureRegistries(boolean value) {
            this.allowInsecureRegistries = value;
            return this;
        }

        public Builder timeoutSeconds(Integer value) {
            this.timeoutSeconds = value;
            return this;
        }

        /** The longest the whole rule may take; its clock starts with {@link #build()}. */
        public Builder deadlineSeconds(Integer value) {
            this.deadlineSeconds = value;
            return this;
        }

        public Builder offline(boolean value) {
            this.offline = value;
            return this;
        }

        /** The settings.xml {@code <server>} logins registries are read with. */
        public Builder settingsServers(SettingsServers value) {
            this.settingsServers = value;
            return this;
        }

        /** The active settings.xml {@code <proxies>}. */
        public Builder proxies(List<ProxySetting> value) {
            this.proxies = value;
            return this;
        }

        public Builder sourceLog(SourceLog value) {
            this.sourceLog = value;
            return this;
        }

        /**
         * The {@code <suppression>} entries, each of which must name one of {@code checks}.
         *
         * @param checks the checks the rule runs
         */
        public Builder suppressions(List<Suppression> values, List<Check> checks) {
            this.suppressions = values == null ? List.of() : values;
            this.checks = checks;
            return this;
        }

        /** The date suppressions expire against; default the build machine's today. */
        public Builder today(LocalDate value) {
            this.today = value;
            return this;
        }

        public Builder reportFile(Path value) {
            this.reportFile = value;
            return this;
        }

        public Builder sarifFile(Path value) {
            this.sarifFile = value;
            return this;
        }

        public Builder junitFile(Path value) {
            this.junitFile = value;
            return this;
        }

        public Builder cache(boolean value) {
            this.cache = value;
            return this;
        }

        /** Where the disk cache is; {@code null} for the default ({@link CacheDirectory#defaultFor}). */
        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = value;
            return this;
        }

        public Builder cacheMaxMiB(int value) {
            this.cacheMaxMiB = value;
            return this;
        }

        public RuleSettings build() throws EnforcerRuleError {
            Stack.Images images = images();
            List<Platform> parsedPlatforms = new ArrayList<>();
            for (String platform : platforms) {
                try {
                    parsedPlatforms.add(Platform.parse(platform));
                } catch (IllegalArgumentException e) {
                    throw new EnforcerRuleError("cnbBaseImages: <platforms> " + e.getMessage());
                }
            }
            requirePositiveMiB(
                    "layerBudgetMiB",
                    layerBudgetMiB,
                    DEFAULT_LAYER_BUDGET_MIB,
                    "set <inspectLayers>false</inspectLayers> to read no layers");
            requirePositiveMiB(
                    "cacheMaxMiB",
                    cacheMaxMiB,
                    DEFAULT_CACHE_MAX_MIB,
                    "set <cache>false</cache> to keep nothing on disk");
            Duration timeout = seconds("timeout", timeoutSeconds, MAX_TIMEOUT_SECONDS, RegistryOptions.DEFAULT_TIMEOUT);
            Duration deadline =
                    seconds("deadline", deadlineSeconds, MAX_DEADLINE_SECONDS, RegistryOptions.DEFAULT_DEADLINE);
            requireFile("reportFile", reportFile, "cnb-base-images.json");
            requireFile("sarifFile", sarifFile, "cnb-base-images.sarif");
            requireFile("junitFile", junitFile, "cnb-base-images-junit.xml");
            StatusPolicy policy = StatusPolicy.of(strict, Suppression.validated(suppressions, checks), today);
            RegistryOptions options = RegistryOptions.defaults()
                    .withAllowInsecureRegistries(allowInsecureRegistries)
                    .withTimeout(timeout)
                    .withDeadline(Deadline.after(deadline))
                    .withOffline(offline)
                    .withSettingsServers(settingsServers)
                    .withProxies(proxies)
                    .withLog(sourceLog);
            return new RuleSettings(this, images, parsedPlatforms, options, policy);
        }

        private static void requirePositiveMiB(String parameter, int value, int defaultValue, String otherwise)
                throws EnforcerRuleError {
            if (value < 1) {
                throw new EnforcerRuleError("cnbBaseImages: <" + parameter + "> is " + value
                        + ": write a positive number of MiB (default " + defaultValue + "), or " + otherwise);
            }
        }

        private static void requireFile(String parameter, Path value, String example) throws EnforcerRuleError {
            if (value == null) {
                throw new EnforcerRuleError("cnbBaseImages: no <" + parameter + ">: write a path such as"
                        + " ${project.build.directory}/" + example);
            }
        }

        private static Duration seconds(String parameter, Integer value, int max, Duration defaultValue)
                throws EnforcerRuleError {
            if (value == null) {
                return defaultValue;
            }
            if (value < 1 || value > max) {
                throw new EnforcerRuleError("cnbBaseImages: <" + parameter + "> is " + value
                        + ": write a number of seconds from 1 to " + max + " (default " + defaultValue.getSeconds()
                        + ")");
            }
            return Duration.ofSeconds(value);
        }

        /**
         * The images: a build image, a builder or both; a run image unless the builder names it (without
         * a builder, both are required, as before builders were read); the previous run image, if any.
         */
        private Stack.Images images() throws EnforcerRuleError {
            ImageRef builder = optionalReference("builderImage", builderImage);
            boolean required = builder == null;
            List<ImageRef> mirrors = new ArrayList<>();
            for (String mirror : runImageMirrors) {
                mirrors.add(mirror(mirror));
            }
            return new Stack.Images()
                    .buildImage(
                            required
                                    ? requiredReference(
                                            "buildImage", buildImage, "registry.example.com/stacks/build:jammy")
                                    : optionalReference("buildImage", buildImage))
                    .builderImage(builder)
                    .runImage(
                            required
                                    ? requiredReference("runImage", runImage, "registry.example.com/stacks/run:jammy")
                                    : optionalReference("runImage", runImage))
                    .runImageMirrors(mirrors)
                    .previousRunImage(optionalReference("previousRunImage", previousRunImage));
        }

        /** A build or run image reference, required when no builder is named. */
        private ImageRef requiredReference(String parameter, String value, String example) throws EnforcerRuleError {
            if (value == null || value.isBlank()) {
                throw new EnforcerRuleError("cnbBaseImages: <" + parameter + "> is not set: write <" + parameter + ">"
                        + example + "</" + parameter + "> (or an oci:, oci-archive: or docker-archive: reference),"
                        + " or name a builder that stands for it with <builderImage>");
            }
            return reference(parameter, value);
        }

        /** A reference that may be left out: {@code null} when not set or blank. */
        private ImageRef optionalReference(String parameter, String value) throws EnforcerRuleError {
            return value == null || value.isBlank() ? null : reference(parameter, value);
        }

        /** An entry of {@code runImageMirrors}, which may not be empty. */
        private ImageRef mirror(String value) throws EnforcerRuleError {
            if (value == null || value.isBlank()) {
                throw new EnforcerRuleError("cnbBaseImages: a <runImageMirror> of <runImageMirrors> is empty: write"
                        + " <runImageMirror>mirror.example.com/stacks/run:jammy</runImageMirror>, or leave it out");
            }
            return reference("runImageMirrors", value);
        }

        private ImageRef reference(String parameter, String value) throws EnforcerRuleError {
            try {
                return ImageRef.parse(value, baseDir);
            } catch (InvalidReferenceException e) {
                throw new EnforcerRuleError("cnbBaseImages: <" + parameter + "> " + e.getMessage());
            }
        }
    }
}
