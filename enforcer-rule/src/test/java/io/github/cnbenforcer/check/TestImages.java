package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Manifest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Images for check tests: a config built in code, a one-config manifest, and facts in memory. */
public final class TestImages {
    public static final String BUILD_REFERENCE = "registry.example.com/stacks/build:jammy";
    public static final String RUN_REFERENCE = "registry.example.com/stacks/run:jammy";

    private TestImages() {}

    public static ImageUnderCheck build(ConfigBuilder config, ImageFacts facts) {
        return new ImageUnderCheck(Role.BUILD, platformImage(BUILD_REFERENCE, config.build()), facts);
    }

    /** A build image whose layers are not inspected. */
    public static ImageUnderCheck build(ConfigBuilder config) {
        return build(config, FakeFacts.unavailable());
    }

    public static ImageUnderCheck run(ConfigBuilder config, ImageFacts facts) {
        return new ImageUnderCheck(Role.RUN, platformImage(RUN_REFERENCE, config.build()), facts);
    }

    /** A run image whose layers are not inspected. */
    public static ImageUnderCheck run(ConfigBuilder config) {
        return run(config, FakeFacts.unavailable());
    }

    /** A run image (or mirror) paired with {@code build}, its layers not inspected. */
    public static ImageUnderCheck runPairedWith(ConfigBuilder config, ImageUnderCheck build) {
        return new ImageUnderCheck(
                Role.RUN, platformImage(RUN_REFERENCE, config.build()), FakeFacts.unavailable(), build);
    }

    public static PlatformImage platformImage(String reference, ImageConfig config) {
        byte[] raw = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"config\":{"
                        + "\"mediaType\":\"" + MediaTypes.OCI_CONFIG + "\",\"digest\":\"" + config.digest() + "\","
                        + "\"size\":" + config.raw().length + "},\"layers\":[]}")
                .getBytes(StandardCharsets.UTF_8);
        try {
            Manifest manifest =
                    Manifest.parse(Descriptor.of(MediaTypes.OCI_MANIFEST, Digest.sha256(raw), raw.length), raw);
            return new PlatformImage(reference, config.platform(), manifest, config, new NoContent());
        } catch (ImageReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks read configs and facts only: any read of content is a mistake in the test. */
    private static final class NoContent implements ImageContent {
        @Override
        public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
            throw new ImageReadException("test images have no content: " + descriptor);
        }

        @Override
        public InputStream open(Descriptor descriptor) throws ImageReadException {
            throw new ImageReadException("test images have no content: " + descriptor);
        }
    }
}
