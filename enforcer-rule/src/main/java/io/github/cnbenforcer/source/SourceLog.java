package io.github.cnbenforcer.source;

/** Where sources report what they do. Messages never hold a credential or a token. */
public interface SourceLog {
    /** Discards every message. */
    SourceLog NONE = new SourceLog() {
        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
    };

    void debug(String message);

    void info(String message);

    void warn(String message);
}
