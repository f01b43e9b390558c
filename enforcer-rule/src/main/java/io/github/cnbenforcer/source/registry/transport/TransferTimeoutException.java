package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.source.Deadline;
import java.time.Duration;

/**
 * A request to a registry ran out of time: which limit ended it ({@link Kind}), the registry, the
 * request and the limit. The message is built here; callers branch on the fields.
 */
public final class TransferTimeoutException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** Which limit ended the request. */
    public enum Kind {
        /** Connected, then no answer, or no further bytes of one, within the timeout. */
        NO_ANSWER,
        /** The answer came slower than the minimum transfer rate: its request deadline passed. */
        TOO_SLOW,
        /** The rule's own deadline passed. */
        RULE_DEADLINE
    }

    private final Kind kind;
    private final String host;
    private final String request;
    private final Duration limit;

    /**
     * @param request what was asked, e.g. {@code GET /v2/stacks/run/manifests/jammy}
     * @param limit the limit that passed: the timeout, the request deadline, or the rule's deadline
     * @param detail how the limit came about, for {@code TOO_SLOW} and {@code RULE_DEADLINE}; may be empty
     */
    public TransferTimeoutException(Kind kind, String host, String request, Duration limit, String detail) {
        super(message(kind, host, request, limit, detail));
        this.kind = kind;
        this.host = host;
        this.request = request;
        this.limit = limit;
    }

    /** The rule's deadline passed while {@code host} was asked {@code request}. */
    public static TransferTimeoutException ruleDeadline(Deadline deadline, String host, String request) {
        return new TransferTimeoutException(Kind.RULE_DEADLINE, host, request, deadline.length(), deadline.describe());
    }

    public Kind kind() {
        return kind;
    }

    public String host() {
        return host;
    }

    public String request() {
        return request;
    }

    public Duration limit() {
        return limit;
    }

    private static String message(Kind kind, String host, String request, Duration limit, String detail) {
        long seconds = limit.getSeconds();
        switch (kind) {
            case TOO_SLOW:
                return host + " did not finish answering " + request + " within " + seconds + " s (" + detail + ")";
            case RULE_DEADLINE:
                return detail + " passed while waiting for " + host + " to answer " + request;
            case NO_ANSWER:
            default:
                return host + " accepted the connection, then sent no data for " + seconds + " s while answering "
                        + request;
        }
    }
}
