package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.TagEntry;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.reference.RegistryReference;
import io.github.cnbenforcer.source.ContentMismatch;
import io.github.cnbenforcer.source.ImageSource;
import io.github.cnbenforcer.source.VerifiedContent;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An image in a registry: {@code host[:port]/repository[:tag][@digest]}, read through the rule's
 * cache. A digest-pinned reference whose manifest the cache holds costs no request. A tag the cache
 * knows is revalidated with a {@code HEAD} of its manifest; an unknown one is fetched with a
 * {@code GET}, and what it sent is kept, so reading it after {@link #root()} costs no second request.
 * Offline ({@code mvn -o}) only what the cache holds can be read; a cached tag is then used as last
 * confirmed, and the log says so.
 */
public final class RegistrySource implements ImageSource {
    private final ImageRef ref;
    private final RegistryReference reference;
    private final RegistryHost registry;
    private final RegistryClientPool pool;
    private final ImageCache cache;
    private Descriptor root;
    private FetchedManifest fetchedRoot;

    private RegistrySource(
            ImageRef ref,
            RegistryReference reference,
            RegistryHost registry,
            RegistryClientPool pool,
            ImageCache cache) {
        this.ref = ref;
        this.reference = reference;
        this.registry = registry;
        this.pool = pool;
        this.cache = cache;
    }

    /**
     * Opens a registry reference; nothing is requested until {@link #root()}.
     *
     * @param cache where tags were last seen, and the manifests this source need not fetch
     * @throws ImageReadException if the reference names no usable registry
     */
    public static RegistrySource open(ImageRef ref, RegistryClientPool pool, ImageCache cache)
            throws ImageReadException {
        RegistryReference reference = ref.registryReference()
                .orElseThrow(() -> new IllegalArgumentException("not a registry reference: " + ref));
        try {
            return new RegistrySource(ref, reference, RegistryHost.of(reference.registry()), pool, cache);
        } catch (IllegalArgumentException e) {
            throw new ImageReadException(ref + " does not name a usable registry: " + e.getMessage());
        }
    }

    @Override
    public String reference() {
        return ref.text();
    }

    @Override
    public String location() {
        return "registry " + registry.displayName();
    }

    /** The manifest or index the reference names: from the cache where it may be, else from the registry. */
    @Override
    public synchronized Descriptor root() throws ImageReadException {
        if (root == null) {
            root = reference.digest().isPresent()
                    ? pinnedRoot(Digest.parse(reference.digest().get()))
                    : cache.resolveTag(tagKey(), this::revalidateTag).descriptor();
        }
        return root;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        FetchedManifest fetched = fetchedRoot(descriptor);
        if (fetched != null && fetched.descriptor().size() <= maxBytes) {
            return fetched.content();
        }
        return fetcher(describe(descriptor)).read(reference.repository(), descriptor, maxBytes);
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        return fetcher(describe(descriptor)).openBlob(reference.repository(), descriptor);
    }

    @Override
    public String describe(Descriptor descriptor) {
        return RegistryFetcher.subject(registry, reference.repository(), descriptor) + " from the registry "
                + registry.displayName();
    }

    @Override
    public String mismatch(ContentMismatch mismatch) {
        FetchedManifest fetched = fetchedRoot(mismatch.descriptor());
        return RegistryFetcher.mismatch(
                registry,
                reference.repository(),
                mismatch,
                fetched != null ? fetched.claim() : FetchedManifest.Claim.ASKED_FOR);
    }

    /** Nothing to release: connections belong to the shared client of {@link RegistryClientPool}. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        return ref.text();
    }

    /** The manifest a digest names: from the cache, else fetched, verified and kept (once per session). */
    private Descriptor pinnedRoot(Digest digest) throws ImageReadException {
        byte[] content = cache.blob(digest, () -> fetchVerifiedRoot());
        return fetchedRoot != null
                ? fetchedRoot.descriptor()
                : Descriptor.of(declaredMediaType(content), digest, content.length);
    }

    /**
     * What the tag names now. A tag the cache knows, whose manifest it holds, is asked with a
     * {@code HEAD}; any other with a {@code GET}, whose content is kept for {@link #read}.
     */
    private TagEntry revalidateTag() throws ImageReadException {
        Optional<TagEntry> known = cache.tag(tagKey());
        if (pool.options().offline() && known.isPresent()) {
            pool.options()
                    .log()
                    .info("Maven runs offline (-o): the tag " + tagKey() + " is not revalidated; it named "
                            + known.get().digest().abbreviated() + " when the registry last confirmed it, at "
                            + known.get().revalidated().truncatedTo(ChronoUnit.SECONDS));
            return known.get();
        }
        String what = "the tag " + tagKey();
        if (known.isPresent() && cache.blob(known.get().digest()).isPresent()) {
            Optional<Descriptor> head = fetcher(what).headManifest(reference.repository(), reference.qualifier());
            if (head.isPresent()) {
                return TagEntry.of(head.get(), Instant.now());
            }
        }
        byte[] content = fetchVerifiedRoot();
        cache.blob(fetchedRoot.descriptor().digest(), () -> content);
        return TagEntry.of(fetchedRoot.descriptor(), Instant.now());
    }

    /**
     * Fetches the manifest or index the reference names, and verifies it as every document is
     * verified, so that it can be kept at once: other modules waiting for the same tag or digest then
     * find it in the cache.
     */
    private byte[] fetchVerifiedRoot() throws ImageReadException {
        fetchedRoot = fetcher(RegistryFetcher.imageName(registry, reference.repository(), reference.qualifier()))
                .manifest(reference.repository(), reference.qualifier(), ImageContent.MAX_MANIFEST_BYTES);
        return new VerifiedContent(this).read(fetchedRoot.descriptor(), ImageContent.MAX_MANIFEST_BYTES);
    }

    /** The registry's client; offline, an error that says what could not be read. */
    private RegistryFetcher fetcher(String what) throws ImageReadException {
        if (pool.options().offline()) {
            throw new ImageReadException("Maven runs offline (-o) and the rule's cache does not hold " + what
                    + ", so the registry " + registry.displayName() + " would have to be contacted for " + ref
                    + ": run once without -o to fill the cache, or copy the image with 'skopeo copy --all docker://"
                    + reference + " oci:DIR' and use oci:DIR");
        }
        return pool.fetcher(registry);
    }

    /** {@code registry/repository:tag}: how the cache names a tag. */
    private String tagKey() {
        return reference.registry() + "/" + reference.repository() + ":" + reference.qualifier();
    }

    /** The fetched root, if {@code descriptor} names it. */
    private synchronized FetchedManifest fetchedRoot(Descriptor descriptor) {
        return fetchedRoot != null && fetchedRoot.descriptor().digest().equals(descriptor.digest())
                ? fetchedRoot
                : null;
    }

    /** The media type a cached document declares; empty if none (the resolver then looks at its fields). */
    private static String declaredMediaType(byte[] document) {
        try {
            String declared = Json.text(Json.parseObject(document, "the cached manifest"), "mediaType");
            return declared == null ? "" : declared;
        } catch (ImageReadException e) {
            return ""; // the resolver reads it again and says what is wrong with it
        }
    }
}
