package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.BuilderCheck;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every registered check must be. Their IDs, levels and images, in order, are the site's checks
 * table, which {@code site.CheckPagesTest} holds them to.
 */
class ChecksTest {
    @Test
    void idsAreUnique() {
        assertThat(Checks.all()).extracting(Check::id).doesNotHaveDuplicates();
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
