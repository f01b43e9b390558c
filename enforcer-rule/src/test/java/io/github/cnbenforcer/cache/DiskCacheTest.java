package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Digest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DiskCacheTest {
    private static final byte[] CONFIG =
            "{\"architecture\":\"amd64\",\"os\":\"linux\"}".getBytes(StandardCharsets.UTF_8);
    private static final Digest CONFIG_DIGEST = Digest.sha256(CONFIG);
    private static final FactKey FACTS = FactKey.of("layer-facts-v1", List.of(CONFIG_DIGEST));
    private static final byte[] FACTS_JSON = "{\"passwd\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final String REFERENCE = "registry.example.com/stacks/run:jammy";
    private static final TagEntry TAG = new TagEntry(
            "application/vnd.oci.image.index.v1+json", CONFIG_DIGEST, 511, Instant.parse("2026-03-01T10:00:00Z"));

    @TempDir
    Path directory;

    private final List<String> debug = new ArrayList<>();
    private DiskCache cache;

    @BeforeEach
    void open() throws IOException {
        cache = reopen();
    }

    @Test
    void answersWhatWasPut() {
        cache.putBlob(CONFIG_DIGEST, CONFIG);
        cache.putFact(FACTS, FACTS_JSON);
        cache.putTag(REFERENCE, TAG);

        assertThat(cache.blob(CONFIG_DIGEST)).hasValue(CONFIG);
        assertThat(cache.fact(FACTS)).hasValue(FACTS_JSON);
        assertThat(cache.tag(REFERENCE)).hasValue(TAG);
    }

    @Test
    void keepsEntriesForTheNextBuild() throws IOException {
        cache.putBlob(CONFIG_DIGEST, CONFIG);
        cache.putFact(FACTS, FACTS_JSON);
        cache.putTag(REFERENCE, TAG);

        DiskCache next = reopen();

        assertThat(next.blob(CONFIG_DIGEST)).hasValue(CONFIG);
        assertThat(next.fact(FACTS)).hasValue(FACTS_JSON);
        assertThat(next.tag(REFERENCE)).hasValue(TAG);
    }

    @Test
    void missesWhatWasNeverPut() {
        cache.putTag(REFERENCE, TAG);

        assertThat(cache.blob(CONFIG_DIGEST)).isEmpty();
        assertThat(cache.fact(FACTS)).isEmpty();
        assertThat(cache.fact(FactKey.of("os-release-v1", List.of(CONFIG_DIGEST))))
                .isEmpty();
        assertThat(cache.tag(REFERENCE.replace("jammy", "noble"))).isEmpty();
        assertThat(debug).isEmpty();
    }

    @Test
    void loadsAMissOnceAndKeepsIt() {
        List<String> loads = new ArrayList<>();
        ImageCache.Loader<byte[], RuntimeException> registry = () -> {
            loads.add("GET config");
            return CONFIG;
        };

        assertThat(cache.blob(CONFIG_DIGEST, registry)).isEqualTo(CONFIG);
        assertThat(cache.blob(CONFIG_DIGEST, registry)).isEqualTo(CONFIG);
        assertThat(loads).hasSize(1);
    }

    @Test
    void refusesABlobWhoseContentHasAnotherDigest() {
        assertThatThrownBy(() -> cache.putBlob(CONFIG_DIGEST, FACTS_JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CONFIG_DIGEST.abbreviated());
        assertThat(cache.blob(CONFIG_DIGEST)).isEmpty();
    }

    @Test
    void tagEntriesAreReplacedWhenTheTagMoves() {
        TagEntry moved = new TagEntry(
                TAG.descriptor().mediaType(),
                Digest.sha256(FACTS_JSON),
                99,
                TAG.revalidated().plusSeconds(60));

        cache.putTag(REFERENCE, TAG);
        cache.putTag(REFERENCE, moved);

        assertThat(cache.tag(REFERENCE)).hasValue(moved);
    }

    /** Ways an entry on disk goes bad: a disk error, a crash before data reached the disk, a stray edit. */
    enum Damage {
        FLIPPED_BYTE {
            @Override
            byte[] apply(byte[] content) {
                byte[] damaged = content.clone();
                damaged[damaged.length - 2] ^= 0x20;
                return damaged;
            }
        },
        TRUNCATED {
            @Override
            byte[] apply(byte[] content) {
                return Arrays.copyOf(content, content.length / 2);
            }
        },
        EMPTY {
            @Override
            byte[] apply(byte[] content) {
                return new byte[0];
            }
        };

        abstract byte[] apply(byte[] content);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void dropsADamagedBlob(Damage damage) throws IOException {
        cache.putBlob(CONFIG_DIGEST, CONFIG);

        assertDroppedAfter(damage, () -> cache.blob(CONFIG_DIGEST));
        cache.putBlob(CONFIG_DIGEST, CONFIG);
        assertThat(cache.blob(CONFIG_DIGEST)).hasValue(CONFIG);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void dropsADamagedFact(Damage damage) throws IOException {
        cache.putFact(FACTS, FACTS_JSON);

        assertDroppedAfter(damage, () -> cache.fact(FACTS));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void dropsADamagedTagEntry(Damage damage) throws IOException {
        cache.putTag(REFERENCE, TAG);

        assertDroppedAfter(damage, () -> cache.tag(REFERENCE));
    }

    @Test
    void aFactFileUnderAnotherKeyIsNotReadAsThatKey() throws IOException {
        FactKey other = FactKey.of("layer-facts-v1", List.of(Digest.sha256(FACTS_JSON)));
        cache.putFact(FACTS, FACTS_JSON);
        cache.putFact(other, "{}".getBytes(StandardCharsets.UTF_8));
        Path file = onlyFileContaining("{}");
        Files.copy(onlyFileContaining("passwd"), file, StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache.fact(other)).isEmpty();
        assertThat(Files.exists(file)).isFalse();
        assertThat(cache.fact(FACTS)).hasValue(FACTS_JSON);
    }

    @Test
    void aTagEntryUnderAnotherReferenceIsNotReadAsThatReference() throws IOException {
        String other = REFERENCE.replace("jammy", "noble");
        cache.putTag(REFERENCE, TAG);
        cache.putTag(other, TAG);
        Path otherFile = onlyFileContaining("noble");
        Files.copy(onlyFileContaining("jammy"), otherFile, StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache.tag(other)).isEmpty();
        assertThat(cache.tag(REFERENCE)).hasValue(TAG);
    }

    @Test
    void anEntryLargerThanAQuarterOfTheBoundIsNotKept() throws IOException {
        DiskCache small = DiskCache.open(directory, 1000, debug::add);
        byte[] large = new byte[251];

        small.putBlob(Digest.sha256(large), large);

        assertThat(small.blob(Digest.sha256(large))).isEmpty();
        assertThat(debug).singleElement().asString().contains("not kept");
    }

    @Test
    void anEntryLargerThanThisBuildKeepsIsLeftForTheBuildThatKeptIt() throws IOException {
        byte[] large = new byte[251];
        cache.putBlob(Digest.sha256(large), large);
        DiskCache small = DiskCache.open(directory, 1000, debug::add);

        assertThat(small.blob(Digest.sha256(large))).isEmpty();
        assertThat(debug).singleElement().asString().contains("larger than").doesNotContain("corrupt");
        assertThat(reopen().blob(Digest.sha256(large))).hasValue(large);
    }

    @Test
    void failsToOpenWhereNoDirectoryCanBe() throws IOException {
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> DiskCache.open(file, DiskCache.DEFAULT_MAX_BYTES, debug::add))
                .isInstanceOf(IOException.class);
    }

    private void assertDroppedAfter(Damage damage, Supplier<Optional<?>> read) throws IOException {
        Path file = onlyEntry();
        Files.write(file, damage.apply(Files.readAllBytes(file)));

        assertThat(read.get()).isEmpty();
        assertThat(Files.exists(file)).isFalse();
        assertThat(debug).singleElement().asString().contains("corrupt", file.toString());
        assertThat(read.get()).isEmpty();
    }

    private Path onlyEntry() throws IOException {
        List<Path> entries = entries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private Path onlyFileContaining(String text) throws IOException {
        List<Path> matching = new ArrayList<>();
        for (Path entry : entries()) {
            if (Files.readString(entry, StandardCharsets.ISO_8859_1).contains(text)) {
                matching.add(entry);
            }
        }
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private DiskCache reopen() throws IOException {
        return DiskCache.open(directory, DiskCache.DEFAULT_MAX_BYTES, debug::add);
    }
}
