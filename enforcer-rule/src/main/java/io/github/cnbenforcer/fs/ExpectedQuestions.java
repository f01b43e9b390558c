package io.github.cnbenforcer.fs;

import java.util.List;

/**
 * Questions worth answering in the same pass as whichever is asked first, so that the questions
 * asked next find their answer already read. Asked again each time a watched entry is read, so the
 * list may grow with what is known (e.g. a home directory once {@code /etc/passwd} is read).
 */
@FunctionalInterface
interface ExpectedQuestions {
    List<PathQuestion> given(LayeredFilesystem knownSoFar);

    static ExpectedQuestions none() {
        return knownSoFar -> List.of();
    }
}
