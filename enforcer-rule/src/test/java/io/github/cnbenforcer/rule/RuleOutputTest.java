package io.github.cnbenforcer.rule;

import static io.github.cnbenforcer.testing.HostileImages.FORGED_LINE;
import static io.github.cnbenforcer.testing.HostileImages.TERMINAL_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.source.registry.RawHttpServer;
import io.github.cnbenforcer.testing.Compression;
import io.github.cnbenforcer.testing.HostileImages;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.PackBuilder;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import io.github.cnbenforcer.text.Escape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What leaves the rule (the Maven log, the build failure, the report) on hostile and broken images:
 * no value an image, a registry or a file holds forges a log line or reaches the terminal as a
 * control sequence; a layer that cannot be read fails the build; a mislabelled one is read.
 */
class RuleOutputTest {
    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private CnbBaseImages rule;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        MavenProject mavenProject = mock(MavenProject.class);
        MavenSession session = mock(MavenSession.class);
        Build build = new Build();
        build.setDirectory(project.resolve("target").toString());
        when(mavenProject.getBasedir()).thenReturn(project.toFile());
        when(mavenProject.getBuild()).thenReturn(build);
        when(session.getSettings()).thenReturn(new Settings());
        when(session.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        rule = new CnbBaseImages(mavenProject, session, mock(SettingsDecrypter.class));
        rule.setLog(log);
        configure("cacheDirectory", project.resolve("cache").toFile());
    }

    private void configure(String parameter, Object value) throws ReflectiveOperationException {
        RuleParameters.set(rule, parameter, value);
    }

    private void stack(TestIndex build, TestIndex run) throws ReflectiveOperationException {
        OciLayoutWriter.to(project.resolve("build")).write(null, build);
        OciLayoutWriter.to(project.resolve("run")).write(null, run);
        configure("buildImage", "oci:build");
        configure("runImage", "oci:run");
    }

    private void stack(TestImage build, TestImage run) throws ReflectiveOperationException {
        OciLayoutWriter.to(project.resolve("build")).write(null, build);
        OciLayoutWriter.to(project.resolve("run")).write(null, run);
        configure("buildImage", "oci:build");
        configure("runImage", "oci:run");
    }

    /** Runs the rule; returns everything it printed: the log, then the failure, if any. */
    private List<String> output() {
        List<String> output = new ArrayList<>();
        try {
            rule.execute();
        } catch (EnforcerRuleException e) {
            output.add("[ERROR] " + e.getMessage());
        }
        output.addAll(0, log.lines());
        return output;
    }

    private JsonNode report() throws Exception {
        return Json.mapper().readTree(Files.readAllBytes(project.resolve("target/cnb-base-images.json")));
    }

    /** As a terminal shows the output: no forged line, no control sequence. */
    private static void assertNothingForgedOrSent(List<String> output) {
        List<String> lines = output.stream().flatMap(String::lines).collect(Collectors.toList());
        assertThat(lines).noneMatch(line -> line.startsWith("[ERROR] forged"));
        assertThat(String.join("\n", output)).doesNotContain("\u001b", "\u0007", "\r");
    }

    @Test
    void everyFieldOfAHostileImageIsShownEscaped() throws Exception {
        stack(HostileImages.build(), HostileImages.run());

        List<String> output = output();

        assertNothingForgedOrSent(output);
        String printed = String.join("\n", output);
        String escapedPlatform = Escape.line(HostileImages.hostile("linux") + "/" + HostileImages.hostile("amd64") + "/"
                + HostileImages.hostile("v1"));
        assertThat(printed)
                .contains(escapedPlatform)
                .contains("bin\\n[ERROR] forged\\u001b]0;x\\u0007")
                .contains("1001\\n[ERROR] forged\\u001b]0;x\\u0007")
                .contains("/home/cnb\\u001b]0;x\\u0007")
                .contains("22.04\\u001b]0;x\\u0007")
                .contains("1002\\n[ERROR] forged\\u001b]0;x\\u0007");
        JsonNode findings = report().get("findings");
        assertThat(findings.findValuesAsText("platform")).contains(escapedPlatform);
        assertThat(findings.findValuesAsText("message"))
                .allSatisfy(message -> assertThat(message).doesNotContain("\n", "\u001b"));
    }

    @Test
    void aRedForgedLabelIsShownEscapedInTheLogTheFailureAndEveryReport() throws Exception {
        stack(HostileImages.build(), HostileImages.run());
        String escaped = Escape.line(HostileImages.RED_FORGED_LINE);

        EnforcerRuleException failure = assertThrows(EnforcerRuleException.class, rule::execute);

        assertThat(escaped).isEqualTo("\\u001b[31m[ERROR] forged");
        assertThat(log.lines())
                .anyMatch(line -> line.startsWith("[WARNING] cnbBaseImages:   warn")
                        && line.contains("distro-os-release")
                        && line.contains("'" + escaped + "'"));
        assertThat(failure.getMessage()).contains("target-distro-name-match").contains("'" + escaped + "'");
        for (String report : List.of("cnb-base-images.json", "cnb-base-images.sarif", "cnb-base-images-junit.xml")) {
            String text = Files.readString(project.resolve("target").resolve(report));
            assertThat(text).as(report).doesNotContain("\u001b").contains("[31m[ERROR] forged");
        }
        assertThat(report().get("findings").findValuesAsText("message")).anyMatch(m -> m.contains("'" + escaped + "'"));
    }

    @Test
    void hostileNamesInAnIndexAreEscapedInTheError() throws Exception {
        OciLayoutWriter layout = OciLayoutWriter.to(project.resolve("stack"));
        layout.write(HostileImages.refNames().get(0), TestImage.compliantBuild("amd64"));
        layout.write(HostileImages.refNames().get(1), TestImage.compliantRun("amd64"));
        configure("buildImage", "oci:stack");
        configure("runImage", "oci:stack");

        List<String> output = output();

        assertNothingForgedOrSent(output);
        assertThat(output.get(output.size() - 1))
                .contains("(build\\n[ERROR] forged\\u001b]0;x\\u0007, run\\n[ERROR] forged\\u001b]0;x\\u0007)")
                .doesNotContain(FORGED_LINE);
        assertThat(report().get("error").asText()).doesNotContain(FORGED_LINE, TERMINAL_TITLE);
    }

    @Test
    void anHttpHeaderQuotedByTheHttpClientIsEscaped() throws Exception {
        try (RawHttpServer server = new RawHttpServer((head, out) -> out.write(RawHttpServer.ascii(
                head == null
                        ? "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                        : "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nWWW-Authenticate: Bearer realm=\""
                                + TERMINAL_TITLE + "\"\r\n\r\n")))) {
            configure("buildImage", server.authority() + "/stacks/build:jammy");
            configure("runImage", server.authority() + "/stacks/run:jammy");
            configure("timeout", 2);

            List<String> output = output();

            assertNothingForgedOrSent(output);
            assertThat(output.get(output.size() - 1)).contains("WWW-Authenticate: Bearer realm=\"\\u001b]0;x\\u0007\"");
        }
    }

    @Test
    void aCorruptLayerFailsTheBuildNamingTheLayerAndWhatToDo() throws Exception {
        TestImage build = TestImage.compliantBuild("amd64")
                .variant("v1")
                .user("cnb")
                .layer(TestLayer.create()
                        .file("/usr/share/doc/x", new byte[64 * 1024], 0, 0, 0644)
                        .cutShort());
        stack(build, TestImage.compliantRun("amd64").variant("v1"));

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleException.class)
                .hasMessageMatching("layer 2 of 2 \\(sha256:[0-9a-f]{12}\\) of oci:build is corrupt \\(.*\\): push or"
                        + " copy the image again, or set <inspectLayers>false</inspectLayers> to skip the checks that"
                        + " read layers");
        assertThat(report().get("result").asText()).isEqualTo("fail");
        assertThat(report().get("error").asText()).contains("is corrupt");
    }

    @Test
    void aPlainTarLabelledGzipIsReadAndTheLayerNamedInAWarning() throws Exception {
        TestImage build = TestImage.compliantBuild("amd64")
                .variant("v1")
                .user("cnb")
                .layer(TestLayer.create()
                        .file("/etc/motd", "hello\n")
                        .compression(Compression.NONE)
                        .labelledAs(MediaTypes.OCI_LAYER_GZIP));
        stack(build, TestImage.compliantRun("amd64").variant("v1"));

        rule.execute();

        assertThat(report().get("findings").findValuesAsText("status")).doesNotContain("unverified", "fail");
        assertThat(log.lines())
                .anyMatch(line -> line.startsWith("[WARNING] cnbBaseImages: layer 2 of 2 (sha256:")
                        && line.contains(
                                " of oci:build is labelled " + MediaTypes.OCI_LAYER_GZIP + " but is uncompressed"));
    }

    @Test
    void whatABuilderDeclaresIsShownEscapedInTheLogTheFailureAndTheReport() throws Exception {
        String version = HostileImages.hostile("0.20.5");
        String named = HostileImages.hostile("ghcr.io/acme/run:jammy");
        TestImage builder = PackBuilder.from(TestImage.compliantBuild("amd64").variant("v1"))
                .runImage(named)
                .image();
        String metadata = builder.labelValue("io.buildpacks.builder.metadata")
                .orElseThrow()
                .replace(
                        PackBuilder.LIFECYCLE_VERSION,
                        Json.mapper().writeValueAsString(version).replace("\"", ""));
        builder.label("io.buildpacks.builder.metadata", metadata);
        stack(builder, TestImage.compliantRun("amd64").variant("v1"));
        configure("builderImage", "oci:build");

        List<String> output = output();

        assertNothingForgedOrSent(output);
        assertThat(output)
                .anyMatch(line -> line.startsWith("[INFO] cnbBaseImages: read builder  oci:build  sha256:")
                        && line.contains("  declares lifecycle " + Escape.line(version) + ", Platform API 0.3, 0.4,"));
        assertThat(String.join("\n", output))
                .contains("the run images the builder names: '" + Escape.line(named) + "'");
        JsonNode builderEntry = report().get("images").get(2);
        assertThat(builderEntry.get("role").asText()).isEqualTo("builder");
        assertThat(builderEntry.at("/lifecycle/version").asText()).isEqualTo(Escape.line(version));
        assertThat(builderEntry.at("/lifecycle/platformApis/supported/0").asText())
                .isEqualTo("0.3");
    }
}
