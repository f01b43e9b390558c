package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.fs.ImageFacts;
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
final class LayerInspection implements FactsProvider {
    private final RuleSettings settings;
    private final SourceLog log;
    private final List<LayerFacts> inspected = new ArrayList<>();

    LayerInspection(RuleSettings settings, SourceLog log) {
        this.settings = settings;
        this.log = log;
    }

    @Override
    public synchronized ImageFacts factsOf(PlatformImage image) {
        if (!settings.inspectLayers()) {
            return ImageFacts.unavailable("layers are not inspected (inspectLayers is false)");
        }
        LayerFacts facts = new LayerFacts(image, settings.layerBudgetBytes(), log::warn);
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
