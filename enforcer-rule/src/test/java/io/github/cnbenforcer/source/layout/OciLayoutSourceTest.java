package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
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
