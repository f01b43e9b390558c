package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UserSpecTest {
    @Test
    void nameAlone() {
        UserSpec spec = UserSpec.parse("cnb");
        assertThat(spec.user()).isEqualTo("cnb");
        assertThat(spec.group()).isEmpty();
        assertThat(spec.numericUser()).isEmpty();
    }

    @Test
    void uidAlone() {
        UserSpec spec = UserSpec.parse("1001");
        assertThat(spec.numericUser()).hasValue(1001);
        assertThat(spec.group()).isEmpty();
    }

    @Test
    void nameAndGroup() {
        UserSpec spec = UserSpec.parse("cnb:builders");
        assertThat(spec.user()).isEqualTo("cnb");
        assertThat(spec.group()).hasValue("builders");
    }

    @Test
    void uidAndGid() {
        UserSpec spec = UserSpec.parse("1001:1000");
        assertThat(spec.numericUser()).hasValue(1001);
        assertThat(spec.group()).hasValue("1000");
    }

    @Test
    void mixedNameAndGid() {
        UserSpec spec = UserSpec.parse("cnb:1000");
        assertThat(spec.user()).isEqualTo("cnb");
        assertThat(spec.group()).hasValue("1000");
    }

    @Test
    void mixedUidAndGroupName() {
        UserSpec spec = UserSpec.parse("1001:cnb");
        assertThat(spec.numericUser()).hasValue(1001);
        assertThat(spec.group()).hasValue("cnb");
    }

    @Test
    void emptyGroupPartIsNoGroup() {
        assertThat(UserSpec.parse("1001:").group()).isEmpty();
    }

    @Test
    void onlyTheFirstColonSeparates() {
        UserSpec spec = UserSpec.parse("a:b:c");
        assertThat(spec.user()).isEqualTo("a");
        assertThat(spec.group()).hasValue("b:c");
    }

    @Test
    void absentFieldNamesNoUser() {
        UserSpec spec = UserSpec.parse(null);
        assertThat(spec.namesUser()).isFalse();
        assertThat(spec.field()).isNull();
        assertThat(spec.label()).isEqualTo("User (not set)");
    }

    @Test
    void emptyFieldNamesNoUser() {
        UserSpec spec = UserSpec.parse("");
        assertThat(spec.namesUser()).isFalse();
        assertThat(spec.label()).isEqualTo("User ''");
    }

    @Test
    void groupWithoutUserNamesNoUser() {
        UserSpec spec = UserSpec.parse(":1000");
        assertThat(spec.namesUser()).isFalse();
        assertThat(spec.group()).hasValue("1000");
    }

    @Test
    void numericIdsAreAsciiDecimalsUpTo32Bits() {
        assertThat(UserSpec.numericId("0")).hasValue(0);
        assertThat(UserSpec.numericId("4294967295")).hasValue(4294967295L);
        assertThat(UserSpec.numericId("4294967296")).isEmpty();
        assertThat(UserSpec.numericId("99999999999999999999")).isEmpty();
        assertThat(UserSpec.numericId("-1")).isEqualTo(OptionalLong.empty());
        assertThat(UserSpec.numericId("+1")).isEmpty();
        assertThat(UserSpec.numericId("\u0661\u0662")).isEmpty();
        assertThat(UserSpec.numericId("")).isEmpty();
    }
}
