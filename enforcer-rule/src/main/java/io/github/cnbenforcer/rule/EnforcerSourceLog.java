package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.source.SourceLog;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/** Source messages into the Enforcer's log, with the rule's name in front. */
final class EnforcerSourceLog implements SourceLog {
    private static final String PREFIX = "cnbBaseImages: ";

    private final EnforcerLogger log;

    EnforcerSourceLog(EnforcerLogger log) {
        this.log = log;
    }

    @Override
    public void debug(String message) {
        log.debug(() -> PREFIX + message);
    }

    @Override
    public void info(String message) {
        log.info(PREFIX + message);
    }

    @Override
    public void warn(String message) {
        log.warn(PREFIX + message);
    }
}
