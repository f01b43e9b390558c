package io.github.cnbenforcer.fs;

import java.util.Locale;

/** Why reading an image's layers stopped, told for each path it leaves undecided. */
@FunctionalInterface
interface ReadFailure {
    String reasonFor(String path);

    static ReadFailure limitReached(ReadLimitException.Limit limit, ReadBudget budget, String reference) {
        switch (limit) {
            case DECOMPRESSED_BYTES:
                return path -> "the layers of " + reference + " decompressed to more than "
                        + size(budget.decompressedLimit()) + " (" + ReadBudget.DECOMPRESSION_FACTOR
                        + " times layerBudgetMiB) before " + path + " was found, an extreme compression ratio;"
                        + " if the image is genuine, raise layerBudgetMiB";
            case METADATA:
                return path -> "the layers of " + reference + " hold too many entries before " + path
                        + " was found: remembering them would take more than " + size(budget.metadataLimit())
                        + " of heap (an eighth of layerBudgetMiB); raise layerBudgetMiB";
            case COMPRESSED_BYTES:
            default:
                return path -> "read " + size(budget.compressedLimit()) + " of the layers of " + reference
                        + " (layerBudgetMiB) before finding " + path + "; raise layerBudgetMiB, or set"
                        + " inspectLayers to false to skip the checks that read layers";
        }
    }

    /** A layer could not be opened or read to the end: corrupt, truncated, not a tar, or a store error. */
    static ReadFailure unreadable(String layer, String reference, Exception cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return path -> "cannot look for " + path + " in " + reference + ": " + layer + " is unreadable: " + why;
    }

    static String size(long bytes) {
        long mebibyte = 1024L * 1024;
        if (bytes % mebibyte == 0) {
            return bytes / mebibyte + " MiB";
        }
        return bytes < mebibyte ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) mebibyte);
    }
}
