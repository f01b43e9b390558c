package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The files of a tar archive, read in place: entries are found through their headers and read by
 * seeking, so nothing is unpacked. Names are compared without a leading {@code ./}; symbolic and
 * hard links between entries are followed, as an unpacked archive would resolve them.
 */
final class TarFiles extends LayoutFiles {
    private static final int MAX_LINK_HOPS = 16;

    private final TarFile tar;
    private final Map<String, TarArchiveEntry> entries = new HashMap<>();

    private TarFiles(TarFile tar, String location) {
        super(location);
        this.tar = tar;
        for (TarArchiveEntry entry : tar.getEntries()) {
            // As when unpacking, a later entry of the same name replaces an earlier one.
            entries.put(normalize(entry.getName()), entry);
        }
    }

    /**
     * Opens a tar file.
     *
     * @param location names the archive in messages, e.g. "OCI archive /stacks/run.tar"
     */
    static TarFiles open(Path file, String location) throws ImageReadException {
        if (!Files.exists(file)) {
            throw new ImageReadException("there is no " + location + ": the file does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ImageReadException(location + " is a directory, not a tar file");
        }
        TarFile tar;
        try {
            tar = new TarFile(file);
        } catch (IOException | RuntimeException e) {
            throw notATar(file, location, e.getMessage());
        }
        if (tar.getEntries().isEmpty()) {
            closeQuietly(tar);
            throw notATar(file, location, "it holds no entries");
        }
        return new TarFiles(tar, location);
    }

    @Override
    protected OptionalLong sizeOf(String path) {
        TarArchiveEntry entry = resolve(path);
        return entry != null && entry.isFile() ? OptionalLong.of(entry.getSize()) : OptionalLong.empty();
    }

    @Override
    protected InputStream openFile(String path) throws IOException {
        TarArchiveEntry entry = resolve(path);
        if (entry == null || !entry.isFile()) {
            throw new NoSuchFileException(path);
        }
        return tar.getInputStream(entry);
    }

    /** The regular file (or other non-link entry) that {@code path} names, following links; null if none. */
    private TarArchiveEntry resolve(String path) {
        String name = normalize(path);
        for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            TarArchiveEntry entry = entries.get(name);
            if (entry == null) {
                return null;
            }
            if (entry.isSymbolicLink()) {
                String target = entry.getLinkName();
                name = normalize(target.startsWith("/") ? target : parentOf(name) + target);
            } else if (entry.isLink()) {
                name = normalize(entry.getLinkName());
            } else {
                return entry;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }

    /** An entry name as a path from the archive root: no {@code ./}, no {@code ..} above the root, no trailing slash. */
    static String normalize(String name) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String parentOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    private static ImageReadException notATar(Path file, String location, String reason) {
        return new ImageReadException(location + " is not a tar archive (" + reason + ")" + compressionHint(file));
    }

    /** Archives are often compressed on their way somewhere; say so rather than only "not a tar". */
    private static String compressionHint(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "";
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return ": it is gzip-compressed; decompress it first (gunzip)";
        }
        if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            return ": it is zstd-compressed; decompress it first (unzstd)";
        }
        return "";
    }

    private static boolean startsWith(byte[] head, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(TarFile tar) {
        try {
            tar.close();
        } catch (IOException e) {
            // Nothing was read from it.
        }
    }
}
