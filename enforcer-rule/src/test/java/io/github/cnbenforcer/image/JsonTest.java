package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document that is not JSON is described by where and what was expected; its content is never quoted. */
class JsonTest {
    private static final String SECRET = "hunter2";

    private static void assertRejected(String document, String expectedMessage) {
        assertThatThrownBy(() -> Json.parseObject(document.getBytes(StandardCharsets.UTF_8), "index.json of X"))
                .isInstanceOf(ImageReadException.class)
                .hasMessage("index.json of X is not valid JSON: " + expectedMessage)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aPasswdFileInsteadOfJsonIsNotQuoted() {
        assertRejected(
                SECRET + ":x:0:0:root:/root:/bin/bash\n",
                "a word that is not a JSON value (expected a string, number, object, array, true, false or null),"
                        + " at line 1, column 1");
    }

    @Test
    void aDuplicateFieldIsNotNamed() {
        assertRejected(
                "{\"" + SECRET + "\":1,\n\"" + SECRET + "\":2}",
                "a field appears twice in one object, at line 2, column 10");
    }

    @Test
    void aTruncatedDocumentSaysSo() {
        assertRejected(
                "{\"manifests\":[{\"" + SECRET + "\":",
                "it ends before the JSON is complete (cut short), at line 1, column 26");
    }

    @Test
    void anUnexpectedCharacterSaysWhatWasExpected() {
        assertRejected(
                "{\"a\":1 \"" + SECRET + "\":2}",
                "an unexpected character (was expecting comma to separate Object entries), at line 1, column 8");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|it is empty", "'{\"a\":\"x\ty\"}'|a control character that JSON allows only escaped"})
    void otherProblemsAreNamedWithoutContent(String document, String problem) {
        assertThatThrownBy(() -> Json.parseObject(document.getBytes(StandardCharsets.UTF_8), "the config"))
                .hasMessageStartingWith("the config is not valid JSON: " + problem);
    }

    @Test
    void deepNestingIsRefused() {
        assertThatThrownBy(() -> Json.parseObject("[".repeat(100).getBytes(StandardCharsets.UTF_8), "the config"))
                .hasMessageStartingWith("the config is not valid JSON: it is nested deeper");
    }

    @Test
    void textAndDocumentsAreReadAndWrittenAsTheMapperReadsAndWritesThem() throws IOException {
        String text = "{\"name\":\"r\u00e9sum\u00e9\",\"n\":[1,4294967296,1.5,true,null],\"o\":{}}";
        JsonNode tree = Json.tree(text);
        assertThat(tree).isEqualTo(Json.mapper().readTree(text));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Json.write(tree, written, true);
        assertThat(written.toByteArray())
                .isEqualTo(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
    }

    @Test
    void anErrorInTextCountsColumnsInCharacters() {
        assertThatThrownBy(() -> Json.tree("{\"\u00e4\u00e4\u00e4\":1 \"b\":2}"))
                .isInstanceOfSatisfying(
                        JsonProcessingException.class,
                        e -> assertThat(e.getLocation().getColumnNr()).isEqualTo(10));
    }
}
