package io.github.cnbenforcer.check;

/** The identity every check carries: its stable ID, level, scope and the sentence it enforces. */
public abstract class AbstractCheck implements Check {
    private final String id;
    private final Level level;
    private final Scope scope;
    private final String requirement;

    protected AbstractCheck(String id, Level level, Scope scope, String requirement) {
        this.id = id;
        this.level = level;
        this.scope = scope;
        this.requirement = requirement;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Level level() {
        return level;
    }

    @Override
    public final Scope scope() {
        return scope;
    }

    @Override
    public final String requirement() {
        return requirement;
    }

    @Override
    public String toString() {
        return id;
    }
}
