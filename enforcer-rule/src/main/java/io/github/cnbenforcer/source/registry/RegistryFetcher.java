package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.source.ContentMismatch;
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
 * Reads manifests and blobs from one registry (OCI distribution API) and hands out their bytes as the
 * registry sent them, unparsed and unverified: the shared verification layer checks them. It bounds
 * what it reads, and tells what a digest it reports rests on (the one asked for, the registry's
 * {@code Docker-Content-Digest}, or the content itself).
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

    RegistryFetcher(RegistryTransport transport, Duration timeout) {
        this.transport = transport;
        this.errors = new RegistryErrors(transport.registry(), transport::credentialSource, timeout);
    }

    RegistryHost registry() {
        return transport.registry();
    }

    /**
     * The manifest or index a tag or digest names, as sent; its digest is the one asked for, else the
     * registry's {@code Docker-Content-Digest}, else that of the content.
     */
    FetchedManifest manifest(String repository, String qualifier, long maxBytes) throws ImageReadException {
        String subject = imageName(registry(), repository, qualifier);
        try (Response response =
                transport.send("GET", manifestPath(repository, qualifier), MANIFEST_ACCEPT, repository, maxBytes)) {
            if (!response.isSuccess()) {
                throw errors.forStatus(response, subject, repository, qualifier);
            }
            String mediaType = mediaType(response);
            rejectSchema1(mediaType, subject);
            byte[] content = readBody(response, maxBytes, "the manifest of " + subject);
            if (Digest.isValid(qualifier)) {
                return new FetchedManifest(
                        content, mediaType, Digest.parse(qualifier), FetchedManifest.Claim.ASKED_FOR);
            }
            Optional<Digest> announced =
                    response.header(DIGEST_HEADER).filter(Digest::isValid).map(Digest::parse);
            return announced.isPresent()
                    ? new FetchedManifest(content, mediaType, announced.get(), FetchedManifest.Claim.ANNOUNCED)
                    : new FetchedManifest(content, mediaType, Digest.sha256(content), FetchedManifest.Claim.COMPUTED);
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
    }

    /**
     * What a tag names now, from a {@code HEAD} of its manifest: its descriptor, when the registry
     * answers with a {@code Docker-Content-Digest}, a media type and a length; else empty, and a
     * {@code GET} tells the rest (the error of a missing tag, for instance, which a HEAD has no body for).
     */
    Optional<Descriptor> headManifest(String repository, String tag) throws ImageReadException {
        try (Response response =
                transport.send("HEAD", manifestPath(repository, tag), MANIFEST_ACCEPT, repository, 0)) {
            if (!response.isSuccess()) {
                return Optional.empty();
            }
            String mediaType = mediaType(response);
            Optional<Digest> digest =
                    response.header(DIGEST_HEADER).filter(Digest::isValid).map(Digest::parse);
            OptionalLong size = response.contentLength();
            if (mediaType.isEmpty() || mediaType.startsWith(SCHEMA1_PREFIX) || digest.isEmpty() || size.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Descriptor.of(mediaType, digest.get(), size.getAsLong()));
        } catch (IOException e) {
            throw errors.forFailure(e, imageName(registry(), repository, tag));
        }
    }

    /** A manifest, index or config named by a descriptor, read whole, as sent. */
    byte[] read(String repository, Descriptor descriptor, long maxBytes) throws ImageReadException {
        boolean manifest = isManifestOrIndex(descriptor);
        String subject = subject(repository, descriptor);
        if (descriptor.size() > maxBytes) {
            throw errors.forFailure(
                    BoundedRead.tooLarge(subject + " (" + descriptor.size() + " bytes)", maxBytes), subject);
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
            return readBody(response, maxBytes, subject);
        } catch (IOException e) {
            throw errors.forFailure(e, subject);
        }
    }

    /** A blob (a layer) as the registry streams it. */
    InputStream openBlob(String repository, Descriptor descriptor) throws ImageReadException {
        String subject = subject(repository, descriptor);
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
        return response.body();
    }

    /** Names content of a repository in messages: {@code ghcr.io/acme/run@sha256:…}, or the blob of it. */
    static String subject(RegistryHost registry, String repository, Descriptor descriptor) {
        return isManifestOrIndex(descriptor)
                ? imageName(registry, repository, descriptor.digest().toString())
                : "the blob " + descriptor.digest().abbreviated() + " of " + registry.displayName() + "/" + repository;
    }

    private String subject(String repository, Descriptor descriptor) {
        return subject(registry(), repository, descriptor);
    }

    /**
     * Says that the registry sent other content than a descriptor names.
     *
     * @param claim what the expected digest rests on
     */
    static String mismatch(
            RegistryHost registry, String repository, ContentMismatch mismatch, FetchedManifest.Claim claim) {
        String subject = subject(registry, repository, mismatch.descriptor());
        Optional<Digest> actual = mismatch.actualDigest();
        if (actual.isEmpty()) {
            return subject + " from the registry " + registry.displayName() + " is " + mismatch.actualSize()
                    + " bytes, but its descriptor gives "
                    + mismatch.descriptor().size();
        }
        String expected = "the digest " + mismatch.descriptor().digest().abbreviated();
        String claimed = claim == FetchedManifest.Claim.ANNOUNCED
                ? expected + " it announced (" + DIGEST_HEADER + ")"
                : expected + " it was asked for";
        return "the registry " + registry.displayName() + " sent content for " + subject + " whose digest is "
                + actual.get().abbreviated() + ", not " + claimed
                + ": the registry or something between it and Maven changed the content";
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

    /** {@code ghcr.io/acme/run:jammy}, or {@code ghcr.io/acme/run@sha256:…}. */
    static String imageName(RegistryHost registry, String repository, String qualifier) {
        return registry.displayName() + "/" + repository + (qualifier.contains(":") ? "@" : ":") + qualifier;
    }

    private static String manifestPath(String repository, String qualifier) {
        return "/v2/" + repository + "/manifests/" + qualifier;
    }

    private static String blobPath(String repository, Descriptor descriptor) {
        return "/v2/" + repository + "/blobs/" + descriptor.digest();
    }
}
