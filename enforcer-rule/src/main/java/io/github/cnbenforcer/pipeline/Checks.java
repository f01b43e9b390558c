package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.builder.BuilderRunImage;
import io.github.cnbenforcer.check.builder.BuilderUserIds;
import io.github.cnbenforcer.check.distro.DistroLabels;
import io.github.cnbenforcer.check.distro.DistroOsRelease;
import io.github.cnbenforcer.check.distro.RunDistroEffective;
import io.github.cnbenforcer.check.labels.LabelDescription;
import io.github.cnbenforcer.check.labels.LabelHomepage;
import io.github.cnbenforcer.check.labels.LabelMaintainer;
import io.github.cnbenforcer.check.labels.LabelMetadata;
import io.github.cnbenforcer.check.labels.LabelReleased;
import io.github.cnbenforcer.check.labels.RunBaseId;
import io.github.cnbenforcer.check.labels.RunBaseIdCharacters;
import io.github.cnbenforcer.check.labels.RunRebasable;
import io.github.cnbenforcer.check.match.TargetArchitectureMatch;
import io.github.cnbenforcer.check.match.TargetDistroNameMatch;
import io.github.cnbenforcer.check.match.TargetDistroVersionMatch;
import io.github.cnbenforcer.check.match.TargetOsMatch;
import io.github.cnbenforcer.check.match.TargetPlatformMissing;
import io.github.cnbenforcer.check.match.TargetVariantMatch;
import io.github.cnbenforcer.check.mirror.RunMirrorIdentical;
import io.github.cnbenforcer.check.path.BuildPath;
import io.github.cnbenforcer.check.path.RunPath;
import io.github.cnbenforcer.check.platform.ArchitectureValid;
import io.github.cnbenforcer.check.platform.OsValid;
import io.github.cnbenforcer.check.platform.VariantValid;
import io.github.cnbenforcer.check.rebase.RebaseAbi;
import io.github.cnbenforcer.check.rebase.RebaseRebasable;
import io.github.cnbenforcer.check.rebase.RebaseTargetMatch;
import io.github.cnbenforcer.check.stack.BuildCnbStackId;
import io.github.cnbenforcer.check.stack.BuilderStackId;
import io.github.cnbenforcer.check.stack.RebaseStackId;
import io.github.cnbenforcer.check.stack.StackId;
import io.github.cnbenforcer.check.stack.StackMixins;
import io.github.cnbenforcer.check.user.BuildCnbGroupId;
import io.github.cnbenforcer.check.user.BuildCnbUserId;
import io.github.cnbenforcer.check.user.BuildUserHomeWritable;
import io.github.cnbenforcer.check.user.BuildUserNonRoot;
import io.github.cnbenforcer.check.user.RebaseUser;
import io.github.cnbenforcer.check.user.RunUserDistinctUid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every check of the rule, in the order of the site's check table (a test holds the two together): the
 * one place to scan them, and the one line to add for a new check.
 */
public final class Checks {
    private static final List<Check> ALL = List.of(
            new BuildUserNonRoot(),
            new BuildUserHomeWritable(),
            new BuildCnbUserId(),
            new BuildCnbGroupId(),
            new BuildPath(),
            new RunPath(),
            new OsValid(),
            new ArchitectureValid(),
            new TargetPlatformMissing(),
            new TargetOsMatch(),
            new TargetArchitectureMatch(),
            new TargetVariantMatch(),
            new TargetDistroNameMatch(),
            new TargetDistroVersionMatch(),
            new LabelMaintainer(),
            new LabelHomepage(),
            new LabelReleased(),
            new LabelDescription(),
            new LabelMetadata(),
            new RunUserDistinctUid(),
            new RunRebasable(),
            new RunBaseId(),
            new RunBaseIdCharacters(),
            new VariantValid(),
            new DistroLabels(),
            new DistroOsRelease(),
            new RunMirrorIdentical(),
            new RunDistroEffective(),
            new StackId(),
            new StackMixins(),
            new BuildCnbStackId(),
            new RebaseTargetMatch(),
            new RebaseStackId(),
            new RebaseRebasable(),
            new RebaseUser(),
            new RebaseAbi(),
            new BuilderRunImage(),
            new BuilderUserIds(),
            new BuilderStackId());

    private Checks() {}

    public static List<Check> all() {
        return ALL;
    }

    public static Optional<Check> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks of {@code checks} that are of one kind ({@code PairCheck}, {@code MirrorCheck}, …), in their order. */
    static <C extends Check> List<C> ofKind(List<Check> checks, Class<C> kind) {
        return checks.stream().filter(kind::isInstance).map(kind::cast).collect(Collectors.toList());
    }
}
