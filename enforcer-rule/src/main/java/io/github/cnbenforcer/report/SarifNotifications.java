package io.github.cnbenforcer.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.SuppressionUse;
import io.github.cnbenforcer.text.Escape;

/**
 * The SARIF invocation of a run: whether the rule could read the images, and what it has to say
 * besides the results: why it could not, which suppressions expired or are stale.
 */
final class SarifNotifications {
    private SarifNotifications() {}

    static ObjectNode invocation(Outcome outcome) {
        ObjectNode invocation = Json.object();
        invocation.put("executionSuccessful", outcome.error() == null);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        if (outcome.error() != null) {
            add(notifications, "error", outcome.error());
        }
        for (SuppressionUse use : outcome.suppressions()) {
            use.warning().ifPresent(warning -> add(notifications, "warning", warning));
        }
        return invocation;
    }

    private static void add(ArrayNode notifications, String level, String text) {
        ObjectNode notification = notifications.addObject().put("level", level);
        notification.putObject("message").put("text", Escape.line(text));
    }
}
