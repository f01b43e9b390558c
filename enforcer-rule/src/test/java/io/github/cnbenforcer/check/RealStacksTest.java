package io.github.cnbenforcer.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.pipeline.Checks;
import io.github.cnbenforcer.testing.TestImage;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every registered check on the shapes of real, published stacks: which checks are not satisfied, and how. */
class RealStacksTest {
    private static final String UBUNTU_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static FakeFacts jammy(long uid) {
        return FakeFacts.empty()
                .user("root", 0, 0, "/root")
                .user("cnb", uid, 1000, "/home/cnb")
                .group("cnb", 1000)
                .directory("/home/cnb", uid, 1000, 0755)
                .osRelease("ID", "ubuntu", "VERSION_ID", "22.04");
    }

    private static TestImage paketoJammy(String user) {
        return TestImage.linux()
                .user(user)
                .env("PATH", UBUNTU_PATH)
                .label("io.buildpacks.stack.id", "io.buildpacks.stacks.jammy");
    }

    private static TestImage heroku24() {
        return TestImage.linux()
                .user("heroku")
                .env("PATH", UBUNTU_PATH)
                .env("CNB_USER_ID", "1000")
                .env("CNB_GROUP_ID", "1000")
                .label(BaseLabels.DISTRO_NAME, "ubuntu")
                .label(BaseLabels.DISTRO_VERSION, "24.04")
                .label(BaseLabels.HOMEPAGE, "https://github.com/heroku/base-images")
                .label(BaseLabels.MAINTAINER, "Heroku");
    }

    private static FakeFacts noble() {
        return FakeFacts.empty()
                .user("heroku", 1000, 1000, "/home/heroku")
                .group("heroku", 1000)
                .directory("/home/heroku", 1000, 1000, 0750)
                .osRelease("ID", "ubuntu", "VERSION_ID", "24.04");
    }

    private static TestImage windowsSample() {
        return TestImage.windows()
                .user("ContainerUser")
                .env("PATH", "c:\\Windows\\system32;C:\\Windows")
                .label(BaseLabels.DISTRO_NAME, "")
                .label(BaseLabels.DISTRO_VERSION, "10.0.20348.2340");
    }

    @Test
    void paketoJammyMeetsEveryMustButLacksTheBaseLabels() {
        ImageUnderCheck build = paketoJammy("1001:1000")
                .env("CNB_USER_ID", "1001")
                .env("CNB_GROUP_ID", "1000")
                .env("CNB_STACK_ID", "io.buildpacks.stacks.jammy")
                .asBuild(jammy(1001));
        ImageUnderCheck run = paketoJammy("1002:1000").asRun(jammy(1002));

        Set<String> labelWarnings = Set.of(
                "label-maintainer",
                "label-homepage",
                "label-released",
                "label-description",
                "label-metadata",
                "variant-valid",
                "distro-labels",
                "distro-os-release");
        assertThat(notSatisfied(imageOutcomes(build))).isEqualTo(violatedAll(labelWarnings));
        assertThat(notSatisfied(imageOutcomes(run)))
                .isEqualTo(violatedAll(union(labelWarnings, Set.of("run-rebasable", "run-base-id"))));
        assertThat(notSatisfied(pairOutcomes(build, run))).isEmpty();
    }

    @Test
    void heroku24SharesItsUidBetweenBuildAndRun() {
        ImageUnderCheck build = heroku24().asBuild(noble());
        ImageUnderCheck run = heroku24().asRun(noble());

        assertThat(imageOutcomes(build))
                .containsEntry("build-user-non-root", Verdict.Kind.SATISFIED)
                .containsEntry("build-user-home-writable", Verdict.Kind.SATISFIED)
                .containsEntry("build-cnb-user-id", Verdict.Kind.SATISFIED)
                .containsEntry("build-cnb-group-id", Verdict.Kind.SATISFIED)
                .containsEntry("label-homepage", Verdict.Kind.SATISFIED)
                .containsEntry("distro-labels", Verdict.Kind.SATISFIED)
                .containsEntry("distro-os-release", Verdict.Kind.SATISFIED);
        assertThat(notSatisfied(pairOutcomes(build, run)))
                .isEqualTo(Map.of("run-user-distinct-uid", Verdict.Kind.VIOLATED));
    }

    @Test
    void heroku24WithoutInspectedLayersLeavesTheNamedUserUnverified() {
        ImageUnderCheck build = heroku24().asBuild(FakeFacts.unavailable());

        assertThat(notSatisfied(imageOutcomes(build)))
                .containsAllEntriesOf(Map.of(
                        "build-user-non-root", Verdict.Kind.UNVERIFIED,
                        "build-user-home-writable", Verdict.Kind.UNVERIFIED,
                        "build-cnb-user-id", Verdict.Kind.UNVERIFIED,
                        "build-cnb-group-id", Verdict.Kind.UNVERIFIED,
                        "distro-os-release", Verdict.Kind.UNVERIFIED));
    }

    @Test
    void windowsSampleLeavesSidChecksUnverified() {
        TestImage config = windowsSample().env("CNB_USER_ID", "1").env("CNB_GROUP_ID", "1");
        ImageUnderCheck build = config.asBuild(FakeFacts.unavailable());

        Map<String, Verdict.Kind> outcomes = imageOutcomes(build);
        assertThat(notSatisfied(outcomes))
                .containsAllEntriesOf(Map.of(
                        "build-user-home-writable", Verdict.Kind.UNVERIFIED,
                        "build-cnb-user-id", Verdict.Kind.UNVERIFIED,
                        "build-cnb-group-id", Verdict.Kind.UNVERIFIED));
        assertThat(outcomes)
                .containsEntry("build-user-non-root", Verdict.Kind.SATISFIED)
                .containsEntry("build-path", Verdict.Kind.SATISFIED)
                .containsEntry("distro-labels", Verdict.Kind.SATISFIED)
                .containsEntry("distro-os-release", Verdict.Kind.SATISFIED);
    }

    private static Map<String, Verdict.Kind> imageOutcomes(ImageUnderCheck image) {
        Map<String, Verdict.Kind> outcomes = new TreeMap<>();
        for (Check check : Checks.all()) {
            if (check instanceof ImageCheck imageCheck && check.scope().appliesTo(image.role())) {
                outcomes.put(check.id(), imageCheck.evaluate(image).kind());
            }
        }
        return outcomes;
    }

    private static Map<String, Verdict.Kind> pairOutcomes(ImageUnderCheck build, ImageUnderCheck run) {
        Map<String, Verdict.Kind> outcomes = new TreeMap<>();
        for (Check check : Checks.all()) {
            if (check instanceof PairCheck pairCheck) {
                outcomes.put(check.id(), pairCheck.evaluate(build, run).kind());
            }
        }
        return outcomes;
    }

    private static Map<String, Verdict.Kind> notSatisfied(Map<String, Verdict.Kind> outcomes) {
        return outcomes.entrySet().stream()
                .filter(e -> e.getValue() != Verdict.Kind.SATISFIED)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Verdict.Kind> violatedAll(Set<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> Verdict.Kind.VIOLATED));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
