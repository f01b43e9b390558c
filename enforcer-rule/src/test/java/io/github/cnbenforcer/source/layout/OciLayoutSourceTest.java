package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code oci:PATH[:REF]}: the layout contract on a directory, and what only directories have. */
class OciLayoutSourceTest extends OciLayoutContractTest {
    @Override
    String reference() {
        return "oci:" + layout;
    }

    @Override
    String location() {
        return "OCI layout " + layout;
    }

    @Test
    void missingDirectoryIsNamed() {
        assertThat(sources.failure(reference()))
                .isEqualTo("there is no " + location() + ": the directory does not exist");
    }

    @Test
    void anIndexThatLinksOutsideTheLayoutIsRefusedWithoutQuotingTheTarget() throws Exception {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Path secret = Files.writeString(temp.resolve("shadow"), "root:$6$secret-hash:19000:0:99999:7:::\n");
        Files.delete(layout.resolve("index.json"));
        Files.createSymbolicLink(layout.resolve("index.json"), secret);

        assertThat(sources.failure(reference()))
                .isEqualTo("cannot read index.json in " + location() + ": index.json is a symbolic link to " + secret
                        + ", outside the layout directory: the rule reads only files inside the layout; replace the"
                        + " link with the file it names")
                .doesNotContain("secret-hash");
    }

    @Test
    void aMarkerThatLinksOutsideTheLayoutIsRefused() throws Exception {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Path outside = Files.writeString(temp.resolve("marker"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.delete(layout.resolve("oci-layout"));
        Files.createSymbolicLink(layout.resolve("oci-layout"), outside);

        assertThat(sources.failure(reference())).contains("oci-layout is a symbolic link to " + outside + ", outside");
    }

    @Test
    void aBlobThatLinksOutsideTheLayoutIsRefused() throws Exception {
        String manifest = writer().write(null, TestImage.compliantBuild("amd64"))
                .get("digest")
                .asText();
        Path blob = layout.resolve("blobs/sha256/" + manifest.substring("sha256:".length()));
        Path outside = Files.copy(blob, temp.resolve("manifest-outside"));
        Files.delete(blob);
        Files.createSymbolicLink(blob, outside);

        assertThat(sources.failure(reference())).contains("is a symbolic link to " + outside + ", outside");
    }

    @Test
    void linksWithinTheLayoutAndALinkedLayoutDirectoryAreRead() throws Exception {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.move(layout.resolve("index.json"), layout.resolve("index-v1.json"));
        Files.createSymbolicLink(layout.resolve("index.json"), Path.of("index-v1.json"));
        Path linkedLayout = Files.createSymbolicLink(temp.resolve("current"), layout);

        assertThat(sources.resolve("oci:" + linkedLayout).platforms()).hasSize(1);
    }

    @Test
    void fileIsNotALayoutDirectory() {
        writer().write(null, TestImage.compliantBuild("amd64"));
        OciLayoutWriter.archive(layout, temp.resolve("layout.tar"));

        assertThat(sources.failure("oci:" + temp.resolve("layout.tar")))
                .isEqualTo("OCI layout "
                        + temp.resolve("layout.tar")
                        + " is a file, not a directory: for a tar archive write oci-archive:"
                        + temp.resolve("layout.tar"));
    }
}
