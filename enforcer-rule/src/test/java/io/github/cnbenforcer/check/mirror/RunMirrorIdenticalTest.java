package io.github.cnbenforcer.check.mirror;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunMirrorIdenticalTest {
    private static final String MIRROR = "mirror.example.com/stacks/run:jammy";

    private final RunMirrorIdentical check = new RunMirrorIdentical();
    private final ImageUnderCheck run = TestImages.run(ConfigBuilder.linux().env("PATH", "/usr/bin"));

    @Test
    void mirrorWithTheSameConfigIsSatisfied() {
        PlatformImage mirror = TestImages.platformImage(MIRROR, run.config());
        assertSatisfied(check.evaluate(run, MIRROR, Optional.of(mirror)))
                .isEqualTo("mirror " + MIRROR + " has the run image's config "
                        + run.image().configDigest().abbreviated());
    }

    @Test
    void mirrorWithAnotherConfigIsAViolation() {
        PlatformImage mirror = TestImages.platformImage(
                MIRROR, ConfigBuilder.linux().env("PATH", "/bin").build());
        assertViolated(check.evaluate(run, MIRROR, Optional.of(mirror)))
                .startsWith("mirror " + MIRROR + " has config sha256:")
                .contains("the run image has sha256:");
    }

    @Test
    void mirrorWithoutThePlatformIsAViolation() {
        assertViolated(check.evaluate(run, MIRROR, Optional.empty()))
                .isEqualTo("mirror " + MIRROR + " offers no platform matching linux/amd64");
    }
}
