package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.text.Escape;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/**
 * The rule's only way into the Maven log: every message becomes exactly one line, escaped as
 * {@link Escape#line} escapes, so that nothing an image or a registry sent can forge a log line or
 * reach the terminal as a control sequence.
 */
final class EnforcerSourceLog implements SourceLog {
    /** Put in front of what sources log, to tell their lines from the plugin's. */
    static final String SOURCE_PREFIX = "cnbBaseImages: ";

    private final EnforcerLogger log;
    private final String prefix;

    EnforcerSourceLog(EnforcerLogger log, String prefix) {
        this.log = log;
        this.prefix = prefix;
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

    private String line(String message) {
        return Escape.line(prefix + message);
    }
}
