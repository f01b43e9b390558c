package io.github.cnbenforcer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTest {
    static final String FORGED_LINE = "\n[ERROR] forged";
    static final String TERMINAL_TITLE = "\u001b]0;x\u0007";

    @Test
    void keepsPlainTextAsItIs() {
        assertThat(Escape.line("linux/arm64/v8: User is '1001:1000' (ünïcödé, 日本, 🐳)"))
                .isEqualTo("linux/arm64/v8: User is '1001:1000' (ünïcödé, 日本, 🐳)");
    }

    @Test
    void aForgedLogLineStaysOnItsLine() {
        assertThat(Escape.line("linux" + FORGED_LINE + "\r\n[INFO] too"))
                .isEqualTo("linux\\n[ERROR] forged\\r\\n[INFO] too")
                .doesNotContain("\n", "\r");
    }

    @Test
    void terminalEscapesAreShownNotSent() {
        assertThat(Escape.line("a" + TERMINAL_TITLE + "\u001b[2Jb\u009b31m\u007f"))
                .isEqualTo("a\\u001b]0;x\\u0007\\u001b[2Jb\\u009b31m\\u007f");
    }

    @Test
    void unicodeLineBreaksAndBidiControlsAreEscaped() {
        assertThat(Escape.line("a\u2028b\u2029c\u202ed\u2066e\u200ff\u0085"))
                .isEqualTo("a\\u2028b\\u2029c\\u202ed\\u2066e\\u200ff\\u0085");
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertThat(Escape.line("\ud83d\udc33 \ud83d x \udc33")).isEqualTo("\ud83d\udc33 \\ud83d x \\udc33");
    }

    @Test
    void charactersXmlForbidsAreEscaped() {
        assertThat(Escape.line("a\ufffeb\uffffc\ufffdd\u000be\u000cf"))
                .isEqualTo("a\\ufffeb\\uffffc\ufffdd\\u000be\\u000cf");
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = Escape.line("x" + FORGED_LINE + TERMINAL_TITLE + "\t");
        assertThat(Escape.line(once)).isEqualTo(once);
    }

    @Test
    void nullIsShownAsNull() {
        assertThat(Escape.line(null)).isEqualTo("null");
    }
}
