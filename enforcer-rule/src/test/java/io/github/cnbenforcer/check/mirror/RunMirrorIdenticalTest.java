package io.github.cnbenforcer.check.mirror;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.TestImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunMirrorIdenticalTest {
    private static final String MIRROR = "mirror.example.com/stacks/run:jammy";

    private final RunMirrorIdentical check = new RunMirrorIdentical();
    private final ImageUnderCheck run =
            TestImage.linux().env("PATH", "/usr/bin").asRun();

    @Test
    void mirrorWithTheSameConfigIsSatisfied() {
        PlatformImage mirror = TestImage.linux().env("PATH", "/usr/bin").platformImage(MIRROR);
        assertSatisfied(check.evaluate(run, MIRROR, Optional.of(mirror)))
                .isEqualTo("mirror " + MIRROR + " has the run image's config "
                        + run.image().configDigest().abbreviated());
    }

    @Test
    void mirrorWithAnotherConfigIsAViolation() {
        PlatformImage mirror = TestImage.linux().env("PATH", "/bin").platformImage(MIRROR);
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
