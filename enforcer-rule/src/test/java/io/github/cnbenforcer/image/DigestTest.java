package io.github.cnbenforcer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestTest {

    @Test
    void computesSha256OfContent() {
        Digest digest = Digest.sha256("foo".getBytes(StandardCharsets.UTF_8));

        assertThat(digest).hasToString("sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
        assertThat(digest.abbreviated()).isEqualTo("sha256:2c26b46b68ff");
        assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sha256:../../etc/passwd",
                "sha256:ABC",
                "md5:d41d8cd98f00b204e9800998ecf8427e",
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                ""
            })
    void rejectsWhatCouldNotNameABlobSafely(String text) {
        assertThatThrownBy(() -> Digest.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Digest.isValid(text)).isFalse();
    }

    @Test
    void verifiesStreamedContent() {
        Digest digest = Digest.sha256("layer".getBytes(StandardCharsets.UTF_8));
        var messageDigest = digest.newMessageDigest();
        messageDigest.update("layer".getBytes(StandardCharsets.UTF_8));

        assertThat(digest.matches(messageDigest.digest())).isTrue();
        assertThat(digest.matches(digest.newMessageDigest().digest())).isFalse();
    }

    @Test
    void aRejectedDigestIsShownEscapedAndCut() throws Exception {
        String forged = "sha256:\u001b[31m" + "f".repeat(100);
        String shown = "'sha256:\\u001b[31m" + "f".repeat(68) + "…'";

        assertThatThrownBy(() -> Digest.parse(forged)).hasMessage("not a sha256 or sha512 digest: " + shown);
        assertThatThrownBy(() -> Digest.parse(null)).hasMessage("not a sha256 or sha512 digest: (none)");
        byte[] descriptor = ("{\"digest\":\"" + forged.replace("\u001b", "\\u001b") + "\",\"size\":1}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Descriptor.parse(Json.tree(descriptor), "layers[0]"))
                .hasMessage("layers[0] has no valid digest (found " + shown + ")");
    }
}
