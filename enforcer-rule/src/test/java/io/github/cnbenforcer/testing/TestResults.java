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

    /** A result of the build image {@code oci:build} on linux/amd64. */
    public static CheckResult result(String id, Level level, Verdict verdict) {
        return new CheckResult(check(id, level), Role.BUILD, "oci:build", Platform.parse("linux/amd64"), verdict);
    }
}
