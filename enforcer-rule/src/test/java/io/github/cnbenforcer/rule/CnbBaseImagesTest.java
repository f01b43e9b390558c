package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CnbBaseImagesTest {
    @TempDir
    Path project;

    @Mock
    MavenProject mavenProject;

    @Mock
    MavenSession session;

    @Mock
    SettingsDecrypter settingsDecrypter;

    @Mock
    EnforcerLogger log;

    private CnbBaseImages rule;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        Build build = new Build();
        build.setDirectory(project.resolve("target").toString());
        when(mavenProject.getBasedir()).thenReturn(project.toFile());
        when(mavenProject.getBuild()).thenReturn(build);
        when(session.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        rule = new CnbBaseImages(mavenProject, session, settingsDecrypter);
        rule.setLog(log);
        configure("cacheDirectory", project.resolve("cache").toFile());
    }

    private void configure(String parameter, Object value) throws ReflectiveOperationException {
        RuleParameters.set(rule, parameter, value);
    }

    private void stack(TestImage build, TestImage run) throws ReflectiveOperationException {
        OciLayoutWriter.to(project.resolve("images/build")).write("jammy", build);
        OciLayoutWriter.to(project.resolve("images/run")).write("jammy", run);
        configure("buildImage", "oci:images/build:jammy");
        configure("runImage", "oci:images/run");
        configure("inspectLayers", false);
    }

    private JsonNode report() throws Exception {
        return Json.mapper().readTree(Files.readAllBytes(project.resolve("target/cnb-base-images.json")));
    }

    @Test
    void compliantStackPassesAndWritesTheReport() throws Exception {
        stack(
                TestImage.compliantBuild("amd64").variant("v1"),
                TestImage.compliantRun("amd64").variant("v1"));

        rule.execute();

        JsonNode report = report();
        assertThat(report.get("result").asText()).isIn("pass", "warn");
        assertThat(report.get("images")).hasSize(2);
        assertThat(report.get("findings").findValuesAsText("status")).doesNotContain("fail");
        assertThat(report.get("findings").findValuesAsText("check"))
                .contains("build-path", "run-path", "target-os-match", "label-maintainer");
    }

    @Test
    void everyBrokenMustIsListedInOneFailure() throws Exception {
        stack(
                TestImage.compliantBuild("amd64").user("0:0").withoutEnv("PATH"),
                TestImage.compliantRun("amd64").withoutEnv("PATH"));

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleException.class)
                .isNotInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("build-user-non-root  build  oci:images/build:jammy  linux/amd64: ")
                .hasMessageContaining("build-path  build  ")
                .hasMessageContaining("run-path  run  oci:images/run  linux/amd64: ");
        assertThat(report().get("result").asText()).isEqualTo("fail");
    }

    @Test
    void shouldFindingsAreWarningsUnlessStrict() throws Exception {
        stack(
                TestImage.compliantBuild("amd64").withoutLabel("io.buildpacks.base.homepage"),
                TestImage.compliantRun("amd64"));

        rule.execute();
        verify(log)
                .warn(
                        argThat(
                                (CharSequence line) -> line.toString()
                                        .matches(
                                                "cnbBaseImages:   warn +label-homepage +SHOULD +label io.buildpacks.base.homepage is not set")));

        configure("strict", true);
        assertThatThrownBy(() -> rule.execute()).hasMessageContaining("label-homepage  build");
    }

    @Test
    void platformsNarrowTheValidationAndMustExistInBothImages() throws Exception {
        OciLayoutWriter.to(project.resolve("images/build"))
                .write(
                        "jammy",
                        TestIndex.of(TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64"))
                                .withAttestations());
        OciLayoutWriter.to(project.resolve("images/run")).write("jammy", TestImage.compliantRun("amd64"));
        configure("buildImage", "oci:images/build");
        configure("runImage", "oci:images/run");
        configure("inspectLayers", false);

        assertThatThrownBy(() -> rule.execute())
                .hasMessageContaining(
                        "target-platform-missing  pair  oci:images/build + oci:images/run  linux/arm64: the run image offers no platform matching linux/arm64");

        configure("platforms", List.of("linux/amd64"));
        rule.execute();
        assertThat(report().get("images").findValuesAsText("platform")).containsOnly("linux/amd64");
    }

    @Test
    void unreadableImageFailsWithReferenceAndCauseAndStillWritesTheReport() throws Exception {
        configure("buildImage", "oci:images/missing");
        configure("runImage", "oci:images/run");

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleException.class)
                .hasMessageStartingWith("Cannot read the build image oci:images/missing: ");
        assertThat(report().get("error").asText()).startsWith("Cannot read the build image");
        verify(log, never()).warn(anyString());
    }

    @Test
    void missingRunImageIsAConfigurationError() throws Exception {
        configure("buildImage", "oci:images/build");

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("<runImage> is not set");
    }

    @Test
    void reportFileParametersAreHonoured() throws Exception {
        stack(TestImage.compliantBuild("amd64"), TestImage.compliantRun("amd64"));
        Path json = project.resolve("reports/stack.json");
        Path sarif = project.resolve("reports/stack.sarif");
        Path junit = project.resolve("reports/TEST-stack.xml");
        configure("reportFile", json.toFile());
        configure("sarifFile", sarif.toFile());
        configure("junitFile", junit.toFile());

        rule.execute();

        assertThat(json).exists();
        assertThat(sarif).exists();
        assertThat(junit).exists();
    }

    @Test
    void everyReportIsWrittenOnEveryRunPassOrFail() throws Exception {
        List<Path> reports = List.of(
                project.resolve("target/cnb-base-images.json"),
                project.resolve("target/cnb-base-images.sarif"),
                project.resolve("target/cnb-base-images-junit.xml"));
        stack(TestImage.compliantBuild("amd64"), TestImage.compliantRun("amd64"));
        rule.execute();
        assertThat(reports).allSatisfy(report -> assertThat(report).isNotEmptyFile());

        reports.forEach(report -> report.toFile().delete());
        stack(TestImage.compliantBuild("amd64").withoutEnv("PATH"), TestImage.compliantRun("amd64"));
        assertThatThrownBy(() -> rule.execute()).isInstanceOf(EnforcerRuleException.class);
        assertThat(reports).allSatisfy(report -> assertThat(report).isNotEmptyFile());

        reports.forEach(report -> report.toFile().delete());
        configure("runImage", "oci:images/missing");
        assertThatThrownBy(() -> rule.execute()).isInstanceOf(EnforcerRuleException.class);
        assertThat(reports).allSatisfy(report -> assertThat(report).isNotEmptyFile());
    }

    @Test
    void aSuppressedMustPassesTheBuildAndIsShownAsAWarning() throws Exception {
        stack(TestImage.compliantBuild("amd64").withoutEnv("PATH"), TestImage.compliantRun("amd64"));
        configure(
                "suppressions",
                List.of(new Suppression("build-path", "build", "linux/amd64", "PATH is set by the platform", null)));

        rule.execute();

        verify(log)
                .warn(argThat((CharSequence line) -> line.toString()
                        .matches(
                                "cnbBaseImages:   suppressed +build-path +MUST +PATH is not in Env \\(suppressed: PATH is set"
                                        + " by the platform\\)")));
        JsonNode suppressed = report().get("findings").findParents("check").stream()
                .filter(finding -> finding.get("check").asText().equals("build-path"))
                .findFirst()
                .orElseThrow();
        assertThat(suppressed.get("status").asText()).isEqualTo("suppressed");
        assertThat(suppressed.at("/suppression/reason").asText()).isEqualTo("PATH is set by the platform");
        assertThat(report().get("findings").findValuesAsText("status")).doesNotContain("fail");
    }

    @Test
    void aSuppressionOfAnUnknownCheckIsAConfigurationError() throws Exception {
        stack(TestImage.compliantBuild("amd64"), TestImage.compliantRun("amd64"));
        configure("suppressions", List.of(new Suppression("build-pth", null, null, "typo", null)));

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("names the check 'build-pth', which does not exist: write one of");
    }

    @Test
    void aConfigurationErrorShowsTheParameterEscaped() throws Exception {
        stack(TestImage.compliantBuild("amd64"), TestImage.compliantRun("amd64"));
        configure(
                "suppressions",
                List.of(new Suppression("build-path\n[ERROR] forged\u001b]0;x\u0007 typo", null, null, "why", null)));

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("names the check 'build-path\\n[ERROR] forged\\u001b]0;x\\u0007 typo', which")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void aBugInACheckFailsTheBuildLoudlyRatherThanWarning() throws Exception {
        rule = new CnbBaseImages(mavenProject, session, settingsDecrypter, List.of(new NullPointerCheck()));
        rule.setLog(log);
        configure("cacheDirectory", project.resolve("cache").toFile());
        stack(TestImage.compliantBuild("amd64"), TestImage.compliantRun("amd64"));

        assertThatThrownBy(() -> rule.execute())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a bug in a check");
        verify(log, never()).warn(anyString());
    }

    /** A check with a bug: it throws {@link NullPointerException} on every image. */
    private static final class NullPointerCheck extends AbstractCheck implements ImageCheck {
        NullPointerCheck() {
            super("null-pointer", Level.SHOULD, Scope.EACH, "Checks nothing.");
        }

        @Override
        public Verdict evaluate(ImageUnderCheck image) {
            throw new NullPointerException("a bug in a check");
        }
    }
}
