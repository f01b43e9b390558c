package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The generic {@link io.github.cnbenforcer.image.ImageResolver} on images read from layouts. */
class ImageResolverOnLayoutsTest {
    private static final Platform AMD64 = Platform.parse("linux/amd64");

    @RegisterExtension
    final OpenedSources sources = new OpenedSources();

    @TempDir
    Path layout;

    private String reference() {
        return "oci:" + layout;
    }

    @Test
    void platformImagesAreReadOnFirstUse() throws Exception {
        TestImage arm64 = TestImage.compliantBuild("arm64").variant("v8");
        OciLayoutWriter.to(layout).write(null, TestIndex.of(TestImage.compliantBuild("amd64"), arm64));
        Digest arm64Config = Digest.sha256(arm64.configBytes());
        Files.delete(layout.resolve("blobs/sha256/" + arm64Config.hex()));

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.platforms()).hasSize(2);
        assertThat(image.image(AMD64).config().architecture()).isEqualTo("amd64");
        assertThatThrownBy(() -> image.image(Platform.parse("linux/arm64/v8")))
                .isInstanceOf(ImageReadException.class)
                .hasMessageContaining("has no blob " + arm64Config.abbreviated());
    }

    @Test
    void platformImageIsReadOnce() throws Exception {
        OciLayoutWriter.to(layout).write(null, TestIndex.of(TestImage.compliantBuild("amd64")));

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.image(AMD64)).isSameAs(image.image(AMD64));
    }

    @Test
    void singleImageTakesItsPlatformFromTheConfig() throws Exception {
        OciLayoutWriter.to(layout).write(null, TestImage.compliantRun("arm").variant("v7"));

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.platforms()).extracting(Platform::toString).containsExactly("linux/arm/v7");
    }
}
