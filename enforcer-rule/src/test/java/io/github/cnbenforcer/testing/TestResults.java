package io.github.cnbenforcer.testing;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Platform;

/** Checks and their results made up in tests of what comes after the checks: outcomes and reports. */
public final class TestResults {
    private TestResults() {}

    /** A check of that ID and level, of the build image. */
    public static Check check(String id, Level level) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Level level() {
                return level;
            }

            @Override
            public Scope scope() {
                return Scope.BUILD;
            }

            @Override
            public String requirement() {
                return "test requirement";
            }
        };
    }

    /**
     * A violated {@code build-path} whose reference, platform and message carry a forged log line and
     * a terminal escape, as a hostile image would have them.
     */
    public static CheckResult hostile() {
        return new CheckResult(
                check("build-path", Level.MUST),
                Role.BUILD,
                "oci:build\n[ERROR] ref",
                Platform.of("linux\n[ERROR] forged", "amd64\u001b]0;x\u0007", null),
                Verdict.violated("PATH is 'a\n[ERROR] forged'"));
    }

    /** A result of the build image {@code oci:build} on linux/amd64. */
    public static CheckResult result(String id, Level level, Verdict verdict) {
        return new CheckResult(check(id, level), Role.BUILD, "oci:build", Platform.parse("linux/amd64"), verdict);
    }
}
