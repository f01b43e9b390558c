package io.github.cnbenforcer.fs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The facts of an image answered from a {@link FactsRecord} of its layers, without reading them; a
 * question the record did not decide is answered by reading the layers after all.
 */
public final class RecordedFacts implements ImageFacts {
    private final FactsRecord record;
    private final ImageFacts layers;

    /** @param layers makes the facts that read the layers, on the first question the record leaves open */
    public RecordedFacts(FactsRecord record, Supplier<ImageFacts> layers) {
        this.record = record;
        this.layers = new LazyFacts(layers);
    }

    @Override
    public UserDatabase users() throws FactUnavailableException {
        Optional<UserDatabase> users = record.users();
        return users.isPresent() ? users.get() : layers.users();
    }

    @Override
    public Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException {
        Optional<Optional<FileMetadata>> entry = record.entry(absolutePath);
        return entry.isPresent() ? entry.get() : layers.stat(absolutePath);
    }

    @Override
    public Optional<Map<String, String>> osRelease() throws FactUnavailableException {
        Optional<Optional<Map<String, String>>> osRelease = record.osRelease();
        return osRelease.isPresent() ? osRelease.get() : layers.osRelease();
    }

    /** Files are not in the record: their content and listings are read from the layers. */
    @Override
    public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        return layers.read(absolutePath, maxBytes);
    }

    @Override
    public Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
        return layers.listFiles(absoluteDirectory);
    }
}
