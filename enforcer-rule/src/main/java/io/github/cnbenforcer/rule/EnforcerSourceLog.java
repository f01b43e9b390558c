package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.report.LogReport;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.text.Escape;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/**
 * The rule's only way into the Maven log: every message becomes exactly one line, after a prefix
 * that tells the rule's lines from the plugin's, escaped as
 * {@link Escape#line} escapes, so that nothing an image or a registry sent can forge a log line or
 * reach the terminal as a control sequence.
 */
final class EnforcerSourceLog implements SourceLog {
    /** Put in front of every line, to tell the rule's lines from the plugin's. */
    static final String PREFIX = "cnbBaseImages: ";

    private final EnforcerLogger log;

    EnforcerSourceLog(EnforcerLogger log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(() -> line(message));
    }

    @Override
    public void info(String message) {
        log.info(line(message));
    }

    @Override
    public void warn(String message) {
        log.warn(line(message));
    }

    /** A line of the run's log; a failing finding is an error, or a warning where the rule's level is WARN. */
    void write(LogReport.Line line) {
        switch (line.severity()) {
            case FAILURE:
                log.warnOrError(line(line.text()));
                break;
            case WARNING:
                warn(line.text());
                break;
            case INFO:
                info(line.text());
                break;
            case DEBUG:
            default:
                debug(line.text());
        }
    }

    private String line(String message) {
        return Escape.line(PREFIX + message);
    }
}
