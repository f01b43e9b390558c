package io.github.cnbenforcer.fs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The filesystem facts of one layer stack that a read decided, as a small JSON document that can be
 * kept and read back: the users and groups, {@code /etc/os-release}, the entries at the paths asked
 * about, and how each layer read is compressed (for the warning about a mislabelled layer). They
 * depend on the layers alone, so they hold for every image with the same layers. What a read left
 * undecided (a limit reached, a file too large) is not in the record: it is read again when asked.
 */
public final class FactsRecord {
    private final UserDatabase users;
    private final Optional<Map<String, String>> osRelease;
    private final Map<String, Optional<FileMetadata>> entries;
    private final Map<Digest, LayerCompression> compressions;

    /**
     * @param users {@code null} when not decided
     * @param osRelease {@code null} when not decided
     */
    FactsRecord(
            UserDatabase users,
            Optional<Map<String, String>> osRelease,
            Map<String, Optional<FileMetadata>> entries,
            Map<Digest, LayerCompression> compressions) {
        this.users = users;
        this.osRelease = osRelease;
        this.entries = Map.copyOf(entries);
        this.compressions = Map.copyOf(compressions);
    }

    /** The users and groups, if decided. */
    Optional<UserDatabase> users() {
        return Optional.ofNullable(users);
    }

    /** The os-release variables (empty inside when the image has none), if decided. */
    Optional<Optional<Map<String, String>>> osRelease() {
        return Optional.ofNullable(osRelease);
    }

    /** The entry at {@code path} (empty inside when nothing is there), if decided. */
    Optional<Optional<FileMetadata>> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** Tells {@code warnings} about each layer of {@code image} whose media type claims another compression. */
    public void warnAboutMislabelledLayers(PlatformImage image, Consumer<String> warnings) {
        for (int index = 0; index < image.layers().size(); index++) {
            LayerCompression actual = compressions.get(image.layers().get(index).digest());
            if (actual != null) {
                ImageLayers.mislabelledWarning(image, index, actual).ifPresent(warnings);
            }
        }
    }

    /** The record as kept. */
    public byte[] toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (users != null) {
            ObjectNode userNode = json.putObject("users");
            ArrayNode passwd = userNode.putArray("passwd");
            users.users()
                    .forEach(user -> passwd.addObject()
                            .put("name", user.name())
                            .put("uid", user.uid())
                            .put("gid", user.gid())
                            .put("home", user.home()));
            ArrayNode groups = userNode.putArray("groups");
            users.groups().forEach(group -> {
                ObjectNode groupNode =
                        groups.addObject().put("name", group.name()).put("gid", group.gid());
                group.members().forEach(groupNode.putArray("members")::add);
            });
        }
        if (osRelease != null && osRelease.isEmpty()) {
            json.putNull("osRelease");
        } else if (osRelease != null) {
            ObjectNode variables = json.putObject("osRelease");
            osRelease.get().forEach(variables::put);
        }
        ObjectNode entryNodes = json.putObject("entries");
        entries.forEach((path, entry) ->
                entryNodes.set(path, entry.map(FactsRecord::entryNode).orElse(null)));
        ObjectNode layers = json.putObject("layers");
        compressions.forEach((digest, compression) -> layers.put(digest.toString(), compression.name()));
        return Json.compact(json);
    }

    /** The record in {@code json}; empty if it is not one (written by another version, for instance). */
    public static Optional<FactsRecord> fromJson(byte[] json) {
        try {
            JsonNode node = Json.parseObject(json, "a facts record");
            JsonNode userNode = node.get("users");
            JsonNode osReleaseNode = node.get("osRelease");
            return Optional.of(new FactsRecord(
                    userNode == null ? null : users(userNode),
                    osReleaseNode == null ? null : osRelease(osReleaseNode),
                    entries(node.path("entries")),
                    compressions(node.path("layers"))));
        } catch (ImageReadException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode entryNode(FileMetadata entry) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("path", entry.path())
                .put("type", entry.type().name())
                .put("uid", entry.uid())
                .put("gid", entry.gid())
                .put("mode", entry.mode());
    }

    private static UserDatabase users(JsonNode node) {
        List<PasswdEntry> passwd = new ArrayList<>();
        for (JsonNode user : node.path("passwd")) {
            passwd.add(
                    new PasswdEntry(text(user, "name"), number(user, "uid"), number(user, "gid"), text(user, "home")));
        }
        List<GroupEntry> groups = new ArrayList<>();
        for (JsonNode group : node.path("groups")) {
            List<String> members = new ArrayList<>();
            group.path("members").forEach(member -> members.add(textual(member)));
            groups.add(new GroupEntry(text(group, "name"), number(group, "gid"), members));
        }
        return new UserDatabase(passwd, groups);
    }

    private static Optional<Map<String, String>> osRelease(JsonNode node) {
        if (node.isNull()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> variables.put(field.getKey(), textual(field.getValue())));
        return Optional.of(variables);
    }

    private static Map<String, Optional<FileMetadata>> entries(JsonNode node) {
        Map<String, Optional<FileMetadata>> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode entry = field.getValue();
            entries.put(
                    field.getKey(),
                    entry.isNull()
                            ? Optional.empty()
                            : Optional.of(new FileMetadata(
                                    text(entry, "path"),
                                    FileMetadata.Type.valueOf(text(entry, "type")),
                                    number(entry, "uid"),
                                    number(entry, "gid"),
                                    (int) number(entry, "mode"))));
        }
        return entries;
    }

    private static Map<Digest, LayerCompression> compressions(JsonNode node) {
        Map<Digest, LayerCompression> compressions = new LinkedHashMap<>();
        node.fields()
                .forEachRemaining(field -> compressions.put(
                        Digest.parse(field.getKey()), LayerCompression.valueOf(textual(field.getValue()))));
        return compressions;
    }

    private static String text(JsonNode node, String field) {
        return textual(node.path(field));
    }

    private static String textual(JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("not a string: " + value.getNodeType());
        }
        return value.textValue();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.asLong();
    }
}
