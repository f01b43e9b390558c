package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.RegistryReference;
import io.github.cnbenforcer.source.ContentMismatch;
import io.github.cnbenforcer.source.ImageSource;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.InputStream;

/**
 * An image in a registry: {@code host[:port]/repository[:tag][@digest]}. The manifest or index the
 * reference names is fetched once and kept, so reading it after {@link #root()} costs no second
 * request.
 */
public final class RegistrySource implements ImageSource {
    private final ImageRef ref;
    private final RegistryFetcher fetcher;
    private final String repository;
    private final String qualifier;
    private FetchedManifest root;

    private RegistrySource(ImageRef ref, RegistryFetcher fetcher, String repository, String qualifier) {
        this.ref = ref;
        this.fetcher = fetcher;
        this.repository = repository;
        this.qualifier = qualifier;
    }

    /**
     * Opens a registry reference; nothing is requested until {@link #root()}.
     *
     * @throws ImageReadException if Maven runs offline, or the reference names no usable registry
     */
    public static RegistrySource open(ImageRef ref, RegistryClientPool pool) throws ImageReadException {
        RegistryReference reference = ref.registryReference()
                .orElseThrow(() -> new IllegalArgumentException("not a registry reference: " + ref));
        RegistryHost registry;
        try {
            registry = RegistryHost.of(reference.registry());
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(ref + " does not name a usable registry: " + e.getMessage());
        }
        if (pool.options().offline()) {
            throw new ImageReadException("Maven runs offline (-o), so the registry " + registry.displayName()
                    + " is not contacted for " + ref + ": run without -o, or copy the image once with 'skopeo copy"
                    + " --all docker://" + reference + " oci:DIR' and use oci:DIR");
        }
        return new RegistrySource(ref, pool.fetcher(registry), reference.repository(), reference.qualifier());
    }

    @Override
    public String reference() {
        return ref.text();
    }

    @Override
    public String location() {
        return "registry " + fetcher.registry().displayName();
    }

    /** Fetches the manifest or index the reference names, on the first call. */
    @Override
    public synchronized Descriptor root() throws ImageReadException {
        if (root == null) {
            root = fetcher.manifest(repository, qualifier, ImageContent.MAX_MANIFEST_BYTES);
        }
        return root.descriptor();
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        FetchedManifest fetched = fetchedRoot(descriptor);
        if (fetched != null && fetched.descriptor().size() <= maxBytes) {
            return fetched.content();
        }
        return fetcher.read(repository, descriptor, maxBytes);
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return fetcher.openBlob(repository, descriptor);
    }

    @Override
    public String describe(Descriptor descriptor) {
        return fetcher.subject(repository, descriptor) + " from the registry "
                + fetcher.registry().displayName();
    }

    @Override
    public String mismatch(ContentMismatch mismatch) {
        FetchedManifest fetched = fetchedRoot(mismatch.descriptor());
        return fetcher.mismatch(
                repository, mismatch, fetched != null ? fetched.claim() : FetchedManifest.Claim.ASKED_FOR);
    }

    /** Nothing to release: connections belong to the shared client of {@link RegistryClientPool}. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        return ref.text();
    }

    /** The fetched root, if {@code descriptor} names it. */
    private synchronized FetchedManifest fetchedRoot(Descriptor descriptor) {
        return root != null && root.descriptor().digest().equals(descriptor.digest()) ? root : null;
    }
}
