package io.github.cnbenforcer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {
    @Test
    void quotesAValue() {
        assertThat(Quote.of("1001:1000")).isEqualTo("'1001:1000'");
    }

    @Test
    void showsAnAbsentValueAsNotSet() {
        assertThat(Quote.of(null)).isEqualTo("(not set)");
    }

    @Test
    void escapesLineBreaksSoMessagesStayOneLine() {
        assertThat(Quote.of("a\nb\tc\u0007")).isEqualTo("'a\\nb\\tc\\u0007'");
    }

    @Test
    void cutsLongValues() {
        String quoted = Quote.of("x".repeat(200));
        assertThat(quoted).hasSize(Quote.MAX_CHARS + 3).endsWith("…'");
    }

    @Test
    void cutsAtTheLengthAskedForBeforeEscapingSoNoEscapeIsCutInHalf() {
        assertThat(Quote.of("ab\u001bcd", 3)).isEqualTo("'ab\\u001b…'");
        assertThat(Quote.of("abc", 3)).isEqualTo("'abc'");
    }
}
