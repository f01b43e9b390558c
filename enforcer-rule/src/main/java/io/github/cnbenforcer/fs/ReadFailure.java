package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.image.ImageReadException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Why reading an image's layers stopped, told for each path it leaves undecided; and, when a layer
 * could not be read at all (corrupt, or not fetched), the error that fails the build, since the
 * rule never passes what it could not read. A limit of the budget only leaves paths undecided.
 */
final class ReadFailure {
    private final UnaryOperator<String> reasonForPath;
    private final String imageError;

    private ReadFailure(UnaryOperator<String> reasonForPath, String imageError) {
        this.reasonForPath = reasonForPath;
        this.imageError = imageError;
    }

    String reasonFor(String path) {
        return reasonForPath.apply(path);
    }

    /** The error that fails the build: empty when reading stopped at a limit the rule set itself. */
    Optional<String> imageError() {
        return Optional.ofNullable(imageError);
    }

    static ReadFailure limitReached(ReadLimitException.Limit limit, ReadBudget budget, String reference) {
        switch (limit) {
            case DECOMPRESSED_BYTES:
                return new ReadFailure(
                        path -> "the layers of " + reference + " decompressed to more than "
                                + size(budget.decompressedLimit()) + " (" + ReadBudget.DECOMPRESSION_FACTOR
                                + " times layerBudgetMiB) before " + path + " was found, an extreme compression"
                                + " ratio; if the image is genuine, raise layerBudgetMiB",
                        null);
            case METADATA:
                return new ReadFailure(
                        path -> "the layers of " + reference + " hold too many entries, or too large files for"
                                + " the checks, before " + path + " was found: remembering them would take more than "
                                + size(budget.metadataLimit()) + " of heap (an eighth of layerBudgetMiB); raise"
                                + " layerBudgetMiB",
                        null);
            case COMPRESSED_BYTES:
            default:
                return new ReadFailure(
                        path -> "read " + size(budget.compressedLimit()) + " of the layers of " + reference
                                + " (layerBudgetMiB) before finding " + path + "; raise layerBudgetMiB, or set"
                                + " inspectLayers to false to skip the checks that read layers",
                        null);
        }
    }

    /**
     * A layer could not be read to the end. Not opened or not fetched ({@link ImageReadException},
     * {@link FetchException}): the source's own error. Anything else (not gzip, zstd or tar,
     * truncated, a digest that differs): the layer is corrupt.
     */
    static ReadFailure unreadable(String layer, String reference, Exception cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String error = cause instanceof ImageReadException || cause instanceof FetchException
                ? "cannot read " + layer + " of " + reference + ": " + why
                : layer + " of " + reference + " is corrupt (" + why + "): push or copy the image again, or set"
                        + " <inspectLayers>false</inspectLayers> to skip the checks that read layers";
        return new ReadFailure(
                path -> "cannot look for " + path + " in " + reference + ": " + layer + " is unreadable: " + why,
                error);
    }

    static String size(long bytes) {
        long mebibyte = 1024L * 1024;
        if (bytes % mebibyte == 0) {
            return bytes / mebibyte + " MiB";
        }
        return bytes < mebibyte ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) mebibyte);
    }
}
