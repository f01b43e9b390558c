package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
