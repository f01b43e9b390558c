package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.reference.ImageRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The images a layout or archive holds, each under the names it carries, and the choice of one:
 * the image the reference names, or without a name the only image there is.
 *
 * @param <T> what an image is to the caller (an index entry, an archive manifest entry)
 */
final class ImageCatalog<T> {
    private final String location;
    private final String nameSyntax;
    private final BiPredicate<String, String> nameMatches;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    private static final class Entry<T> {
        final T image;
        final String unnamedLabel;
        final List<String> names = new ArrayList<>();

        Entry(T image, String unnamedLabel) {
            this.image = image;
            this.unnamedLabel = unnamedLabel;
        }

        boolean isNamed(String wanted, BiPredicate<String, String> nameMatches) {
            return names.stream().anyMatch(name -> nameMatches.test(wanted, name));
        }

        @Override
        public String toString() {
            return names.isEmpty() ? unnamedLabel : String.join(" or ", names);
        }
    }

    /**
     * @param location names the layout or archive in messages
     * @param nameSyntax how the name is written after the path in a reference: "REF", "REPO:TAG"
     * @param nameMatches whether a wanted name (first argument) is a name the image carries (second)
     */
    ImageCatalog(String location, String nameSyntax, BiPredicate<String, String> nameMatches) {
        this.location = location;
        this.nameSyntax = nameSyntax;
        this.nameMatches = nameMatches;
    }

    /**
     * Adds an image. Entries of the same {@code identity} are one image under several names.
     *
     * @param unnamedLabel shows the image in messages when it has no name, e.g. "<unnamed sha256:2c26…>"
     */
    ImageCatalog<T> add(String identity, T image, Collection<String> names, String unnamedLabel) {
        entries.computeIfAbsent(identity, key -> new Entry<>(image, unnamedLabel))
                .names
                .addAll(names);
        return this;
    }

    /** The image the reference names, or the only one when it names none. */
    T select(ImageRef ref) throws ImageReadException {
        Optional<T> image = find(ref.name());
        if (image.isEmpty()) {
            throw whyNotFound(ref);
        }
        return image.get();
    }

    /** The image {@code wanted} names, or the only one when {@code wanted} is empty; empty if none or several. */
    Optional<T> find(Optional<String> wanted) {
        List<Entry<T>> candidates = wanted.isPresent() ? named(wanted.get()) : new ArrayList<>(entries.values());
        return candidates.size() == 1 ? Optional.of(candidates.get(0).image) : Optional.empty();
    }

    /** Says why {@link #find} found nothing for the reference's name, and what to write. */
    ImageReadException whyNotFound(ImageRef ref) {
        if (entries.isEmpty()) {
            return new ImageReadException(location + " holds no image");
        }
        if (ref.name().isPresent()) {
            String wanted = ref.name().get();
            List<Entry<T>> named = named(wanted);
            if (named.size() > 1) {
                return new ImageReadException(location + " holds " + named.size() + " different images named '" + wanted
                        + "' (" + list(named) + "): keep only one image under that name");
            }
            return new ImageReadException(location + " has no image named '" + wanted + "'; it holds "
                    + count(entries.size()) + " (" + list(entries.values()) + ")");
        }
        return new ImageReadException(location + " holds " + count(entries.size()) + " (" + list(entries.values())
                + "): write " + ref.text() + ":" + nameSyntax + " to choose one" + example(ref));
    }

    private List<Entry<T>> named(String wanted) {
        return entries.values().stream()
                .filter(entry -> entry.isNamed(wanted, nameMatches))
                .collect(Collectors.toList());
    }

    private String example(ImageRef ref) {
        return entries.values().stream()
                .filter(entry -> !entry.names.isEmpty())
                .findFirst()
                .map(entry -> ", for example " + ref.text() + ":" + entry.names.get(0))
                .orElse(", after giving the images names");
    }

    private static String count(int images) {
        return images == 1 ? "1 image" : images + " images";
    }

    private static <T> String list(Collection<Entry<T>> entries) {
        return entries.stream().map(Entry::toString).collect(Collectors.joining(", "));
    }
}
