package io.github.cnbenforcer.rule;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/** Keeps every message the rule logs, as Maven would print it ({@code [WARNING] …}), debug included. */
final class RecordingLog implements EnforcerLogger {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    /** The messages, each with its level in front, in the order they were logged. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    private void add(String level, CharSequence message) {
        lines.add("[" + level + "] " + message);
    }

    @Override
    public void warnOrError(CharSequence message) {
        add("WARNING", message);
    }

    @Override
    public void warnOrError(Supplier<CharSequence> message) {
        add("WARNING", message.get());
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence message) {
        add("DEBUG", message);
    }

    @Override
    public void debug(Supplier<CharSequence> message) {
        add("DEBUG", message.get());
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence message) {
        add("INFO", message);
    }

    @Override
    public void info(Supplier<CharSequence> message) {
        add("INFO", message.get());
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence message) {
        add("WARNING", message);
    }

    @Override
    public void warn(Supplier<CharSequence> message) {
        add("WARNING", message.get());
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence message) {
        add("ERROR", message);
    }

    @Override
    public void error(Supplier<CharSequence> message) {
        add("ERROR", message.get());
    }
}
