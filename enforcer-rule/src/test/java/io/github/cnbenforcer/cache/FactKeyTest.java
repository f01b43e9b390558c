package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Digest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactKeyTest {
    private static final Digest BASE = Digest.sha256("base".getBytes(StandardCharsets.UTF_8));
    private static final Digest USERS = Digest.sha256("users".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameInputsMakeTheSameKey() {
        assertThat(FactKey.of("layer-facts-v1", List.of(BASE, USERS)))
                .isEqualTo(FactKey.of("layer-facts-v1", List.of(BASE, USERS)));
    }

    @Test
    void layerOrderKindAndVersionAllCount() {
        FactKey key = FactKey.of("layer-facts-v1", List.of(BASE, USERS));

        assertThat(FactKey.of("layer-facts-v1", List.of(USERS, BASE))).isNotEqualTo(key);
        assertThat(FactKey.of("layer-facts-v2", List.of(BASE, USERS)).digest()).isNotEqualTo(key.digest());
        assertThat(FactKey.of("layer-facts-v1", List.of(BASE))).isNotEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Layer-Facts", "../facts", "facts/v1", "-facts"})
    void rejectsAKindThatCouldNotNameADirectorySafely(String kind) {
        assertThatThrownBy(() -> FactKey.of(kind, List.of(BASE))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAnInput() {
        assertThatThrownBy(() -> FactKey.of("layer-facts-v1", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
