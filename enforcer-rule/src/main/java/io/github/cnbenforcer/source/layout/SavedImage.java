package io.github.cnbenforcer.source.layout;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One image of a {@code docker save} archive's {@code manifest.json}: its config file, tags and layer files. */
final class SavedImage {
    private final String config;
    private final List<String> repoTags;
    private final List<String> layers;

    private SavedImage(String config, List<String> repoTags, List<String> layers) {
        this.config = config;
        this.repoTags = Collections.unmodifiableList(repoTags);
        this.layers = Collections.unmodifiableList(layers);
    }

    /**
     * Parses {@code manifest.json}, a list of {@code {"Config", "RepoTags", "Layers"}} objects.
     *
     * @param what names the file in errors
     */
    static List<SavedImage> parseAll(byte[] manifestJson, String what) throws ImageReadException {
        JsonNode json = Json.parse(manifestJson, what);
        if (!json.isArray()) {
            throw new ImageReadException(what + " is not a JSON list of images");
        }
        List<SavedImage> images = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            images.add(parse(json.get(i), "entry " + i + " of " + what));
        }
        return images;
    }

    private static SavedImage parse(JsonNode entry, String what) throws ImageReadException {
        String config = Json.text(entry, "Config");
        if (config == null || config.isEmpty()) {
            throw new ImageReadException(what + " names no Config file");
        }
        JsonNode layers = entry.get("Layers");
        if (layers == null || !layers.isArray()) {
            throw new ImageReadException(what + " has no Layers list");
        }
        return new SavedImage(
                config, texts(entry.get("RepoTags"), what + ", RepoTags"), texts(layers, what + ", Layers"));
    }

    private static List<String> texts(JsonNode array, String what) throws ImageReadException {
        List<String> texts = new ArrayList<>();
        if (array == null || array.isNull()) {
            return texts;
        }
        if (!array.isArray()) {
            throw new ImageReadException(what + " is not a list");
        }
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                throw new ImageReadException(what + " holds " + element + ", which is not a name");
            }
            texts.add(element.asText());
        }
        return texts;
    }

    /** The config file's path in the archive. */
    String config() {
        return config;
    }

    /** The names the image was saved under, e.g. {@code example/run:jammy}; empty for {@code docker save IMAGE-ID}. */
    List<String> repoTags() {
        return repoTags;
    }

    /** The layer files' paths in the archive, bottom first. */
    List<String> layers() {
        return layers;
    }
}
