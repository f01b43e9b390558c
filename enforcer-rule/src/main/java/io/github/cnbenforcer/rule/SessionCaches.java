package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.eclipse.aether.SessionData;

/**
 * Finds the {@link SessionCache} of a Maven session, or makes it. It lives in the session's
 * {@link SessionData} ({@code session.getRepositorySession().getData()}), where the enforcer plugin
 * keeps its own rule cache: it ends with the build, also in a Maven daemon that keeps the plugin's
 * class loader across builds. The key is this class, so two versions of the rule in one build (two
 * plugin class loaders) never see each other's objects.
 */
final class SessionCaches {
    private SessionCaches() {}

    /**
     * The session's cache in front of the disk cache {@code diskKey} names (its directory, or a
     * constant when there is none); {@code disk} opens that on the first call for the key.
     */
    static SessionCache of(SessionData data, Object diskKey, Supplier<ImageCache> disk) {
        return caches(data).computeIfAbsent(diskKey, key -> new SessionCache(disk.get()));
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<Object, SessionCache> caches(SessionData data) {
        Object caches = data.get(SessionCaches.class);
        if (caches == null) {
            // Maven 3.6's SessionData has no computeIfAbsent: compare and set, and read what won.
            data.set(SessionCaches.class, null, new ConcurrentHashMap<Object, SessionCache>());
            caches = data.get(SessionCaches.class);
        }
        return (ConcurrentMap<Object, SessionCache>) caches;
    }
}
