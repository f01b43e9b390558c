package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.UserSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The filesystem facts of one platform image, read from its layers on the first question and
 * remembered. The first question reads, in the same top-down pass, everything the checks are
 * expected to ask: {@code /etc/passwd}, {@code /etc/group}, {@code /etc/os-release}, and the home
 * directory ({@code HOME} of the config, and the {@code /etc/passwd} home of the config's
 * {@code User}), and keeps the {@link KeptFiles} it goes by. Methods are synchronized, for use by one
 * check after another.
 */
public final class LayerFacts implements ImageFacts {
    static final String PASSWD = "/etc/passwd";
    static final String GROUP = "/etc/group";
    static final String OS_RELEASE = "/etc/os-release";
    /**
     * What {@code /etc/os-release} usually links to: kept as the pass goes by it, so that a link read
     * after it needs no second read. It is never read as os-release of its own.
     */
    static final String USUAL_OS_RELEASE_TARGET = "/usr/lib/os-release";

    private final PlatformImage image;
    private final KeptFiles keptFiles;
    private final LayeredFilesystem filesystem;
    private final Map<String, Optional<FileMetadata>> stats = new HashMap<>();
    private UserDatabase users;
    private Optional<Map<String, String>> osRelease;

    /**
     * @param budgetBytes compressed layer bytes that may be read for this image, over all questions
     *     (the rule's {@code layerBudgetMiB})
     * @param warnings where a layer whose media type claims another compression than it has is told
     */
    public LayerFacts(PlatformImage image, long budgetBytes, Consumer<String> warnings) {
        this(image, budgetBytes, warnings, KeptFiles.NONE);
    }

    /** @param keptFiles files a check will read too, kept as the first pass goes by them */
    public LayerFacts(PlatformImage image, long budgetBytes, Consumer<String> warnings, KeptFiles keptFiles) {
        this.image = image;
        this.keptFiles = keptFiles;
        this.filesystem =
                new LayeredFilesystem(image, ReadBudget.forLayerBudget(budgetBytes), this::expectedQuestions, warnings);
    }

    @Override
    public synchronized UserDatabase users() throws FactUnavailableException {
        if (users == null) {
            List<PasswdEntry> passwd = filesystem
                    .read(PASSWD)
                    .map(bytes -> UserFileParser.passwd(text(bytes)))
                    .orElse(List.of());
            List<GroupEntry> groups = filesystem
                    .read(GROUP)
                    .map(bytes -> UserFileParser.group(text(bytes)))
                    .orElse(List.of());
            users = new UserDatabase(passwd, groups);
        }
        return users;
    }

    @Override
    public synchronized Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException {
        Optional<FileMetadata> metadata = stats.get(absolutePath);
        if (metadata == null) {
            metadata = filesystem.stat(absolutePath);
            stats.put(absolutePath, metadata);
        }
        return metadata;
    }

    /**
     * Only {@code /etc/os-release}, symlinks followed, as the lifecycle reads it
     * ({@code DefaultDetector} in its {@code internal/fsutil/os_detection.go}): an image with only
     * {@code /usr/lib/os-release} has none.
     */
    @Override
    public synchronized Optional<Map<String, String>> osRelease() throws FactUnavailableException {
        if (osRelease == null) {
            osRelease = filesystem.read(OS_RELEASE).map(bytes -> OsReleaseParser.parse(text(bytes)));
        }
        return osRelease;
    }

    @Override
    public synchronized Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        return filesystem.read(absolutePath, maxBytes);
    }

    @Override
    public synchronized Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
        return filesystem.listFiles(absoluteDirectory);
    }

    /**
     * Everything the first read decides, asked at once (which reads the layers now, if they were not
     * read yet): the users and groups, os-release, and the entries of the home directories that
     * {@code HOME} and the {@code /etc/passwd} entry of {@code User} name. What cannot be decided is
     * left out of the record.
     */
    public synchronized FactsRecord readAll() {
        UserDatabase database = decided(this::users);
        Optional<Map<String, String>> release = decided(this::osRelease);
        Map<String, Optional<FileMetadata>> entries = new LinkedHashMap<>();
        List<String> homes = new ArrayList<>();
        configuredHome().ifPresent(homes::add);
        if (database != null) {
            homeOf(database).ifPresent(homes::add);
        }
        for (String home : homes) {
            Optional<FileMetadata> entry = decided(() -> stat(home));
            if (entry != null) {
                entries.put(home, entry);
            }
        }
        return new FactsRecord(database, release, entries, filesystem.compressions());
    }

    /**
     * Why this image fails the build, if one of its layers could not be read (corrupt, truncated, not
     * fetched): the questions it left undecided are not {@code unverified}, the image is unreadable.
     */
    public synchronized Optional<String> unreadableLayer() {
        return filesystem.unreadableLayer();
    }

    /** Compressed layer bytes read so far for this image. */
    public synchronized long bytesRead() {
        return filesystem.bytesRead();
    }

    private List<PathQuestion> expectedQuestions(LayeredFilesystem knownSoFar) {
        List<PathQuestion> questions = new ArrayList<>(keptFiles.questions());
        questions.add(PathQuestion.content(PASSWD, LayeredFilesystem.MAX_FILE_BYTES));
        questions.add(PathQuestion.content(GROUP, LayeredFilesystem.MAX_FILE_BYTES));
        questions.add(PathQuestion.content(OS_RELEASE, LayeredFilesystem.MAX_FILE_BYTES));
        questions.add(PathQuestion.contentIfSeen(USUAL_OS_RELEASE_TARGET, LayeredFilesystem.MAX_FILE_BYTES));
        configuredHome().ifPresent(home -> questions.add(PathQuestion.entry(home)));
        knownSoFar
                .keptContent(PASSWD)
                .flatMap(passwd -> homeOf(new UserDatabase(UserFileParser.passwd(text(passwd)), List.of())))
                .ifPresent(home -> questions.add(PathQuestion.entry(home)));
        return questions;
    }

    /** {@code HOME} of the config, if it is an absolute path. */
    private Optional<String> configuredHome() {
        return image.config().envValue("HOME").filter(home -> home.startsWith("/"));
    }

    /** The {@code /etc/passwd} home of the config's {@code User} (root when unset). */
    private Optional<String> homeOf(UserDatabase database) {
        return database.entryOf(UserSpec.of(image.config()))
                .map(PasswdEntry::home)
                .filter(home -> home.startsWith("/"));
    }

    /** The answer to a question, or {@code null} when it cannot be decided. */
    private static <T> T decided(Question<T> question) {
        try {
            return question.ask();
        } catch (FactUnavailableException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Question<T> {
        T ask() throws FactUnavailableException;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
