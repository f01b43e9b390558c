package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.function.Consumer;

/**
 * Reads every image of a stack. An image that cannot be read stops the run with an error that names
 * its role and reference: "Cannot read the run image ghcr.io/acme/run:jammy: …".
 */
final class StackResolution {
    private StackResolution() {}

    /** @param activity told what is read now, for the deadline's message */
    static ResolvedStack resolve(Stack stack, ImageSources sources, Consumer<String> activity)
            throws ImageReadException {
        ResolvedStack resolved = new ResolvedStack(stack.platforms());
        for (Stack.Member member : stack.members()) {
            String image = member.role().description() + " " + member.reference();
            activity.accept("reading the " + image);
            try {
                ReferencedImage referenced = sources.resolve(member.reference());
                resolved.add(member.role(), member.reference(), referenced);
            } catch (ImageReadException e) {
                throw new ImageReadException("Cannot read the " + image + ": " + e.getMessage(), e);
            }
        }
        return resolved;
    }
}
