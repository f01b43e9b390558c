package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;

/**
 * One {@code <suppression>} of the rule's {@code <suppressions>}, as Maven sets it: Maven finds this
 * class by the element's name in the rule's package, makes it with the constructor without arguments
 * and sets its fields. {@link #validated} turns it into what the outcome applies.
 */
public final class Suppression {
    /** The ID of the check whose findings are accepted (required). */
    private String check;

    /** {@code build}, {@code run}, {@code mirror}, {@code pair} or {@code builder}: the findings of that image only. */
    private String image;

    /** {@code os/arch[/variant]}: the findings of the platforms it selects only. */
    private String platform;

    /** Why the deviation is accepted (required). */
    private String reason;

    /** {@code YYYY-MM-DD}: the last day it suppresses. */
    private String expires;

    public Suppression() {}

    Suppression(String check, String image, String platform, String reason, String expires) {
        this.check = check;
        this.image = image;
        this.platform = platform;
        this.reason = reason;
        this.expires = expires;
    }

    /** The {@code <suppression>} entries, each checked against the rule's checks. */
    public static List<io.github.cnbenforcer.outcome.Suppression> validated(
            List<Suppression> entries, List<Check> checks) throws EnforcerRuleError {
        List<io.github.cnbenforcer.outcome.Suppression> suppressions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            suppressions.add(entries.get(i).validated(i + 1, checks));
        }
        return suppressions;
    }

    /**
     * The suppression, checked against the rule's checks.
     *
     * @param position its place in {@code <suppressions>}, from 1, for messages
     */
    io.github.cnbenforcer.outcome.Suppression validated(int position, List<Check> checks) throws EnforcerRuleError {
        String where = "cnbBaseImages: <suppression> " + position + " ";
        Check named = checks.stream()
                .filter(c -> c.id().equals(trimmed(check)))
                .findFirst()
                .orElseThrow(() -> new EnforcerRuleError(where
                        + (isBlank(check)
                                ? "has no <check>"
                                : "names the check '" + check.trim() + "', which does not exist")
                        + ": write one of " + ids(checks)));
        if (isBlank(reason)) {
            throw new EnforcerRuleError(where + "(" + named.id() + ") has no <reason>: say why the deviation is"
                    + " accepted, for example <reason>build and run images share one user by design</reason>");
        }
        return new io.github.cnbenforcer.outcome.Suppression(
                named.id(), role(where, named), platform(where), reason.trim(), expires(where));
    }

    private Role role(String where, Check named) throws EnforcerRuleError {
        if (isBlank(image)) {
            return null;
        }
        Optional<Role> role = Arrays.stream(Role.values())
                .filter(r -> r.label().equals(image.trim()))
                .findFirst();
        if (role.isEmpty()) {
            throw new EnforcerRuleError(where + "has <image>" + image.trim() + "</image>: write one of "
                    + labels(r -> true) + ", or leave it out for every image");
        }
        if (!named.scope().reports(role.get())) {
            throw new EnforcerRuleError(where + "has <image>" + image.trim() + "</image>, but " + named.id()
                    + " has no findings about the " + role.get().description() + ": write one of "
                    + labels(named.scope()::reports) + ", or leave it out");
        }
        return role.get();
    }

    private Platform platform(String where) throws EnforcerRuleError {
        try {
            return isBlank(platform) ? null : Platform.parse(platform);
        } catch (IllegalArgumentException e) {
            throw new EnforcerRuleError(where + "<platform> " + e.getMessage());
        }
    }

    private LocalDate expires(String where) throws EnforcerRuleError {
        try {
            return isBlank(expires) ? null : LocalDate.parse(expires.trim());
        } catch (DateTimeParseException e) {
            throw new EnforcerRuleError(where + "has <expires>" + expires.trim() + "</expires>, which is not a date:"
                    + " write the last day it holds as YYYY-MM-DD, for example 2027-06-30");
        }
    }

    private static String labels(Predicate<Role> which) {
        return Arrays.stream(Role.values()).filter(which).map(Role::label).collect(Collectors.joining(", "));
    }

    private static String ids(List<Check> checks) {
        return checks.stream().map(Check::id).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
