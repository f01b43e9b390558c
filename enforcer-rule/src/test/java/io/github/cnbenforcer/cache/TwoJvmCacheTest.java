package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs (as two builds, or two CI jobs on one machine) write, read and evict in one cache directory. */
class TwoJvmCacheTest {
    /** Small enough that both JVMs evict all the time: about two thirds of the 1 MiB they write fits. */
    private static final long BOUND = 640L * 1024;

    private static final Duration HAMMERING = Duration.ofSeconds(3);
    private static final Pattern COUNTS =
            Pattern.compile("reads=(\\d+) hits=(\\d+) corrupt=(\\d+) wrong=(\\d+) evictions=(\\d+)");

    @TempDir
    Path directory;

    @Test
    void neitherEverReadsAPartialOrForeignEntry() throws Exception {
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CacheHammer.class.getName(),
                        directory.toString(),
                        Long.toString(BOUND),
                        Long.toString(HAMMERING.toMillis()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("ready");

            Map<String, Long> here = counts(new CacheHammer(directory, BOUND).run(HAMMERING));
            String line = output.readLine();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Map<String, Long> there = counts(line);

            for (Map<String, Long> counts : List.of(here, there)) {
                assertThat(counts.get("corrupt"))
                        .as("entries read partly or damaged")
                        .isZero();
                assertThat(counts.get("wrong"))
                        .as("entries read with the wrong content")
                        .isZero();
                assertThat(counts.get("hits"))
                        .as("reads answered from the cache")
                        .isPositive();
            }
            assertThat(here.get("evictions") + there.get("evictions"))
                    .as("trims while the other JVM wrote")
                    .isPositive();
        } finally {
            other.destroyForcibly();
        }
    }

    private static Map<String, Long> counts(String line) {
        assertThat(line).matches(COUNTS);
        Matcher matcher = COUNTS.matcher(line);
        matcher.matches();
        String[] names = {"reads", "hits", "corrupt", "wrong", "evictions"};
        return IntStream.range(0, names.length)
                .boxed()
                .collect(Collectors.toMap(i -> names[i], i -> Long.parseLong(matcher.group(i + 1))));
    }
}
