package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirectoryTest {
    private static final Path HOME = Path.of("/home/stacks");

    @Test
    void isUnderXdgCacheHomeWhenSet() {
        assertThat(CacheDirectory.defaultFor(Map.of("XDG_CACHE_HOME", "/var/cache/ci"), HOME))
                .isEqualTo(Path.of("/var/cache/ci/cnb-enforcer"));
    }

    @Test
    void isUnderDotCacheInTheHomeDirectoryOtherwise() {
        assertThat(CacheDirectory.defaultFor(Map.of(), HOME)).isEqualTo(Path.of("/home/stacks/.cache/cnb-enforcer"));
    }

    @Test
    void ignoresAnEmptyXdgCacheHome() {
        assertThat(CacheDirectory.defaultFor(Map.of("XDG_CACHE_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/stacks/.cache/cnb-enforcer"));
    }

    @Test
    void ignoresARelativeXdgCacheHomeAsTheXdgSpecificationSays() {
        assertThat(CacheDirectory.defaultFor(Map.of("XDG_CACHE_HOME", "cache"), HOME))
                .isEqualTo(Path.of("/home/stacks/.cache/cnb-enforcer"));
    }
}
