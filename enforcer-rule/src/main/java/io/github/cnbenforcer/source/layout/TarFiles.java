package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.tar.EntryNames;
import io.github.cnbenforcer.tar.TarIndex;
import io.github.cnbenforcer.text.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The files of a tar archive, read in place: the headers are indexed once, and an entry is read at
 * its offset, so nothing is unpacked. Names are compared without a leading {@code ./}; symbolic and
 * hard links between entries are followed, as an unpacked archive would resolve them. An archive
 * with an entry that would land or point outside the directory it is unpacked in is refused.
 */
final class TarFiles extends LayoutFiles {
    private static final int MAX_LINK_HOPS = 16;

    private final TarIndex tar;
    private final Map<String, TarIndex.Entry> entries;
    /** Where each link points, as a name from the archive root. */
    private final Map<String, String> links;

    private TarFiles(TarIndex tar, String location) throws ImageReadException {
        super(location);
        this.tar = tar;
        this.entries = new HashMap<>();
        this.links = new HashMap<>();
        for (TarIndex.Entry entry : tar.entries()) {
            String name = EntryNames.fromRoot(entry.name());
            if (name == null) {
                throw new ImageReadException(location + " holds the entry " + shown(entry.name()) + ", which would be"
                        + " written outside the directory the archive is unpacked in: the rule refuses such archives");
            }
            // As when unpacking, a later entry of the same name replaces an earlier one.
            entries.put(name, entry);
            links.remove(name);
            if (entry.isSymlink() || entry.isHardLink()) {
                links.put(name, linkTarget(name, entry));
            }
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
        TarIndex tar;
        try {
            long size = Files.size(file);
            if (size > 0 && size < TarIndex.HEADER_BYTES) {
                throw new IOException("it is " + size + " bytes, shorter than one tar header");
            }
            tar = TarIndex.read(file);
        } catch (IOException e) {
            throw notATar(file, location, e.getMessage());
        }
        if (tar.entries().isEmpty()) {
            throw notATar(file, location, "it holds no entries");
        }
        return new TarFiles(tar, location);
    }

    @Override
    protected OptionalLong sizeOf(String path) throws IOException {
        TarIndex.Entry entry = resolve(path);
        return entry != null && entry.isRegularFile() ? OptionalLong.of(entry.size()) : OptionalLong.empty();
    }

    @Override
    protected InputStream openFile(String path) throws IOException {
        TarIndex.Entry entry = resolve(path);
        if (entry == null || !entry.isRegularFile()) {
            throw new NoSuchFileException(path);
        }
        return tar.open(entry);
    }

    /** The entry that {@code path} names, links followed; null if none. */
    private TarIndex.Entry resolve(String path) throws IOException {
        String name = EntryNames.fromRoot(path);
        for (int hop = 0; name != null && hop <= MAX_LINK_HOPS; hop++) {
            String target = links.get(name);
            if (target == null) {
                TarIndex.Entry entry = entries.get(name);
                if (entry != null && entry.isSparse()) {
                    throw new IOException("it is stored as a sparse file, which the rule does not read");
                }
                return entry;
            }
            name = target;
        }
        return null;
    }

    /**
     * Where a link points, as a name from the archive root: a symbolic link relative to its own
     * directory, a hard link relative to the root.
     *
     * @throws ImageReadException if it points outside the archive
     */
    private String linkTarget(String name, TarIndex.Entry link) throws ImageReadException {
        String target = link.linkName();
        boolean absoluteSymlink = link.isSymlink() && target.startsWith("/");
        String inside =
                absoluteSymlink ? null : EntryNames.fromRoot(link.isHardLink() ? target : parentOf(name) + target);
        if (inside == null) {
            throw new ImageReadException(location() + " holds the link " + shown(link.name()) + " to " + shown(target)
                    + ", outside the archive: the rule does not follow links out of an image archive");
        }
        return inside;
    }

    /** Nothing is held open between reads. */
    @Override
    public void close() {}

    /** A name from the archive in a message: quoted, escaped as every value from an image is, cut after 200 characters. */
    private static String shown(String name) {
        return Quote.of(name, 200);
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
}
