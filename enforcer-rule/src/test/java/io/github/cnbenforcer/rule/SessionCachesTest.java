package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;

class SessionCachesTest {
    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void everyModuleOfASessionGetsTheSameCache() {
        SessionData session = new DefaultSessionData();

        SessionCache first = SessionCaches.of(session, Path.of("/home/me/.cache/cnb-enforcer"), this::openDisk);
        SessionCache second = SessionCaches.of(session, Path.of("/home/me/.cache/cnb-enforcer"), this::openDisk);

        assertThat(second).isSameAs(first);
        assertThat(opened).hasValue(1);
    }

    @Test
    void anotherCacheDirectoryGetsAnotherCache() {
        SessionData session = new DefaultSessionData();

        SessionCache first = SessionCaches.of(session, Path.of("/home/me/.cache/cnb-enforcer"), this::openDisk);
        SessionCache second = SessionCaches.of(session, Path.of("/build/cache"), this::openDisk);

        assertThat(second).isNotSameAs(first);
    }

    @Test
    void anotherSessionStartsAfresh() {
        SessionCache first = SessionCaches.of(new DefaultSessionData(), "no disk cache", this::openDisk);
        SessionCache second = SessionCaches.of(new DefaultSessionData(), "no disk cache", this::openDisk);

        assertThat(second).isNotSameAs(first);
        assertThat(opened).hasValue(2);
    }

    private ImageCache openDisk() {
        opened.incrementAndGet();
        return ImageCache.NONE;
    }
}
