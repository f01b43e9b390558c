package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.fs.LayerFacts;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.source.SourceLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filesystem facts of the images checked: read from their layers, or not at all when
 * {@code inspectLayers} is false. A layer that could not be read (corrupt, truncated, not fetched)
 * does not leave the checks that needed it {@code unverified}: {@link #requireReadableLayers()} turns
 * it into the error that fails the build.
 */
public final class LayerInspection implements FactsProvider {
    private final boolean inspectLayers;
    private final long budgetBytes;
    private final SourceLog log;
    private final List<LayerFacts> inspected = new ArrayList<>();

    /**
     * @param inspectLayers whether layers are read at all ({@code inspectLayers})
     * @param budgetBytes compressed layer bytes read per image at most ({@code layerBudgetMiB})
     * @param log where a layer whose media type claims another compression than it has is told
     */
    public LayerInspection(boolean inspectLayers, long budgetBytes, SourceLog log) {
        this.inspectLayers = inspectLayers;
        this.budgetBytes = budgetBytes;
        this.log = log;
    }

    @Override
    public ImageFacts factsOf(PlatformImage image) {
        return factsOf(image, KeptFiles.NONE);
    }

    @Override
    public synchronized ImageFacts factsOf(PlatformImage image, KeptFiles alsoKept) {
        if (!inspectLayers) {
            return ImageFacts.unavailable("layers are not inspected (inspectLayers is false)");
        }
        LayerFacts facts = new LayerFacts(image, budgetBytes, log::warn, alsoKept);
        inspected.add(facts);
        return facts;
    }

    /** Fails with the first layer that could not be read, if any. */
    synchronized void requireReadableLayers() throws ImageReadException {
        for (LayerFacts facts : inspected) {
            Optional<String> unreadable = facts.unreadableLayer();
            if (unreadable.isPresent()) {
                throw new ImageReadException(unreadable.get());
            }
        }
    }
}
