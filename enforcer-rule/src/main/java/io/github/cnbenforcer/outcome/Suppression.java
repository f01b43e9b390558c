package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deviation the stack accepts on purpose: the findings of one check, on one image role and one
 * platform (or all of them), with the reason why, until the last day it holds, if it has one.
 */
public final class Suppression {
    private final String checkId;
    private final Role role;
    private final Platform platform;
    private final String reason;
    private final LocalDate expires;

    /**
     * @param role the role whose findings it accepts, or {@code null} for every role
     * @param platform the platform whose findings it accepts (as a {@code platforms} entry selects
     *     platforms), or {@code null} for every platform
     * @param expires the last day it suppresses, or {@code null} for no end
     */
    public Suppression(String checkId, Role role, Platform platform, String reason, LocalDate expires) {
        this.checkId = Objects.requireNonNull(checkId);
        this.role = role;
        this.platform = platform;
        this.reason = Objects.requireNonNull(reason);
        this.expires = expires;
    }

    public String checkId() {
        return checkId;
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    public String reason() {
        return reason;
    }

    /** The last day it suppresses. */
    public Optional<LocalDate> expires() {
        return Optional.ofNullable(expires);
    }

    /** Whether it has stopped suppressing by {@code today}: it holds up to and including its {@code expires} day. */
    public boolean hasExpiredBy(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** Whether the result is one it is about: its check, and its role and platform where given. */
    public boolean covers(CheckResult result) {
        return result.check().id().equals(checkId)
                && (role == null || role == result.role())
                && (platform == null || platform.matches(result.platform()));
    }

    /** {@code run-user-distinct-uid (image pair, platform linux/amd64, expires 2027-06-30)}, for messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(checkId).append(" (image ");
        text.append(role == null ? "any" : role.label()).append(", platform ");
        text.append(platform == null ? "any" : platform.toString());
        if (expires != null) {
            text.append(", expires ").append(expires);
        }
        return text.append(")").toString();
    }
}
