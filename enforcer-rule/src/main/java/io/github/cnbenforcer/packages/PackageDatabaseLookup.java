package io.github.cnbenforcer.packages;

import java.util.Objects;
import java.util.Optional;

/** What looking for an image's package database found: a database, none, or one the rule does not read. */
public final class PackageDatabaseLookup {
    /** The three outcomes. */
    public enum State {
        FOUND,
        /** The image has no package database (a static or scratch image, or one that deleted it). */
        ABSENT,
        /** The image has a database in a format the rule does not read (RPM). */
        NOT_READ
    }

    private final State state;
    private final PackageDatabase database;
    private final String reason;

    private PackageDatabaseLookup(State state, PackageDatabase database, String reason) {
        this.state = state;
        this.database = database;
        this.reason = reason;
    }

    static PackageDatabaseLookup found(PackageDatabase database) {
        return new PackageDatabaseLookup(State.FOUND, Objects.requireNonNull(database), null);
    }

    static PackageDatabaseLookup absent(String reason) {
        return new PackageDatabaseLookup(State.ABSENT, null, reason);
    }

    static PackageDatabaseLookup notRead(String reason) {
        return new PackageDatabaseLookup(State.NOT_READ, null, reason);
    }

    public State state() {
        return state;
    }

    /** The database, when {@link State#FOUND}. */
    public Optional<PackageDatabase> database() {
        return Optional.ofNullable(database);
    }

    /** Why there is no database to compare, when not {@link State#FOUND}: one sentence for an unverified check. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public String toString() {
        return state == State.FOUND ? database.toString() : state + ": " + reason;
    }
}
