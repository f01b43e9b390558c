package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.cache.FactKey;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.fs.FactsRecord;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.fs.LayerFacts;
import io.github.cnbenforcer.fs.LazyFacts;
import io.github.cnbenforcer.fs.RecordedFacts;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.source.SourceLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The filesystem facts of the images checked: read from their layers, or not at all when
 * {@code inspectLayers} is false. What a read decides is kept in the cache as a {@link FactsRecord}
 * of the layer stack ({@value #FACTS_KIND}, keyed by the layers' digests), so that an image whose
 * layers were read before, in this session or on disk, reads no layer; layers that several images of
 * the run share are read once ({@link SharedLayers}). A layer that could not be read (corrupt,
 * truncated, not fetched) does not leave the checks that needed it {@code unverified}:
 * {@link #requireReadableLayers()} turns it into the error that fails the build.
 */
public final class LayerInspection implements FactsProvider {
    /** The kind of the facts records in the cache; a changed record format or meaning gets a new one. */
    static final String FACTS_KIND = "layer-facts-v2";

    private final boolean inspectLayers;
    private final long budgetBytes;
    private final ImageCache cache;
    private final SourceLog log;
    private final SharedLayers shared = new SharedLayers();
    private final List<LayerFacts> inspected = new ArrayList<>();

    /**
     * @param inspectLayers whether layers are read at all ({@code inspectLayers})
     * @param budgetBytes compressed layer bytes read per image at most ({@code layerBudgetMiB})
     * @param cache where facts read before are kept ({@link ImageCache#NONE} for nowhere)
     * @param log where a layer whose media type claims another compression than it has is told
     */
    public LayerInspection(boolean inspectLayers, long budgetBytes, ImageCache cache, SourceLog log) {
        this.inspectLayers = inspectLayers;
        this.budgetBytes = budgetBytes;
        this.cache = cache;
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
        shared.count(image);
        return image.layers().isEmpty() ? read(image, alsoKept) : new LazyFacts(() -> load(image, alsoKept));
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

    /** Facts that read the image's layers, keeping {@code alsoKept} as the first pass goes by them. */
    private synchronized LayerFacts read(PlatformImage image, KeptFiles alsoKept) {
        LayerFacts facts = new LayerFacts(shared.view(image), budgetBytes, log::warn, alsoKept);
        inspected.add(facts);
        return facts;
    }

    /**
     * The facts of {@code image}: its layers' record in the cache, else what reading them now decides
     * (which is then kept, unless a layer could not be read). The files {@code alsoKept} are not in the
     * record: asking for them reads the layers.
     */
    private ImageFacts load(PlatformImage image, KeptFiles alsoKept) {
        FactKey key = FactKey.of(
                FACTS_KIND, image.layers().stream().map(Descriptor::digest).collect(Collectors.toList()));
        FirstRead firstRead = new FirstRead(image, alsoKept);
        byte[] document;
        try {
            document = cache.fact(key, firstRead::record);
        } catch (UnreadableLayer e) {
            return firstRead.facts;
        }
        if (firstRead.facts != null) {
            return firstRead.facts;
        }
        Optional<FactsRecord> record = FactsRecord.fromJson(document);
        if (record.isEmpty()) {
            return read(image, alsoKept);
        }
        record.get().warnAboutMislabelledLayers(image, log::warn);
        return new RecordedFacts(record.get(), () -> read(image, alsoKept));
    }

    /** Reads an image's layers, when the cache holds no record of them, and records what it decided. */
    private final class FirstRead {
        private final PlatformImage image;
        private final KeptFiles alsoKept;
        private LayerFacts facts;

        FirstRead(PlatformImage image, KeptFiles alsoKept) {
            this.image = image;
            this.alsoKept = alsoKept;
        }

        byte[] record() throws UnreadableLayer {
            facts = read(image, alsoKept);
            FactsRecord record = facts.readAll();
            if (facts.unreadableLayer().isPresent()) {
                throw new UnreadableLayer();
            }
            return record.toJson();
        }
    }

    /** A layer could not be read: the facts of that read are not kept. */
    private static final class UnreadableLayer extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
