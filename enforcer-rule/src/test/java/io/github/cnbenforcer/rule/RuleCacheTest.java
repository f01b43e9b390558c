package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.source.registry.FakeRegistry;
import io.github.cnbenforcer.testing.EncodedImage;
import io.github.cnbenforcer.testing.TestImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule with its cache, as Maven runs it: modules of one session share what they read, later
 * builds read what earlier ones kept, offline builds read only that. Requests are counted at a fake
 * registry that serves a compliant pair, layers included.
 */
class RuleCacheTest {
    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @AutoClose
    private final FakeRegistry registry = FakeRegistry.start();

    private EncodedImage build;
    private EncodedImage run;

    @BeforeEach
    void start() throws IOException {
        build = registry.serve("stacks/build", "jammy", TestImage.compliantBuild("amd64"));
        run = registry.serve("stacks/run", "jammy", TestImage.compliantRun("amd64"));
    }

    /** A Maven session; {@link #module} runs the rule in one of its modules. */
    private static MavenSession session(boolean offline) {
        MavenSession session = mock(MavenSession.class);
        when(session.getSettings()).thenReturn(new Settings());
        when(session.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        when(session.isOffline()).thenReturn(offline);
        return session;
    }

    /** Runs the rule in a module of {@code session}, on the pair by tag or by digest; returns its report. */
    private JsonNode module(MavenSession session, String name, boolean pinned, Object... parameters) throws Exception {
        MavenProject module = mock(MavenProject.class);
        Build target = new Build();
        target.setDirectory(project.resolve(name).resolve("target").toString());
        when(module.getBasedir()).thenReturn(project.resolve(name).toFile());
        when(module.getBuild()).thenReturn(target);
        CnbBaseImages rule = new CnbBaseImages(module, session, mock(SettingsDecrypter.class));
        rule.setLog(log);
        RuleParameters.set(
                rule, "buildImage", reference("stacks/build", pinned ? "@" + build.manifestDigest() : ":jammy"));
        RuleParameters.set(rule, "runImage", reference("stacks/run", pinned ? "@" + run.manifestDigest() : ":jammy"));
        RuleParameters.set(rule, "cacheDirectory", project.resolve("cache").toFile());
        for (int i = 0; i < parameters.length; i += 2) {
            RuleParameters.set(rule, (String) parameters[i], parameters[i + 1]);
        }
        rule.execute();
        return Json.mapper().readTree(Files.readAllBytes(project.resolve(name).resolve("target/cnb-base-images.json")));
    }

    private String reference(String repository, String qualifier) {
        return registry.authority() + "/" + repository + qualifier;
    }

    /** Every request so far, as {@code METHOD path}. */
    private List<String> requests() {
        return registry.requests().stream()
                .map(request -> request.method() + " " + request.path())
                .collect(Collectors.toList());
    }

    @Test
    void aReactorOfTwentyModulesMakesTheRequestsOfOne() throws Exception {
        MavenSession session = session(false);
        JsonNode first = module(session, "m01", false);
        List<String> oneModule = requests();

        for (int module = 2; module <= 20; module++) {
            assertThat(module(session, "m" + module, false).get("findings")).isEqualTo(first.get("findings"));
        }

        assertThat(requests()).isEqualTo(oneModule);
        assertThat(oneModule).anyMatch(request -> request.startsWith("GET /v2/stacks/build/blobs/"));
    }

    @Test
    void modulesBuiltAtOnceMakeTheRequestsOfOne() throws Exception {
        module(
                session(false),
                "single",
                false,
                "cacheDirectory",
                project.resolve("cache-single").toFile());
        List<String> oneModule = requests();
        MavenSession session = session(false);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<JsonNode>> modules = new ArrayList<>();
        for (int module = 1; module <= 20; module++) {
            String name = "m" + module;
            modules.add(threads.submit(() -> module(session, name, false)));
        }
        for (Future<JsonNode> module : modules) {
            assertThat(module.get(60, TimeUnit.SECONDS).get("result").asText()).isIn("pass", "warn");
        }
        threads.shutdown();

        List<String> reactor =
                requests().subList(oneModule.size(), registry.requests().size());
        assertThat(reactor).containsExactlyInAnyOrderElementsOf(oneModule);
    }

    @Test
    void aLaterBuildRevalidatesEachTagOnceAndReadsNoLayer() throws Exception {
        JsonNode cold = module(session(false), "cold", false);
        int before = registry.requests().size();

        JsonNode warm = module(session(false), "warm", false);

        assertThat(requests().subList(before, registry.requests().size()))
                .containsExactlyInAnyOrder(
                        "HEAD /v2/stacks/build/manifests/jammy", "HEAD /v2/stacks/run/manifests/jammy");
        assertThat(warm.get("findings")).isEqualTo(cold.get("findings"));
    }

    @Test
    void aLaterBuildOfPinnedReferencesMakesNoRequest() throws Exception {
        JsonNode cold = module(session(false), "cold", true);
        int before = registry.requests().size();

        JsonNode warm = module(session(false), "warm", true);

        assertThat(registry.requests()).hasSize(before);
        assertThat(warm.get("findings")).isEqualTo(cold.get("findings"));
    }

    @Test
    void anOfflineBuildReadsTheCacheAndSaysTheTagsWereNotRevalidated() throws Exception {
        JsonNode online = module(session(false), "online", false);
        int before = registry.requests().size();

        JsonNode offline = module(session(true), "offline", false);

        assertThat(registry.requests()).hasSize(before);
        assertThat(offline.get("findings")).isEqualTo(online.get("findings"));
        assertThat(log.lines())
                .filteredOn(line -> line.contains("is not revalidated"))
                .hasSize(2)
                .allMatch(line -> line.startsWith("[INFO] cnbBaseImages: Maven runs offline (-o): the tag "));
    }

    @Test
    void withoutTheDiskCacheALaterBuildReadsEverythingAgain() throws Exception {
        module(session(false), "first", false, "cache", false);
        List<String> first = requests();

        module(session(false), "second", false, "cache", false);

        assertThat(requests()).hasSize(2 * first.size());
        assertThat(project.resolve("cache")).doesNotExist();
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenIsAWarningAndTheBuildGoesOn() throws Exception {
        File notADirectory = Files.writeString(project.resolve("file"), "x").toFile();

        JsonNode report = module(session(false), "module", false, "cacheDirectory", notADirectory);

        assertThat(report.get("result").asText()).isIn("pass", "warn");
        assertThat(log.lines())
                .anyMatch(line -> line.startsWith("[WARNING] cnbBaseImages: the cache directory " + notADirectory)
                        && line.contains("the build goes on without the disk cache"));
    }
}
