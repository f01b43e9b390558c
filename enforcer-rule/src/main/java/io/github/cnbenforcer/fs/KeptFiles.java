package io.github.cnbenforcer.fs;

import java.util.ArrayList;
import java.util.List;

/**
 * Files that a check will read from an image besides the usual facts (a package database): the first
 * pass over the image's layers keeps their content as it goes by them, so that the check's questions
 * later need no second read. Never read for on their own.
 */
public final class KeptFiles {
    /** Nothing besides the usual facts. */
    public static final KeptFiles NONE = new KeptFiles(List.of(), List.of(), 0);

    private final List<String> files;
    private final List<String> directories;
    private final int maxBytes;

    private KeptFiles(List<String> files, List<String> directories, int maxBytes) {
        this.files = List.copyOf(files);
        this.directories = List.copyOf(directories);
        this.maxBytes = maxBytes;
    }

    /**
     * @param files absolute paths of files
     * @param directories absolute paths of directories whose regular files (directly in them) are kept
     * @param maxBytes the largest file kept
     */
    public static KeptFiles of(List<String> files, List<String> directories, int maxBytes) {
        return new KeptFiles(files, directories, maxBytes);
    }

    List<PathQuestion> questions() {
        List<PathQuestion> questions = new ArrayList<>();
        files.forEach(file -> questions.add(PathQuestion.contentIfSeen(file, maxBytes)));
        directories.forEach(directory -> questions.add(PathQuestion.filesIfSeen(directory, maxBytes)));
        return questions;
    }
}
