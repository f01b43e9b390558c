package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.pipeline.Checks;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static io.github.cnbenforcer.outcome.Suppression validated(Suppression entry) throws EnforcerRuleError {
        return Suppression.validated(List.of(entry), Checks.all()).get(0);
    }

    @Test
    void everyElementIsRead() throws EnforcerRuleError {
        io.github.cnbenforcer.outcome.Suppression suppression = validated(new Suppression(
                " run-user-distinct-uid ", "pair", "linux/ARM64", " one user by design ", "2027-06-30"));

        assertThat(suppression.checkId()).isEqualTo("run-user-distinct-uid");
        assertThat(suppression.role()).contains(Role.PAIR);
        assertThat(suppression.platform()).contains(Platform.parse("linux/arm64"));
        assertThat(suppression.reason()).isEqualTo("one user by design");
        assertThat(suppression.expires()).contains(LocalDate.of(2027, 6, 30));
    }

    @Test
    void imageAndPlatformAndExpiresAreOptional() throws EnforcerRuleError {
        io.github.cnbenforcer.outcome.Suppression suppression =
                validated(new Suppression("label-released", null, " ", "later", null));

        assertThat(suppression.role()).isEmpty();
        assertThat(suppression.platform()).isEmpty();
        assertThat(suppression.expires()).isEmpty();
    }

    @Test
    void anUnknownCheckIsAnErrorThatListsTheValidIds() {
        assertThatThrownBy(() -> validated(new Suppression("label-releasd", null, null, "typo", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("cnbBaseImages: <suppression> 1 names the check 'label-releasd', which does"
                        + " not exist: write one of build-user-non-root, build-user-home-writable, ")
                .hasMessageContaining(", label-released, ")
                .satisfies(e -> assertThat(e.getMessage())
                        .contains(Checks.all().stream().map(Check::id).toArray(String[]::new)));
    }

    @Test
    void aMissingCheckIsAnError() {
        assertThatThrownBy(() -> validated(new Suppression(null, null, null, "why", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("<suppression> 1 has no <check>: write one of build-user-non-root");
    }

    @Test
    void aReasonIsRequired() {
        assertThatThrownBy(() -> validated(new Suppression("build-user-non-root", null, null, "  ", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("cnbBaseImages: <suppression> 1 (build-user-non-root) has no <reason>");
    }

    @Test
    void theImageIsARoleTheCheckHasFindingsAbout() throws EnforcerRuleError {
        assertThat(validated(new Suppression("label-released", "mirror", null, "why", null))
                        .role())
                .contains(Role.MIRROR);
        assertThatThrownBy(() -> validated(new Suppression("label-released", "each", null, "why", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("has <image>each</image>: write one of build, run, mirror, pair");
        assertThatThrownBy(() -> validated(new Suppression("build-path", "run", null, "why", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("but build-path has no findings about the run image: write one of build,");
        assertThatThrownBy(() -> validated(new Suppression("run-user-distinct-uid", "run", null, "why", null)))
                .hasMessageContaining("write one of pair, or leave it out");
    }

    @Test
    void rebaseFindingsAreAboutTheRunImageAndBuilderFindingsAboutTheBuilder() throws EnforcerRuleError {
        assertThat(validated(new Suppression("rebase-abi", "run", null, "why", null))
                        .role())
                .contains(Role.RUN);
        assertThatThrownBy(() -> validated(new Suppression("rebase-abi", "previous", null, "why", null)))
                .hasMessageContaining("write one of run, or leave it out");
        assertThat(validated(new Suppression("builder-run-image", "builder", null, "why", null))
                        .role())
                .contains(Role.BUILDER);
        assertThatThrownBy(() -> validated(new Suppression("builder-run-image", "build", null, "why", null)))
                .hasMessageContaining("write one of builder, or leave it out");
    }

    @Test
    void anInvalidPlatformIsAnError() {
        assertThatThrownBy(() -> validated(new Suppression("label-released", null, "arm64", "why", null)))
                .isInstanceOf(EnforcerRuleError.class)
                .hasMessageContaining("<suppression> 1 <platform> 'arm64' is not a platform");
    }

    @Test
    void anInvalidDateIsAnError() {
        for (String date : List.of("2027-02-30", "2027-6-30", "30.06.2027", "2027-06-30T00:00:00Z")) {
            assertThatThrownBy(() -> validated(new Suppression("label-released", null, null, "why", date)))
                    .isInstanceOf(EnforcerRuleError.class)
                    .hasMessageContaining("has <expires>" + date + "</expires>, which is not a date: write the last"
                            + " day it holds as YYYY-MM-DD");
        }
    }

    @Test
    void errorsNameTheEntryByItsPlace() {
        List<Suppression> entries = List.of(
                new Suppression("label-released", null, null, "why", null),
                new Suppression("label-released", null, null, null, null));

        assertThatThrownBy(() -> Suppression.validated(entries, Checks.all()))
                .hasMessageStartingWith("cnbBaseImages: <suppression> 2 ");
    }
}
