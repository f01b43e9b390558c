package io.github.cnbenforcer.check.rebase;

import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.packages.PackageFiles;
import java.util.List;
import java.util.Optional;

/** The files of an image, as its layers tell them, for finding and reading its package database. */
final class ImagePackageFiles implements PackageFiles {
    private final ImageFacts facts;

    ImagePackageFiles(ImageFacts facts) {
        this.facts = facts;
    }

    @Override
    public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
        return facts.read(absolutePath, maxBytes);
    }

    @Override
    public Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
        return facts.listFiles(absoluteDirectory);
    }

    @Override
    public boolean exists(String absolutePath) throws FactUnavailableException {
        return facts.stat(absolutePath).isPresent();
    }
}
