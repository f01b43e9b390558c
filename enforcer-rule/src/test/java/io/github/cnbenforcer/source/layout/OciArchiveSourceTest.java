package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.testing.DockerArchiveWriter;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@code oci-archive:PATH[:REF]}: the layout contract on a tar file, and what only archives have. */
class OciArchiveSourceTest extends OciLayoutContractTest {
    @Override
    String reference() {
        OciLayoutWriter.archive(layout, archive());
        return "oci-archive:" + archive();
    }

    @Override
    String location() {
        return "OCI archive " + archive();
    }

    private Path archive() {
        return temp.resolve("layout.tar");
    }

    @Test
    void entryNamesMayStartWithDotSlash() throws Exception {
        writer().write("jammy", TestImage.compliantBuild("arm64"));
        OciLayoutWriter.archive(layout, archive(), "./");

        assertThat(sources.resolve("oci-archive:" + archive() + ":jammy").platforms())
                .containsExactly(Platform.parse("linux/arm64"));
    }

    @Test
    void missingFileIsNamed() {
        assertThat(sources.failure("oci-archive:" + archive()))
                .isEqualTo("there is no " + location() + ": the file does not exist");
    }

    @Test
    void directoryIsNotAnArchive() {
        writer().write(null, TestImage.compliantBuild("amd64"));

        assertThat(sources.failure("oci-archive:" + layout))
                .isEqualTo("OCI archive " + layout
                        + " is a directory, not a tar file: for a layout directory write oci:" + layout);
    }

    @Test
    void fileThatIsNoTarIsNamed() throws IOException {
        Files.writeString(archive(), "{\"not\": \"a tar\"}");

        assertThat(sources.failure("oci-archive:" + archive()))
                .isEqualTo(location() + " is not a tar archive (it is 16 bytes, shorter than one tar header)");
    }

    @Test
    void gzippedArchiveIsRecognised() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        OciLayoutWriter.archive(layout, temp.resolve("plain.tar"));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(Files.readAllBytes(temp.resolve("plain.tar")));
        }
        Files.write(archive(), gzipped.toByteArray());

        assertThat(sources.failure("oci-archive:" + archive()))
                .endsWith(": it is gzip-compressed; decompress it first (gunzip)");
    }

    @Test
    void dockerSaveArchiveGetsAHint() {
        DockerArchiveWriter.create()
                .add("example/run:jammy", TestImage.compliantRun("amd64"))
                .writeTo(archive());

        assertThat(sources.failure("oci-archive:" + archive()))
                .isEqualTo(
                        location() + " is not an OCI image layout:"
                                + " it has no oci-layout file; it looks like a 'docker save' archive: read it with docker-archive:PATH");
    }
}
