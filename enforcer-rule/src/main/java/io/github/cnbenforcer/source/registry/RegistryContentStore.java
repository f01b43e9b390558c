package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.ContentStore;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.InputStream;

/**
 * The content of one repository in a registry. The manifest or index the reference names is fetched
 * once and kept, so reading it after {@code root()} costs no second request.
 */
final class RegistryContentStore implements ContentStore {
    private final RegistryFetcher fetcher;
    private final String repository;
    private FetchedManifest root;

    RegistryContentStore(RegistryFetcher fetcher, String repository) {
        this.fetcher = fetcher;
        this.repository = repository;
    }

    /** The manifest or index {@code qualifier} (a tag or digest) names, fetched on the first call. */
    synchronized FetchedManifest root(String qualifier) throws ImageReadException {
        if (root == null) {
            root = fetcher.manifest(repository, qualifier, MAX_MANIFEST_BYTES);
        }
        return root;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        FetchedManifest cached = cachedRoot();
        if (cached != null
                && cached.descriptor().digest().equals(descriptor.digest())
                && cached.content().length <= maxBytes) {
            return cached.content().clone();
        }
        return fetcher.read(repository, descriptor, maxBytes);
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return fetcher.openBlob(repository, descriptor);
    }

    private synchronized FetchedManifest cachedRoot() {
        return root;
    }
}
