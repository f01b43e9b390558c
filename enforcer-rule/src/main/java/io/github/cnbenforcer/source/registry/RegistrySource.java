package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.ContentStore;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.RegistryReference;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;

/** An image in a registry: {@code host[:port]/repository[:tag][@digest]}. */
public final class RegistrySource implements ImageSource {
    private final ImageRef ref;
    private final RegistryHost registry;
    private final String qualifier;
    private final RegistryContentStore content;

    private RegistrySource(ImageRef ref, RegistryHost registry, String qualifier, RegistryContentStore content) {
        this.ref = ref;
        this.registry = registry;
        this.qualifier = qualifier;
        this.content = content;
    }

    /**
     * Opens a registry reference; nothing is requested until {@link #root()}.
     *
     * @throws ImageReadException if Maven runs offline, or the reference names no usable registry
     */
    public static RegistrySource open(ImageRef ref, Registries registries) throws ImageReadException {
        RegistryReference reference = ref.registryReference()
                .orElseThrow(() -> new IllegalArgumentException("not a registry reference: " + ref));
        RegistryHost registry;
        try {
            registry = RegistryHost.of(reference.registry());
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(ref + " does not name a usable registry: " + e.getMessage());
        }
        if (registries.options().offline()) {
            throw new ImageReadException("Maven runs offline (-o), so the registry " + registry.displayName()
                    + " is not contacted for " + ref + ": run without -o, or copy the image once with 'skopeo copy"
                    + " --all docker://" + reference + " oci:DIR' and use oci:DIR");
        }
        String qualifier = reference.qualifier();
        RegistryContentStore content = new RegistryContentStore(registries.fetcher(registry), reference.repository());
        return new RegistrySource(ref, registry, qualifier, content);
    }

    @Override
    public String reference() {
        return ref.text();
    }

    @Override
    public String location() {
        return "registry " + registry.displayName();
    }

    @Override
    public Descriptor root() throws ImageReadException {
        return content.root(qualifier).descriptor();
    }

    @Override
    public ContentStore content() {
        return content;
    }

    /** Nothing to release: connections belong to the shared client of {@link Registries}. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        return ref.text();
    }
}
