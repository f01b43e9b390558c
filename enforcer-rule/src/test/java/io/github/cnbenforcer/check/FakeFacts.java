package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.FileMetadata;
import io.github.cnbenforcer.fs.GroupEntry;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.PasswdEntry;
import io.github.cnbenforcer.fs.UserDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An image filesystem in memory: users, groups, entries by path, file contents and an optional os-release. */
public final class FakeFacts implements ImageFacts {
    private final List<PasswdEntry> users = new ArrayList<>();
    private final List<GroupEntry> groups = new ArrayList<>();
    private final Map<String, FileMetadata> entries = new HashMap<>();
    private final Map<String, byte[]> contents = new HashMap<>();
    private Map<String, String> osRelease;

    public static FakeFacts empty() {
        return new FakeFacts();
    }

    /** Facts that cannot be read, as when layers are not inspected. */
    public static ImageFacts unavailable() {
        return ImageFacts.unavailable("layers are not inspected");
    }

    public FakeFacts user(String name, long uid, long gid, String home) {
        users.add(new PasswdEntry(name, uid, gid, home));
        return this;
    }

    public FakeFacts group(String name, long gid, String... members) {
        groups.add(new GroupEntry(name, gid, List.of(members)));
        return this;
    }

    public FakeFacts directory(String path, long uid, long gid, int mode) {
        entries.put(path, new FileMetadata(path, FileMetadata.Type.DIRECTORY, uid, gid, mode));
        return this;
    }

    public FakeFacts file(String path, long uid, long gid, int mode) {
        entries.put(path, new FileMetadata(path, FileMetadata.Type.FILE, uid, gid, mode));
        return this;
    }

    /** A root-owned file with this content. */
    public FakeFacts file(String path, String content) {
        file(path, 0, 0, 0644);
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** {@code /etc/os-release} with these variables, given as name, value, name, value… */
    public FakeFacts osRelease(String... namesAndValues) {
        osRelease = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            osRelease.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    @Override
    public UserDatabase users() {
        return new UserDatabase(users, groups);
    }

    @Override
    public Optional<FileMetadata> stat(String absolutePath) {
        return Optional.ofNullable(entries.get(absolutePath));
    }

    @Override
    public Optional<Map<String, String>> osRelease() {
        return Optional.ofNullable(osRelease);
    }

    @Override
    public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        byte[] content = contents.get(absolutePath);
        if (content != null && content.length > maxBytes) {
            throw new FactUnavailableException(absolutePath + " has " + content.length + " bytes");
        }
        return Optional.ofNullable(content);
    }

    @Override
    public Optional<List<String>> listFiles(String absoluteDirectory) {
        if (!entries.containsKey(absoluteDirectory)) {
            return Optional.empty();
        }
        String prefix = absoluteDirectory + "/";
        return Optional.of(entries.values().stream()
                .filter(entry ->
                        entry.type() == FileMetadata.Type.FILE && entry.path().startsWith(prefix))
                .map(entry -> entry.path().substring(prefix.length()))
                .filter(name -> !name.contains("/"))
                .sorted()
                .collect(Collectors.toList()));
    }
}
