package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.tar.TarHeader;
import io.github.cnbenforcer.tar.TarReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The filesystem of one image, read from its layers on demand: top layer first, stopping as soon as
 * every question is decided: found, hidden by a whiteout or opaque directory of a higher layer, or
 * absent from every layer.
 *
 * <p>Layers are streamed, never stored. Each entry read leaves its metadata behind (see
 * {@link VisibleEntries}), so that a later question about a layer already read is answered without
 * reading it again; only the content of the files questions need is kept. A later question about
 * lower layers continues where reading stopped. Reading a layer again happens only to continue a
 * layer left part-way (its read entries are skipped), or to fetch the content of a file that became
 * interesting after it was passed (e.g. a symlink target in a higher layer), and then only that
 * layer, up to that entry.
 */
final class LayeredFilesystem {
    /** Largest file whose content is read, unless a question asks for more. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final ImageLayers layers;
    private final ReadBudget budget;
    private final ExpectedQuestions expected;
    private final VisibleEntries entries;
    private final PathResolver resolver;
    /** The next layer to read from, counted from the top. */
    private int layerInProgress;
    /** Entries of that layer already taken in by an earlier pass. */
    private long entriesTakenInLayer;

    private ReadFailure failure;

    /** @param warnings where a layer whose media type claims another compression is told */
    LayeredFilesystem(PlatformImage image, ReadBudget budget, ExpectedQuestions expected, Consumer<String> warnings) {
        this.budget = budget;
        this.entries = new VisibleEntries(budget);
        this.resolver = new PathResolver(entries);
        this.layers = new ImageLayers(image, budget, warnings);
        this.expected = expected;
    }

    /** The entry at an absolute path, symlinks followed; empty when nothing is there. */
    Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException {
        PathResolution resolution = decide(PathQuestion.entry(absolutePath));
        return resolution.state() == PathResolution.State.ABSENT ? Optional.empty() : Optional.of(metadata(resolution));
    }

    /** The content of the file at an absolute path, symlinks followed; empty when nothing is there. */
    Optional<byte[]> read(String absolutePath) throws FactUnavailableException {
        return read(absolutePath, MAX_FILE_BYTES);
    }

    /**
     * The content of the regular file at an absolute path, symlinks followed; empty when nothing is
     * there.
     *
     * @param maxBytes the largest content read: a larger file is a {@link FactUnavailableException}
     */
    Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        PathResolution resolution = decide(PathQuestion.content(absolutePath, maxBytes));
        if (resolution.state() == PathResolution.State.ABSENT) {
            return Optional.empty();
        }
        if (resolution.record().kind() != LayerEntry.Kind.FILE) {
            throw new UnopenablePathException(absolutePath + " in " + layers.reference() + " is not a regular file ("
                    + metadata(resolution) + ")");
        }
        return Optional.of(contentOf(absolutePath, resolution.record(), maxBytes));
    }

    /**
     * The names of the regular files directly in the directory at an absolute path, symlinks to the
     * directory followed, sorted; empty when there is no directory there. Every layer is read, unless
     * one hides what the layers below it hold in the directory.
     */
    Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
        PathResolution resolution = decide(PathQuestion.listing(absoluteDirectory));
        return isDirectory(resolution) ? Optional.of(entries.filesIn(resolution.path())) : Optional.empty();
    }

    /** The content of a file, if what is known now holds it, without reading anything. */
    Optional<byte[]> keptContent(String absolutePath) {
        PathResolution resolution = resolver.resolve(absolutePath);
        return resolution.state() == PathResolution.State.FOUND
                ? Optional.ofNullable(resolution.record().content())
                : Optional.empty();
    }

    /** Why the image fails the build, if a layer could not be read at all (corrupt, or not fetched). */
    Optional<String> unreadableLayer() {
        return failure == null ? Optional.empty() : failure.imageError();
    }

    /** How each layer opened so far is compressed, by its digest. */
    Map<Digest, LayerCompression> compressions() {
        return layers.compressions();
    }

    /** Compressed bytes read so far, over all passes. */
    long bytesRead() {
        return budget.compressedRead();
    }

    private PathResolution decide(PathQuestion question) throws FactUnavailableException {
        if (!question.path().startsWith("/")) {
            throw new FactUnavailableException("'" + question.path() + "' is not an absolute path");
        }
        readUntilDecided(question);
        PathResolution resolution = resolver.resolve(question.path());
        if (resolution.state() == PathResolution.State.LOOP) {
            throw new UnopenablePathException(question.path() + " in " + layers.reference()
                    + " leads through more than " + PathResolver.MAX_SYMLINKS + " symlinks (a symlink loop)");
        }
        if (!resolution.isDecided() || isUnsettledListing(question, resolution)) {
            throw new FactUnavailableException(failure.reasonFor(question.path()));
        }
        return resolution;
    }

    /** Whether a listing question found its directory, but lower layers not read may still add to it. */
    private boolean isUnsettledListing(PathQuestion question, PathResolution decided) {
        return question.isListing() && isDirectory(decided) && !entries.isSettledBelow(decided.path());
    }

    private static boolean isDirectory(PathResolution resolution) {
        return resolution.state() == PathResolution.State.FOUND
                && resolution.record().isDirectory();
    }

    private void readUntilDecided(PathQuestion asked) {
        while (failure == null) {
            ReadPlan plan = plan(asked);
            if (plan.isDone()) {
                return;
            }
            if (layerInProgress == layers.count()) {
                entries.markComplete();
                return;
            }
            readLayer(asked, plan);
        }
    }

    private ReadPlan plan(PathQuestion asked) {
        List<PathQuestion> questions = new ArrayList<>(expected.given(this));
        questions.add(asked);
        ReadPlan plan = new ReadPlan();
        for (PathQuestion question : questions) {
            PathResolution resolution = resolver.resolve(question.path());
            if (!resolution.isDecided()) {
                plan.waitFor(question, resolution);
            } else if (isUnsettledListing(question, resolution)) {
                plan.waitForListing(question, resolution.path());
            }
        }
        return plan;
    }

    /** Reads the layer in progress until the plan is done or the layer ends. */
    private void readLayer(PathQuestion asked, ReadPlan initialPlan) {
        int layer = layerInProgress;
        ReadPlan plan = initialPlan;
        try (TarReader tar = layers.open(layer)) {
            tar.skipEntries(entriesTakenInLayer);
            for (TarHeader header = tar.next(); header != null; header = tar.next()) {
                entriesTakenInLayer++;
                LayerEntry entry = LayerEntry.of(header);
                EntryRecord record = entry == null ? null : entries.add(entry, layer, entriesTakenInLayer);
                if (record == null) {
                    continue;
                }
                int contentLimit = plan.contentLimitOf(entry.path());
                if (entry.kind() == LayerEntry.Kind.FILE && !entry.isSparse() && contentLimit > 0) {
                    keepContent(record, tar.readData(contentLimit));
                }
                if (plan.watches(entry.path())) {
                    plan = plan(asked);
                    if (plan.isDone()) {
                        return;
                    }
                }
            }
            entries.endLayer();
            layerInProgress++;
            entriesTakenInLayer = 0;
        } catch (ImageReadException | IOException e) {
            stopReading(layer, e);
        }
    }

    private byte[] contentOf(String path, EntryRecord record, int maxBytes) throws FactUnavailableException {
        if (record.isSparse()) {
            throw new FactUnavailableException(
                    path + " in " + layers.reference() + " is stored as a sparse file, which the rule does not read");
        }
        if (record.size() > maxBytes) {
            throw new FactUnavailableException(path + " in " + layers.reference() + " has " + record.size()
                    + " bytes; the rule reads files of up to " + ReadFailure.size(maxBytes));
        }
        if (record.content() == null && failure == null) {
            readAgain(record, maxBytes);
        }
        if (record.content() == null) {
            throw new FactUnavailableException(failure.reasonFor(path));
        }
        return record.content();
    }

    /** Reads a file passed by before it was wanted: one layer, up to that entry. */
    private void readAgain(EntryRecord record, int maxBytes) {
        try (TarReader tar = layers.open(record.layer())) {
            tar.skipEntries(record.ordinal() - 1);
            TarHeader header = tar.next();
            if (header == null || !header.isRegularFile() || header.size() != record.size()) {
                throw new IOException("its entry " + record.ordinal() + " differs from when it was first read");
            }
            keepContent(record, tar.readData(maxBytes));
        } catch (ImageReadException | IOException e) {
            stopReading(record.layer(), e);
        }
    }

    /** Keeps a file's content (none when it was larger than asked for), counted in the budget. */
    private void keepContent(EntryRecord record, byte[] content) throws ReadLimitException {
        if (content != null) {
            budget.keep(content.length);
            record.keepContent(content);
        }
    }

    /** No layer is read after a limit is reached or a layer fails: questions not decided by then are unavailable. */
    private void stopReading(int layer, Exception cause) {
        failure = cause instanceof ReadLimitException
                ? ReadFailure.limitReached(((ReadLimitException) cause).limit(), budget, layers.reference())
                : ReadFailure.unreadable(layers.describe(layer), layers.reference(), cause);
    }

    private FileMetadata metadata(PathResolution resolution) {
        EntryRecord record = resolution.record();
        return new FileMetadata(resolution.path(), typeOf(record.kind()), record.uid(), record.gid(), record.mode());
    }

    private static FileMetadata.Type typeOf(LayerEntry.Kind kind) {
        switch (kind) {
            case FILE:
                return FileMetadata.Type.FILE;
            case DIRECTORY:
                return FileMetadata.Type.DIRECTORY;
            case SYMLINK:
                return FileMetadata.Type.SYMLINK;
            default:
                return FileMetadata.Type.OTHER;
        }
    }
}
