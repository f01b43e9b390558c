package io.github.cnbenforcer.reference;

import io.github.cnbenforcer.image.Digest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image in a registry, {@code [host[:port]/]repository[:tag][@digest]}, parsed by the grammar of
 * the distribution project's {@code reference} package (Docker's): the first component is the
 * registry when it holds a {@code .} or a {@code :}, is {@code localhost} or is not lowercase;
 * otherwise the image is on Docker Hub, where a single-component name is an official image
 * ({@code ubuntu} is {@code docker.io/library/ubuntu}).
 */
public final class RegistryReference {
    /** The names of Docker Hub; all of them read as {@code docker.io}. */
    public static final List<String> DOCKER_HUB_NAMES =
            List.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

    private static final String DOCKER_HUB = "docker.io";
    private static final String OFFICIAL_IMAGES = "library/";
    /** Longest repository path (without the registry) the grammar allows. */
    static final int MAX_REPOSITORY_CHARS = 255;
    /** Longer text is refused before any pattern looks at it. */
    private static final int MAX_TEXT_CHARS = 1024;

    private static final String ALPHANUMERIC = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|-+)";
    private static final String PATH_COMPONENT = ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
    private static final Pattern REPOSITORY = Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final Pattern REGISTRY = Pattern.compile(
            "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
    private static final Pattern IMAGE_ID = Pattern.compile("[a-f0-9]{64}");

    private final String registry;
    private final String repository;
    private final String tag;
    private final String digest;

    private RegistryReference(String registry, String repository, String tag, String digest) {
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
    }

    /**
     * Parses a reference as {@code docker pull} reads it.
     *
     * @throws IllegalArgumentException with what is wrong, e.g. "the repository name must be lowercase"
     */
    public static RegistryReference parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the reference is empty");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("the reference is longer than " + MAX_TEXT_CHARS + " characters");
        }
        if (IMAGE_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("a 64-digit hexadecimal string is an image ID, not a repository name");
        }
        int at = text.indexOf('@');
        String name = at < 0 ? text : text.substring(0, at);
        String digest = at < 0 ? null : digest(text.substring(at + 1));
        int colon = name.lastIndexOf(':');
        String tag = null;
        if (colon > name.lastIndexOf('/')) {
            tag = tag(name.substring(colon + 1));
            name = name.substring(0, colon);
        }
        int slash = name.indexOf('/');
        String first = slash < 0 ? "" : name.substring(0, slash);
        boolean hasRegistry = first.contains(".")
                || first.contains(":")
                || first.equals("localhost")
                || !first.toLowerCase(Locale.ROOT).equals(first);
        String registry = hasRegistry ? registry(first) : DOCKER_HUB;
        String repository = repository(hasRegistry ? name.substring(slash + 1) : name, registry);
        return new RegistryReference(registry, repository, tag, digest);
    }

    private static String registry(String text) {
        if (!REGISTRY.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a registry host[:port]");
        }
        return DOCKER_HUB_NAMES.contains(text.toLowerCase(Locale.ROOT)) ? DOCKER_HUB : text;
    }

    private static String repository(String text, String registry) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("it names no repository");
        }
        String repository = registry.equals(DOCKER_HUB) && text.indexOf('/') < 0 ? OFFICIAL_IMAGES + text : text;
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException(
                    REPOSITORY.matcher(repository.toLowerCase(Locale.ROOT)).matches()
                            ? "the repository name must be lowercase"
                            : "a repository name is made of components of a-z and 0-9, joined by '.', '_', '__' or"
                                    + " dashes, separated by '/'");
        }
        if (repository.length() > MAX_REPOSITORY_CHARS) {
            throw new IllegalArgumentException(
                    "the repository name is longer than " + MAX_REPOSITORY_CHARS + " characters");
        }
        return repository;
    }

    private static String tag(String text) {
        if (!TAG.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "the tag is not 1 to 128 letters, digits, '_', '.' and '-' (not starting with '.' or '-')");
        }
        return text;
    }

    private static String digest(String text) {
        if (!Digest.isValid(text)) {
            throw new IllegalArgumentException(
                    "the digest is not sha256: with 64 or sha512: with 128 lowercase hex digits");
        }
        return text;
    }

    /** {@code docker.io} for Docker Hub, else {@code host[:port]} as written. */
    public String registry() {
        return registry;
    }

    /** The repository path, e.g. {@code library/ubuntu} or {@code acme/stacks/run}. */
    public String repository() {
        return repository;
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    /**
     * What to ask the registry for: the digest when there is one (it pins the content even next to
     * a tag, as Docker reads it), else the tag, else {@code latest}.
     */
    public String qualifier() {
        return digest != null ? digest : tag != null ? tag : "latest";
    }

    /** {@code registry/repository[:tag][@digest]}. */
    @Override
    public String toString() {
        return registry + "/" + repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistryReference && other.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
