package io.github.cnbenforcer.testing;

import io.github.cnbenforcer.source.SourceLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what sources log at info and warning level (debug lines are dropped). */
public final class RecordingSourceLog implements SourceLog {
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    /** The info lines, in order. */
    public List<String> infos() {
        return List.copyOf(infos);
    }

    /** The warnings, in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void clear() {
        infos.clear();
        warnings.clear();
    }

    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
