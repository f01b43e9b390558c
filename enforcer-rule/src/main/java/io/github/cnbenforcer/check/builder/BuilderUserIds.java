package io.github.cnbenforcer.check.builder;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.UserSpec;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code builder-user-ids}: a builder's {@code CNB_USER_ID} and {@code CNB_GROUP_ID} are the build
 * image's, where both set them ({@code pack builder create} reads them from the builder to give the
 * buildpacks' files their owner), compared as numbers where both are numbers, else as written (SIDs).
 */
public final class BuilderUserIds extends AbstractCheck implements BuilderPairCheck {
    public static final String ID = "builder-user-ids";

    private static final List<String> VARIABLES = List.of("CNB_USER_ID", "CNB_GROUP_ID");

    public BuilderUserIds() {
        super(
                ID,
                Level.MUST,
                Scope.BUILDER,
                "A builder is a build image plus buildpacks and the lifecycle: its CNB_USER_ID and CNB_GROUP_ID"
                        + " are the build image's.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck builder, ImageUnderCheck build) {
        List<String> same = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (String variable : VARIABLES) {
            Optional<String> ofBuilder = builder.config().envValue(variable);
            Optional<String> ofBuild = build.config().envValue(variable);
            String observed = variable + " is " + Quote.of(ofBuilder.orElse(null));
            if (ofBuilder.isEmpty() || ofBuild.isEmpty()) {
                same.add(observed + " (not compared: the build image's is " + Quote.of(ofBuild.orElse(null)) + ")");
            } else if (sameId(ofBuilder.get(), ofBuild.get())) {
                same.add(observed);
            } else {
                differences.add(observed + ", the build image's " + Quote.of(ofBuild.get()));
            }
        }
        if (!differences.isEmpty()) {
            return Verdict.violated(String.join("; ", differences) + ": the builder was made from another build"
                    + " image, and its buildpacks would write files as another user");
        }
        return Verdict.satisfied(String.join("; ", same) + ", as on the build image");
    }

    private static boolean sameId(String a, String b) {
        OptionalLong numericA = UserSpec.numericId(a);
        OptionalLong numericB = UserSpec.numericId(b);
        return numericA.isPresent() && numericB.isPresent() ? numericA.equals(numericB) : a.equals(b);
    }
}
