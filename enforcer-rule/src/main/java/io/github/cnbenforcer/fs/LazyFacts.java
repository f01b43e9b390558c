package io.github.cnbenforcer.fs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Facts made on the first question and kept for the rest: until a check asks, nothing is read. */
public final class LazyFacts implements ImageFacts {
    private final Supplier<ImageFacts> maker;
    private ImageFacts made;

    public LazyFacts(Supplier<ImageFacts> maker) {
        this.maker = maker;
    }

    @Override
    public UserDatabase users() throws FactUnavailableException {
        return made().users();
    }

    @Override
    public Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException {
        return made().stat(absolutePath);
    }

    @Override
    public Optional<Map<String, String>> osRelease() throws FactUnavailableException {
        return made().osRelease();
    }

    @Override
    public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        return made().read(absolutePath, maxBytes);
    }

    @Override
    public Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
        return made().listFiles(absoluteDirectory);
    }

    private synchronized ImageFacts made() {
        if (made == null) {
            made = maker.get();
        }
        return made;
    }
}
