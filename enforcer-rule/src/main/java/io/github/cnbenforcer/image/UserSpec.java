package io.github.cnbenforcer.image;

import io.github.cnbenforcer.text.Quote;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code User} field of an image config, split as container runtimes split it: {@code user} or
 * {@code user:group}, where each part is a name or a numeric ID.
 */
public final class UserSpec {
    private static final long MAX_ID = 0xFFFF_FFFFL;

    private final String field;
    private final String user;
    private final String group;

    private UserSpec(String field, String user, String group) {
        this.field = field;
        this.user = user;
        this.group = group;
    }

    /** @param field the {@code User} field as written, {@code null} when absent */
    public static UserSpec parse(String field) {
        if (field == null) {
            return new UserSpec(null, "", null);
        }
        int colon = field.indexOf(':');
        if (colon < 0) {
            return new UserSpec(field, field, null);
        }
        String group = field.substring(colon + 1);
        return new UserSpec(field, field.substring(0, colon), group.isEmpty() ? null : group);
    }

    public static UserSpec of(ImageConfig config) {
        return parse(config.user().orElse(null));
    }

    /** The user part: a name, a numeric UID, or empty (no user named: the runtime's default, root). */
    public String user() {
        return user;
    }

    /** The group part, when {@code User} names one. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    public boolean namesUser() {
        return !user.isEmpty();
    }

    public OptionalLong numericUser() {
        return numericId(user);
    }

    /** A part that is a decimal ID (0 to 2^32-1) rather than a name. */
    public static OptionalLong numericId(String part) {
        if (part == null
                || part.isEmpty()
                || part.length() > 10
                || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(part);
        return id <= MAX_ID ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** The field as written, or {@code null} when absent. */
    public String field() {
        return field;
    }

    /** For messages: {@code User '1001:1000'}, or {@code User (not set)}. */
    public String label() {
        return "User " + Quote.of(field);
    }

    @Override
    public String toString() {
        return field == null ? "" : field;
    }
}
