package io.github.cnbenforcer.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which platform images of two images are compared: the build image's with the run image's, or the
 * run image's with a mirror's. Only the platforms the rule's {@code platforms} entries select take
 * part ({@link ReferencedImage#selectedBy}). Two single-manifest images are one pair whatever their
 * platforms say (their differences are for the {@code target-*-match} checks to report). With an
 * index on either side, each platform of the first image pairs with the platform of the second that
 * matches it best, as the lifecycle matches targets ({@link Platform#bestMatchIn}); platforms of the
 * second image that nothing pairs with are left alone.
 */
public final class PlatformPairing {
    private final List<Platform> firstOffered;
    private final List<Platform> secondOffered;
    private final List<Platform> entries;
    private final Map<Platform, Optional<Platform>> partners;

    private PlatformPairing(
            List<Platform> firstOffered,
            List<Platform> secondOffered,
            List<Platform> entries,
            Map<Platform, Optional<Platform>> partners) {
        this.firstOffered = List.copyOf(firstOffered);
        this.secondOffered = List.copyOf(secondOffered);
        this.entries = List.copyOf(entries);
        this.partners = Collections.unmodifiableMap(partners);
    }

    /**
     * @param first the image whose every selected platform needs a partner
     * @param second the image that offers partners
     * @param entries the rule's {@code platforms} entries; empty for every platform
     */
    public static PlatformPairing of(ReferencedImage first, ReferencedImage second, List<Platform> entries) {
        Map<Platform, Optional<Platform>> partners =
                partners(first.selectedBy(entries), second.selectedBy(entries), !first.isIndex() && !second.isIndex());
        return new PlatformPairing(first.platforms(), second.platforms(), entries, partners);
    }

    /**
     * @param first the platforms of the image whose every platform needs a partner
     * @param second the platforms of the image that offers partners
     * @param singleManifests whether both images are single manifests (one platform each)
     */
    public static PlatformPairing of(List<Platform> first, List<Platform> second, boolean singleManifests) {
        return new PlatformPairing(first, second, List.of(), partners(first, second, singleManifests));
    }

    private static Map<Platform, Optional<Platform>> partners(
            List<Platform> first, List<Platform> second, boolean singleManifests) {
        Map<Platform, Optional<Platform>> partners = new LinkedHashMap<>();
        if (singleManifests) {
            partners.put(onlyOne(first), Optional.of(onlyOne(second)));
        } else {
            first.forEach(platform -> partners.put(platform, platform.bestMatchIn(second)));
        }
        return partners;
    }

    /** Every platform the first image offers, selected or not. */
    public List<Platform> firstOffered() {
        return firstOffered;
    }

    /** Every platform the second image offers, selected or not. */
    public List<Platform> secondOffered() {
        return secondOffered;
    }

    /** The rule's {@code platforms} entries; empty when every platform is checked. */
    public List<Platform> entries() {
        return entries;
    }

    /** The first image's platforms that take part, each of which needs a partner. */
    public List<Platform> firstSelected() {
        return List.copyOf(partners.keySet());
    }

    /** The partner of one of the first image's platforms; empty when the second image has none. */
    public Optional<Platform> partnerOf(Platform first) {
        return partners.getOrDefault(first, Optional.empty());
    }

    /** The first of the first image's platforms that pairs with {@code second}, if any does. */
    public Optional<Platform> firstPairedWith(Platform second) {
        return partners.entrySet().stream()
                .filter(entry -> entry.getValue().equals(Optional.of(second)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Platform onlyOne(List<Platform> platforms) {
        if (platforms.size() != 1) {
            throw new IllegalArgumentException("a single-manifest image has one platform, not " + platforms);
        }
        return platforms.get(0);
    }
}
