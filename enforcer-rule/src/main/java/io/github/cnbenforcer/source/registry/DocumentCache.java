package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Digest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-run cache of the manifests and configs registries sent, by repository and digest, so that
 * images read twice in one run (the build image that is also the run image, a mirror in the same
 * repository) cost no second request. Content named by a digest never changes; the repository is
 * part of the key so that one repository's access never serves another's. What is served from here
 * is verified again, as everything a source hands out. The oldest entries go first once the total
 * passes a limit.
 */
final class DocumentCache {
    private static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    private final Map<String, byte[]> documents = new LinkedHashMap<>();
    private long totalBytes;

    synchronized byte[] get(String repository, Digest digest) {
        byte[] content = documents.get(key(repository, digest));
        return content == null ? null : content.clone();
    }

    synchronized void put(String repository, Digest digest, byte[] content) {
        if (content.length > MAX_TOTAL_BYTES || documents.containsKey(key(repository, digest))) {
            return;
        }
        documents.put(key(repository, digest), content.clone());
        totalBytes += content.length;
        Iterator<byte[]> oldest = documents.values().iterator();
        while (totalBytes > MAX_TOTAL_BYTES) {
            totalBytes -= oldest.next().length;
            oldest.remove();
        }
    }

    private static String key(String repository, Digest digest) {
        return repository + "@" + digest;
    }
}
