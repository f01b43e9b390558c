package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageConfigTest {

    private static ImageConfig config(String json) throws ImageReadException {
        byte[] raw = json.getBytes(StandardCharsets.UTF_8);
        return ImageConfig.parse(Digest.sha256(raw), raw);
    }

    @Test
    void readsTheFieldsChecksNeedAndKeepsUnknownOnes() throws ImageReadException {
        ImageConfig config = config("""
                {"os":"windows","architecture":"amd64","os.version":"10.0.20348.2227","x-future":{"a":1},
                 "config":{"User":"ContainerUser","Env":["PATH=C:\\\\Windows","HOME"],
                           "Labels":{"io.buildpacks.base.distro.version":"10.0.20348.2227"}}}
                """);

        assertThat(config.os()).isEqualTo("windows");
        assertThat(config.osVersion()).contains("10.0.20348.2227");
        assertThat(config.user()).contains("ContainerUser");
        assertThat(config.envValue("PATH")).contains("C:\\Windows");
        assertThat(config.envValue("HOME")).isEmpty();
        assertThat(config.label("io.buildpacks.base.distro.version")).contains("10.0.20348.2227");
        assertThat(config.json().get("x-future").get("a").asInt()).isEqualTo(1);
    }

    @Test
    void lastEnvEntryOfANameWins() throws ImageReadException {
        ImageConfig config = config("{\"config\":{\"Env\":[\"PATH=/a\",\"PATH=/b\",\"PATH_X=/c\"]}}");

        assertThat(config.envValue("PATH")).contains("/b");
    }

    @Test
    void windowsEnvNamesIgnoreCaseAndLinuxOnesDoNot() throws ImageReadException {
        String env = "\"config\":{\"Env\":[\"Path=C:\\\\Windows\",\"path=C:\\\\Tools\"]}";

        assertThat(config("{\"os\":\"windows\"," + env + "}").envValue("PATH")).contains("C:\\Tools");
        assertThat(config("{\"os\":\"linux\"," + env + "}").envValue("PATH")).isEmpty();
        assertThat(config("{\"os\":\"linux\"," + env + "}").envValue("Path")).contains("C:\\Windows");
    }

    @Test
    void absentFieldsAreEmptyNotErrors() throws ImageReadException {
        ImageConfig config = config("{}");

        assertThat(config.os()).isEmpty();
        assertThat(config.user()).isEmpty();
        assertThat(config.env()).isEmpty();
        assertThat(config.labels()).isEmpty();
        assertThat(config.variant()).isEmpty();
    }

    @Test
    void malformedJsonIsAClearError() {
        assertThatThrownBy(() -> config("{\"os\": "))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith("the image config sha256:")
                .hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> config("[1,2]")).hasMessageContaining("is not a JSON object");
        assertThatThrownBy(() -> config("{\"os\":\"linux\",\"os\":\"windows\"}"))
                .hasMessageContaining("not valid JSON");
    }

    /** The lifecycle reads the config with go-containerregistry's typed unmarshal, which rejects these. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"config\":{\"Labels\":{\"io.buildpacks.stack.id\":1}}} | config.Labels['io.buildpacks.stack.id'] is a number, not a string",
                "{\"config\":{\"Labels\":{\"a\":{\"b\":\"c\"}}}}      | config.Labels['a'] is an object, not a string",
                "{\"config\":{\"Labels\":[\"a=b\"]}}                     | config.Labels is a list, not an object",
                "{\"config\":{\"Env\":[\"PATH=/bin\",true]}}             | config.Env[1] is a boolean, not a string",
                "{\"config\":{\"Env\":\"PATH=/bin\"}}                    | config.Env is a string, not a list",
                "{\"config\":{\"User\":1001}}                              | config.User is a number, not a string",
                "{\"config\":[]}                                             | config is a list, not an object",
                "{\"os\":[\"linux\"]}                                      | os is a list, not a string",
            })
    void aFieldOfAnotherTypeThanTheLifecycleReadsIsAMalformedConfig(String json, String problem) {
        assertThatThrownBy(() -> config(json))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith("the image config sha256:")
                .hasMessageContaining("is malformed: " + problem);
    }

    @Test
    void aLabelNameIsShownEscaped() {
        assertThatThrownBy(() -> config("{\"config\":{\"Labels\":{\"x\\n[ERROR] forged\":2}}}"))
                .hasMessageContaining("config.Labels['x\\n[ERROR] forged']")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Go's json.Unmarshal takes null as the zero value: no map, no list, an empty string. */
    @Test
    void nullIsTheZeroValueAsInGo() throws ImageReadException {
        assertThat(config("{\"os\":null,\"config\":null}").os()).isEmpty();
        assertThat(config("{\"config\":{\"Labels\":null,\"Env\":null,\"User\":null}}")
                        .labels())
                .isEmpty();
        ImageConfig nullValues = config("{\"config\":{\"Labels\":{\"io.buildpacks.base.distro.name\":null},"
                + "\"Env\":[null,\"HOME=/home/cnb\"]}}");

        assertThat(nullValues.label("io.buildpacks.base.distro.name")).contains("");
        assertThat(nullValues.env()).containsExactly("", "HOME=/home/cnb");
        assertThat(nullValues.envValue("HOME")).contains("/home/cnb");
    }
}
