package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.VerifyingInputStream;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.RegistryTransport;
import io.github.cnbenforcer.source.registry.transport.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads manifests and blobs from one registry (OCI distribution API) and hands out their bytes,
 * unparsed, after checking them: digests (the pinned one, else the registry's
 * {@code Docker-Content-Digest}), sizes against descriptors, and size limits.
 */
final class RegistryFetcher {
    /** Indexes first: a reference to a multi-platform image must yield its index, not one platform. */
    static final String MANIFEST_ACCEPT = String.join(
            ", ",
            MediaTypes.OCI_INDEX,
            MediaTypes.DOCKER_MANIFEST_LIST,
            MediaTypes.OCI_MANIFEST,
            MediaTypes.DOCKER_MANIFEST);

    private static final String DIGEST_HEADER = "Docker-Content-Digest";
    private static final String SCHEMA1_PREFIX = "application/vnd.docker.distribution.manifest.v1";

    private final RegistryTransport transport;
    private final RegistryErrors errors;
    private final VerifiedDocuments documents = new VerifiedDocuments();

    RegistryFetcher(RegistryTransport transport, Duration timeout) {
        this.transport = transport;
        this.errors = new RegistryErrors(transport.registry(), transport::credentialSource, timeout);
    }

    RegistryHost registry() {
        return transport.registry();
    }

    /** The manifest or index a tag or digest names, verified against the digest when one is known. */
    FetchedManifest manifest(String repository, String qualifier, long maxBytes) throws ImageReadException {
        String subject = imageName(repository, qualifier);
        Digest pinned = Digest.isValid(qualifier) ? Digest.parse(qualifier) : null;
        try (Response response =
                transport.send("GET", manifestPath(repository, qualifier), MANIFEST_ACCEPT, repository, maxBytes)) {
            if (!response.isSuccess()) {
                throw errors.forStatus(response, subject, repository, qualifier);
            }
            String mediaType = mediaType(response);
            rejectSchema1(mediaType, subject);
            byte[] content = readBody(response, maxBytes, "the manifest of " + subject);
            Digest digest = verifiedDigest(
                    content, pinned, response.header(DIGEST_HEADER).orElse(null), subject);
            return new FetchedManifest(content, Descriptor.of(mediaType, digest, content.length));
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
    }

    /** The descriptor of a tag or digest without its content (HEAD), when the registry gives its digest. */
    Optional<Descriptor> headManifest(String repository, String qualifier) throws ImageReadException {
        String subject = imageName(repository, qualifier);
        try (Response response =
                transport.send("HEAD", manifestPath(repository, qualifier), MANIFEST_ACCEPT, repository, 0)) {
            if (!response.isSuccess()) {
                throw errors.forStatus(response, subject, repository, qualifier);
            }
            Optional<String> digest = response.header(DIGEST_HEADER).filter(Digest::isValid);
            OptionalLong size = response.contentLength();
            if (digest.isEmpty() || size.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Descriptor.of(mediaType(response), Digest.parse(digest.get()), size.getAsLong()));
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
    }

    /** A manifest, index or config named by a descriptor, read whole and verified. */
    byte[] read(String repository, Descriptor descriptor, long maxBytes) throws ImageReadException {
        boolean manifest = isManifestOrIndex(descriptor);
        String subject =
                manifest ? imageName(repository, descriptor.digest().toString()) : blobName(repository, descriptor);
        if (descriptor.size() > maxBytes) {
            throw errors.forFailure(
                    BoundedRead.tooLarge(subject + " (" + descriptor.size() + " bytes)", maxBytes), subject);
        }
        byte[] known = documents.get(repository, descriptor.digest());
        if (known != null && known.length == descriptor.size()) {
            return known;
        }
        String path =
                manifest ? manifestPath(repository, descriptor.digest().toString()) : blobPath(repository, descriptor);
        try (Response response =
                transport.send("GET", path, manifest ? MANIFEST_ACCEPT : null, repository, descriptor.size())) {
            if (!response.isSuccess()) {
                throw errors.forStatus(
                        response,
                        subject,
                        repository,
                        manifest ? descriptor.digest().toString() : null);
            }
            byte[] content = readBody(response, maxBytes, subject);
            if (content.length != descriptor.size()) {
                throw new ImageReadException(
                        subject + " from the registry " + registry().displayName() + " is " + content.length
                                + " bytes, but its descriptor gives " + descriptor.size());
            }
            verifiedDigest(content, descriptor.digest(), null, subject);
            documents.put(repository, descriptor.digest(), content);
            return content;
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
    }

    /** A blob (a layer) as a stream that fails at its end if the size or the digest is wrong. */
    InputStream openBlob(String repository, Descriptor descriptor) throws ImageReadException {
        String subject = blobName(repository, descriptor);
        Response response;
        try {
            response = transport.send("GET", blobPath(repository, descriptor), null, repository, descriptor.size());
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
        if (!response.isSuccess()) {
            ImageReadException failure = errors.forStatus(response, subject, repository, null);
            response.discard();
            throw failure;
        }
        return new VerifyingInputStream(
                response.body(),
                descriptor,
                subject + " from the registry " + registry().displayName());
    }

    private byte[] readBody(Response response, long maxBytes, String what) throws IOException {
        OptionalLong declared = response.contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw BoundedRead.tooLarge(what + " (" + declared.getAsLong() + " bytes)", maxBytes);
        }
        byte[] content = BoundedRead.readAll(response.body(), maxBytes, what);
        if (declared.isPresent() && declared.getAsLong() != content.length) {
            throw new IOException("the connection closed after " + content.length + " of " + declared.getAsLong()
                    + " bytes of " + what);
        }
        return content;
    }

    /** The digest of {@code content}, after checking it against the pinned digest or the registry's header. */
    private Digest verifiedDigest(byte[] content, Digest pinned, String headerDigest, String subject)
            throws ImageReadException {
        Digest expected = pinned != null ? pinned : Digest.isValid(headerDigest) ? Digest.parse(headerDigest) : null;
        if (expected == null) {
            return Digest.sha256(content);
        }
        Digest actual = expected.recompute(content);
        if (!actual.equals(expected)) {
            String claimed = pinned != null
                    ? "the digest " + expected.abbreviated() + " it was asked for"
                    : "the digest " + expected.abbreviated() + " it announced (" + DIGEST_HEADER + ")";
            throw new ImageReadException("the registry " + registry().displayName() + " sent content for " + subject
                    + " whose digest is " + actual.abbreviated() + ", not " + claimed
                    + ": the registry or something between it and Maven changed the content");
        }
        return expected;
    }

    private void rejectSchema1(String mediaType, String subject) throws ImageReadException {
        if (mediaType.startsWith(SCHEMA1_PREFIX)) {
            throw new ImageReadException("the registry " + registry().displayName() + " holds " + subject
                    + " only as a Docker schema 1 manifest, which is deprecated and not read: push the image"
                    + " again with a current tool (docker, skopeo, crane, buildah)");
        }
    }

    private static boolean isManifestOrIndex(Descriptor descriptor) {
        return MediaTypes.isManifest(descriptor.mediaType()) || MediaTypes.isIndex(descriptor.mediaType());
    }

    private static String mediaType(Response response) {
        String contentType = response.header("Content-Type").orElse("");
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private String imageName(String repository, String qualifier) {
        return registry().displayName() + "/" + repository + (qualifier.contains(":") ? "@" : ":") + qualifier;
    }

    private String blobName(String repository, Descriptor descriptor) {
        return "the blob " + descriptor.digest().abbreviated() + " of "
                + registry().displayName() + "/" + repository;
    }

    private static String manifestPath(String repository, String qualifier) {
        return "/v2/" + repository + "/manifests/" + qualifier;
    }

    private static String blobPath(String repository, Descriptor descriptor) {
        return "/v2/" + repository + "/blobs/" + descriptor.digest();
    }
}
