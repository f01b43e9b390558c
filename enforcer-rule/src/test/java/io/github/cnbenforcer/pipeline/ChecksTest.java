package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.BuilderCheck;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChecksTest {
    /** The check table of the README and the site: ID, level and image, in its order. */
    private static final List<List<String>> RULE_TABLE = List.of(
            List.of("build-user-non-root", "MUST", "BUILD"),
            List.of("build-user-home-writable", "MUST", "BUILD"),
            List.of("build-cnb-user-id", "MUST", "BUILD"),
            List.of("build-cnb-group-id", "MUST", "BUILD"),
            List.of("build-path", "MUST", "BUILD"),
            List.of("run-path", "MUST", "RUN"),
            List.of("os-valid", "MUST", "EACH"),
            List.of("architecture-valid", "MUST", "EACH"),
            List.of("target-platform-missing", "MUST", "PAIR"),
            List.of("target-os-match", "MUST", "PAIR"),
            List.of("target-architecture-match", "MUST", "PAIR"),
            List.of("target-variant-match", "MUST", "PAIR"),
            List.of("target-distro-name-match", "MUST", "PAIR"),
            List.of("target-distro-version-match", "MUST", "PAIR"),
            List.of("label-maintainer", "SHOULD", "EACH"),
            List.of("label-homepage", "SHOULD", "EACH"),
            List.of("label-released", "SHOULD", "EACH"),
            List.of("label-description", "SHOULD", "EACH"),
            List.of("label-metadata", "SHOULD", "EACH"),
            List.of("run-user-distinct-uid", "SHOULD", "PAIR"),
            List.of("run-rebasable", "SHOULD", "RUN"),
            List.of("run-base-id", "SHOULD", "RUN"),
            List.of("run-base-id-characters", "MUST", "RUN"),
            List.of("variant-valid", "SHOULD", "EACH"),
            List.of("distro-labels", "SHOULD", "EACH"),
            List.of("distro-os-release", "SHOULD", "EACH"),
            List.of("run-mirror-identical", "SHOULD", "MIRROR"),
            List.of("run-distro-effective", "SHOULD", "PAIR"),
            List.of("stack-id", "SHOULD", "EACH"),
            List.of("stack-mixins", "SHOULD", "EACH"),
            List.of("build-cnb-stack-id", "SHOULD", "BUILD"),
            List.of("rebase-target-match", "MUST", "PREVIOUS"),
            List.of("rebase-stack-id", "MUST", "PREVIOUS"),
            List.of("rebase-rebasable", "MUST", "PREVIOUS"),
            List.of("rebase-user", "SHOULD", "PREVIOUS"),
            List.of("rebase-abi", "MUST", "PREVIOUS"),
            List.of("builder-run-image", "MUST", "BUILDER"),
            List.of("builder-user-ids", "MUST", "BUILDER"),
            List.of("builder-stack-id", "SHOULD", "BUILDER"));

    @Test
    void registryListsExactlyTheRuleTableInOrder() {
        assertThat(Checks.all())
                .extracting(Check::id)
                .containsExactlyElementsOf(
                        RULE_TABLE.stream().map(row -> row.get(0)).collect(Collectors.toList()));
    }

    @Test
    void idsAreUnique() {
        assertThat(Checks.all()).extracting(Check::id).doesNotHaveDuplicates();
    }

    @Test
    void levelsAndScopesAreThoseOfTheRuleTable() {
        Map<String, Check> byId = Checks.all().stream().collect(Collectors.toMap(Check::id, c -> c));
        for (List<String> row : RULE_TABLE) {
            Check check = byId.get(row.get(0));
            assertThat(check.level()).as(row.get(0)).isEqualTo(Level.valueOf(row.get(1)));
            assertThat(check.scope()).as(row.get(0)).isEqualTo(Scope.valueOf(row.get(2)));
        }
    }

    @Test
    void eachCheckIsAClassNamedAfterItsIdWithThatIdAsConstant() throws ReflectiveOperationException {
        for (Check check : Checks.all()) {
            Class<?> type = check.getClass();
            assertThat(type.getSimpleName()).isEqualTo(className(check.id()));
            Field id = type.getField("ID");
            assertThat(Modifier.isStatic(id.getModifiers()) && Modifier.isFinal(id.getModifiers()))
                    .isTrue();
            assertThat(id.get(null)).isEqualTo(check.id());
        }
    }

    @Test
    void eachCheckStatesTheRequirementItEnforces() {
        assertThat(Checks.all())
                .allSatisfy(
                        check -> assertThat(check.requirement()).isNotBlank().endsWith("."));
    }

    @Test
    void eachCheckHasTheInterfaceOfItsScope() {
        for (Check check : Checks.all()) {
            if (check.scope() == Scope.PAIR) {
                assertThat(check).as(check.id()).isInstanceOfAny(PairCheck.class, PairingCheck.class);
            } else if (check.scope() == Scope.MIRROR) {
                assertThat(check).as(check.id()).isInstanceOf(MirrorCheck.class);
            } else if (check.scope() == Scope.PREVIOUS) {
                assertThat(check).as(check.id()).isInstanceOf(RebaseCheck.class);
            } else if (check.scope() == Scope.BUILDER) {
                assertThat(check).as(check.id()).isInstanceOfAny(BuilderCheck.class, BuilderPairCheck.class);
            } else {
                assertThat(check).as(check.id()).isInstanceOf(ImageCheck.class);
            }
        }
    }

    @Test
    void byIdFindsARegisteredCheck() {
        assertThat(Checks.byId("run-base-id")).get().extracting(Check::id).isEqualTo("run-base-id");
        assertThat(Checks.byId("no-such-check")).isEmpty();
    }

    private static String className(String id) {
        return Arrays.stream(id.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
    }
}
