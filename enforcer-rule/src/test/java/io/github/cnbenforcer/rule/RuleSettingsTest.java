package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.pipeline.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {
    private static final Path BASE = Path.of("/project");

    private static RuleSettings.Builder valid() {
        return RuleSettings.builder(BASE)
                .buildImage("oci:images/build")
                .runImage("oci:images/run")
                .reportFile(BASE.resolve("target/cnb-base-images.json"))
                .sarifFile(BASE.resolve("target/cnb-base-images.sarif"))
                .junitFile(BASE.resolve("target/cnb-base-images-junit.xml"));
    }

    @Test
    void defaultsFollowTheContract() throws EnforcerRuleError {
        RuleSettings settings = valid().build();

        assertThat(settings.platforms()).isEmpty();
        assertThat(settings.statusPolicy().isStrict()).isFalse();
        assertThat(settings.inspectLayers()).isTrue();
        assertThat(settings.layerBudgetBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(settings.registryOptions().allowInsecureRegistries()).isFalse();
        assertThat(settings.registryOptions().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.registryOptions().deadline().length()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDeadlineIsSecondsFromOneToADay() throws EnforcerRuleError {
        assertThat(valid().deadlineSeconds(90)
                        .build()
                        .registryOptions()
                        .deadline()
                        .length())
                .isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> valid().deadlineSeconds(0).build())
                .hasMessage("cnbBaseImages: <deadline> is 0: write a number of seconds from 1 to 86400 (default 300)");
        assertThatThrownBy(() -> valid().deadlineSeconds(86401).build()).hasMessageContaining("<deadline> is 86401");
    }

    @Test
    void missingRunImageSaysWhatToWrite() {
        assertThatThrownBy(() -> valid().runImage(null).build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("<runImage> is not set")
                .hasMessageContaining("<runImage>registry.example.com/stacks/run:jammy</runImage>");
    }

    @Test
    void aBuilderStandsForTheBuildImageAndNamesTheRunImage() throws EnforcerRuleError {
        RuleSettings settings = RuleSettings.builder(BASE)
                .builderImage("oci:images/builder")
                .reportFile(BASE.resolve("target/cnb-base-images.json"))
                .sarifFile(BASE.resolve("target/cnb-base-images.sarif"))
                .junitFile(BASE.resolve("target/cnb-base-images-junit.xml"))
                .build();

        assertThat(roles(settings)).containsExactly("builder oci:images/builder");
    }

    @Test
    void withoutABuilderTheBuildImageIsRequiredAndTheMessageSaysABuilderWouldDo() {
        assertThatThrownBy(() -> valid().buildImage(" ").build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessage("cnbBaseImages: <buildImage> is not set: write"
                        + " <buildImage>registry.example.com/stacks/build:jammy</buildImage> (or an oci:, oci-archive: or"
                        + " docker-archive: reference), or name a builder that stands for it with <builderImage>");
    }

    @Test
    void everyImageHasItsRoleAndBlankOptionalReferencesAreLeftOut() throws EnforcerRuleError {
        assertThat(roles(valid().builderImage("oci:images/builder")
                        .runImageMirrors(List.of("oci:images/mirror"))
                        .previousRunImage("registry.example.com/stacks/run:jammy")
                        .build()))
                .containsExactly(
                        "build oci:images/build",
                        "builder oci:images/builder",
                        "run oci:images/run",
                        "mirror oci:images/mirror",
                        "previous registry.example.com/stacks/run:jammy");
        assertThat(roles(valid().builderImage("").previousRunImage(" ").build()))
                .containsExactly("build oci:images/build", "run oci:images/run");
    }

    @Test
    void anUnparseablePreviousRunImageNamesItsParameter() {
        assertThatThrownBy(() -> valid().previousRunImage("Not A Reference!").build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith(
                        "cnbBaseImages: <previousRunImage> 'Not A Reference!' is not an image reference");
    }

    private static List<String> roles(RuleSettings settings) {
        return settings.stack().members().stream()
                .map(member -> member.role().label() + " " + member.reference())
                .collect(Collectors.toList());
    }

    @Test
    void unparseableReferenceNamesTheParameter() {
        assertThatThrownBy(() -> valid().buildImage("Not A Reference!").build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("cnbBaseImages: <buildImage> 'Not A Reference!' is not an image reference");
    }

    @Test
    void unparseablePlatformSaysWhatToWrite() {
        assertThatThrownBy(
                        () -> valid().platforms(List.of("linux/amd64", "amd64")).build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("<platforms> 'amd64' is not a platform")
                .hasMessageContaining("linux/arm64/v8");
    }

    @Test
    void platformsAreParsed() throws EnforcerRuleError {
        RuleSettings settings =
                valid().platforms(List.of("linux/amd64", "linux/arm64/v8")).build();

        assertThat(settings.platforms())
                .containsExactly(Platform.parse("linux/amd64"), Platform.parse("linux/arm64/v8"));
    }

    @Test
    void timeoutAndBudgetMustBePositive() {
        assertThatThrownBy(() -> valid().timeoutSeconds(0).build()).hasMessageContaining("<timeout> is 0");
        assertThatThrownBy(() -> valid().layerBudgetMiB(0).build()).hasMessageContaining("<layerBudgetMiB> is 0");
    }

    @Test
    void everyReportNeedsAFile() {
        assertThatThrownBy(() -> valid().sarifFile(null).build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessage("cnbBaseImages: no <sarifFile>: write a path such as"
                        + " ${project.build.directory}/cnb-base-images.sarif");
        assertThatThrownBy(() -> valid().junitFile(null).build()).hasMessageContaining("no <junitFile>");
    }

    @Test
    void suppressionsInForceOnTheDayGiveFindingsTheirStatus() throws EnforcerRuleError {
        List<Suppression> suppressions = List.of(
                new Suppression("label-released", null, null, "released label comes later", "2027-06-30"),
                new Suppression("label-metadata", null, null, "no metadata yet", null));
        StatusPolicy policy = valid().suppressions(suppressions, Checks.all())
                .today(LocalDate.parse("2027-07-01"))
                .build()
                .statusPolicy();

        assertThat(policy.suppressions())
                .extracting(s -> s.checkId())
                .containsExactly("label-released", "label-metadata");
        assertThat(policy.suppressions()).extracting(policy::hasExpired).containsExactly(true, false);
    }

    @Test
    void anInvalidSuppressionIsAConfigurationError() {
        assertThatThrownBy(() -> valid().suppressions(
                                List.of(new Suppression("label-releasd", null, null, "typo", null)), Checks.all())
                        .build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("'label-releasd', which does not exist");
    }

    @Test
    void mirrorsAreParsedLikeImages() {
        assertThatThrownBy(() -> valid().runImageMirrors(List.of("oci:")).build())
                .hasMessageContaining("<runImageMirrors>");
    }

    @Test
    void anEmptyMirrorNamesTheElementToWrite() {
        assertThatThrownBy(() -> valid().runImageMirrors(List.of(" ")).build())
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessage("cnbBaseImages: a <runImageMirror> of <runImageMirrors> is empty: write"
                        + " <runImageMirror>mirror.example.com/stacks/run:jammy</runImageMirror>, or leave it out");
    }
}
