package io.github.cnbenforcer.check;

import java.util.List;
import java.util.Optional;

/** Every check of the rule, in the order of RULE.md: the one place to scan them. */
public final class Checks {
    private static final List<Check> ALL = List.of();

    private Checks() {
    }

    public static List<Check> all() {
        return ALL;
    }

    public static Optional<Check> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
