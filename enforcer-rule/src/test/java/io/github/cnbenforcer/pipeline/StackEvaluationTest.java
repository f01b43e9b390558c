package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which images are checked and which are compared, on images read from OCI layouts. */
class StackEvaluationTest {
    @TempDir
    Path directory;

    private final ImageSources sources = new ImageSources(RegistryOptions.defaults(), ImageCache.NONE);
    private final AtomicInteger factsRead = new AtomicInteger();
    private final List<String> keptFiles = new ArrayList<>();

    @AfterEach
    void close() {
        sources.close();
    }

    private ReferencedImage image(String name, TestImage image) throws Exception {
        OciLayoutWriter.to(directory.resolve(name)).write(null, image);
        return resolve(name);
    }

    private ReferencedImage index(String name, TestImage... images) throws Exception {
        OciLayoutWriter.to(directory.resolve(name)).write(null, TestIndex.of(images));
        return resolve(name);
    }

    private ReferencedImage resolve(String name) throws Exception {
        return sources.resolve(ImageRef.parse("oci:" + name, directory));
    }

    private void add(ResolvedStack stack, Role role, ReferencedImage image) throws Exception {
        stack.add(role, ImageRef.parse(image.reference(), directory), image);
    }

    /** The findings of an evaluation, each decided as the rule decides without strict, and the images checked. */
    private record Evaluated(List<Finding> findings, List<String> images) {}

    private Evaluated evaluate(ReferencedImage build, ReferencedImage run, String... platforms) throws Exception {
        return evaluate(build, run, List.of(), platforms);
    }

    private Evaluated evaluate(
            ReferencedImage build, ReferencedImage run, List<ReferencedImage> mirrors, String... platforms)
            throws Exception {
        ResolvedStack stack = stack(platforms);
        add(stack, Role.BUILD, build);
        add(stack, Role.RUN, run);
        for (ReferencedImage mirror : mirrors) {
            add(stack, Role.MIRROR, mirror);
        }
        return evaluate(stack);
    }

    private static ResolvedStack stack(String... platforms) {
        return new ResolvedStack(Arrays.stream(platforms).map(Platform::parse).collect(Collectors.toList()));
    }

    private Evaluated evaluate(ResolvedStack stack) throws Exception {
        FactsProvider facts = new FactsProvider() {
            @Override
            public ImageFacts factsOf(PlatformImage image) {
                throw new AssertionError("the evaluation says which files it keeps");
            }

            @Override
            public ImageFacts factsOf(PlatformImage image, KeptFiles alsoKept) {
                factsRead.incrementAndGet();
                keptFiles.add(image.reference() + (alsoKept == KeptFiles.NONE ? "" : " keeps the package database"));
                return ImageFacts.unavailable("layers are not inspected");
            }
        };
        Evaluation evaluation = new StackEvaluation(Checks.all(), facts).evaluate(stack);
        return new Evaluated(
                evaluation.results().stream()
                        .map(StatusPolicy.strict(false)::decide)
                        .collect(Collectors.toList()),
                evaluation.images().stream()
                        .map(image -> image.role().label() + " " + image.image().reference() + " "
                                + image.image().platform())
                        .collect(Collectors.toList()));
    }

    private static List<Finding> findings(Evaluated result, String check) {
        return result.findings().stream()
                .filter(finding -> finding.checkId().equals(check))
                .collect(Collectors.toList());
    }

    private static List<String> statuses(Evaluated result, String check) {
        return findings(result, check).stream().map(f -> f.status().label()).collect(Collectors.toList());
    }

    private static List<String> images(Evaluated result) {
        return result.images();
    }

    @Test
    void singleManifestsPairWhateverTheirArchitectureAndEachIsCheckedOnItsOwn() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")), image("run", TestImage.compliantRun("x86_64")));

        assertThat(findings(result, "architecture-valid"))
                .extracting(f -> f.role().label() + " " + f.status().label())
                .containsExactly("build pass", "run fail");
        assertThat(statuses(result, "target-architecture-match")).containsExactly("fail");
        assertThat(statuses(result, "target-platform-missing")).containsExactly("pass");
        assertThat(images(result)).containsExactly("build oci:build linux/amd64", "run oci:run linux/x86_64");
    }

    @Test
    void singleManifestsWithDifferentVariantsFailTheVariantMatch() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("arm64").variant("v8")),
                image("run", TestImage.compliantRun("arm64").variant("v8.2")));

        assertThat(statuses(result, "target-variant-match")).containsExactly("fail");
        assertThat(statuses(result, "target-platform-missing")).containsExactly("pass");
    }

    @Test
    void aVariantOnOneSideOfAnIndexPairsEitherWay() throws Exception {
        ReferencedImage armV7Build =
                index("build-v7", TestImage.compliantBuild("arm").variant("v7"));
        ReferencedImage armRun = index("run-arm", TestImage.compliantRun("arm"));
        ReferencedImage armBuild = index("build-arm", TestImage.compliantBuild("arm"));
        ReferencedImage armV7Run = index("run-v7", TestImage.compliantRun("arm").variant("v7"));

        for (Evaluated result : List.of(evaluate(armV7Build, armRun), evaluate(armBuild, armV7Run))) {
            assertThat(statuses(result, "target-platform-missing")).containsExactly("pass");
            assertThat(statuses(result, "target-variant-match")).containsExactly("pass");
        }
    }

    @Test
    void aBuildPlatformWithoutPartnerIsMissingAndStillChecked() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64")),
                index("run", TestImage.compliantRun("amd64")));

        assertThat(findings(result, "target-platform-missing"))
                .extracting(f -> f.platform() + " " + f.status().label())
                .containsExactly("linux/amd64 pass", "linux/arm64 fail");
        assertThat(findings(result, "build-path"))
                .extracting(f -> f.platform().toString())
                .containsExactly("linux/amd64", "linux/arm64");
        assertThat(findings(result, "target-os-match"))
                .extracting(f -> f.platform().toString())
                .containsExactly("linux/amd64");
    }

    @Test
    void theRunImageMayOfferMorePlatformsWhichAreCheckedToo() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("amd64")),
                index("run", TestImage.compliantRun("amd64"), TestImage.compliantRun("s390x")));

        assertThat(statuses(result, "target-platform-missing")).containsExactly("pass");
        assertThat(findings(result, "run-path"))
                .extracting(f -> f.platform().toString())
                .containsExactly("linux/amd64", "linux/s390x");
        assertThat(images(result))
                .containsExactly("build oci:build linux/amd64", "run oci:run linux/amd64", "run oci:run linux/s390x");
    }

    @Test
    void theSameVariantWinsThePairing() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("arm64").variant("v8")),
                index(
                        "run",
                        TestImage.compliantRun("arm64"),
                        TestImage.compliantRun("arm64").variant("v8")));

        assertThat(findings(result, "target-platform-missing"))
                .extracting(Finding::message)
                .containsExactly("paired with the run image's linux/arm64/v8");
    }

    @Test
    void platformEntriesSelectTheImagesToCheckAndEachMustExistInBoth() throws Exception {
        ReferencedImage build = index("build", TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64"));
        ReferencedImage run = index("run", TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64"));

        Evaluated result = evaluate(build, run, "linux/arm64", "linux/s390x");

        assertThat(images(result)).containsExactly("build oci:build linux/arm64", "run oci:run linux/arm64");
        assertThat(findings(result, "target-platform-missing"))
                .extracting(f -> f.platform() + " " + f.status().label())
                .containsExactly("linux/arm64 pass", "linux/s390x fail");
    }

    @Test
    void aSingleManifestIsCheckedWhateverTheEntries() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")),
                image("run", TestImage.compliantRun("x86_64")),
                "linux/amd64");

        assertThat(images(result)).hasSize(2);
        assertThat(findings(result, "target-platform-missing"))
                .extracting(Finding::message)
                .containsExactly("the run image offers no platform matching linux/amd64 (it offers [linux/x86_64])");
        assertThat(statuses(result, "target-architecture-match")).containsExactly("fail");
    }

    @Test
    void aMirrorIsCheckedOnItsOwnAndComparedWithTheRunImage() throws Exception {
        ReferencedImage build = image("build", TestImage.compliantBuild("amd64"));
        ReferencedImage run = image("run", TestImage.compliantRun("amd64"));
        ReferencedImage sameMirror = image("mirror", TestImage.compliantRun("amd64"));
        ReferencedImage otherStack =
                image("other", TestImage.compliantRun("amd64").label("io.buildpacks.stack.id", "io.example.other"));

        Evaluated result = evaluate(build, run, List.of(sameMirror, otherStack));

        assertThat(findings(result, "run-mirror-identical"))
                .extracting(f -> f.reference() + " " + f.status().label())
                .containsExactly("oci:mirror pass", "oci:other warn");
        assertThat(findings(result, "stack-id"))
                .extracting(f -> f.reference() + " " + f.status().label())
                .containsExactly("oci:build pass", "oci:run pass", "oci:mirror pass", "oci:other warn");
        assertThat(findings(result, "run-path"))
                .extracting(Finding::reference)
                .containsExactly("oci:run", "oci:mirror", "oci:other");
        assertThat(images(result))
                .containsExactly(
                        "build oci:build linux/amd64",
                        "run oci:run linux/amd64",
                        "mirror oci:mirror linux/amd64",
                        "mirror oci:other linux/amd64");
    }

    @Test
    void aMirrorThatIsTheRunImageSharesItsFilesystemFacts() throws Exception {
        ReferencedImage build = image("build", TestImage.compliantBuild("amd64"));
        ReferencedImage run = image("run", TestImage.compliantRun("amd64"));
        ReferencedImage mirror = image("mirror", TestImage.compliantRun("amd64"));

        evaluate(build, run, List.of(mirror));

        assertThat(factsRead).hasValue(2);
    }

    @Test
    void aMirrorWithoutTheRunPlatformIsReported() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("amd64")),
                index("run", TestImage.compliantRun("amd64")),
                List.of(index("mirror", TestImage.compliantRun("arm64"))));

        assertThat(findings(result, "run-mirror-identical"))
                .extracting(Finding::message)
                .containsExactly("mirror oci:mirror offers no platform matching linux/amd64");
        assertThat(findings(result, "stack-id")).extracting(Finding::reference).contains("oci:mirror");
    }

    @Test
    void aRunImageIsComparedWithTheBuildImageItPairsWith() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")),
                image("run", TestImage.compliantRun("amd64").label("io.buildpacks.stack.id", "io.example.other")));

        assertThat(findings(result, "stack-id"))
                .extracting(f -> f.role().label() + " " + f.status().label())
                .containsExactly("build pass", "run warn");
    }

    @Test
    void aBugInTheFactsProviderIsThrownOnNotTakenForAnUnverifiedCheck() throws Exception {
        ResolvedStack stack = new ResolvedStack(List.of());
        add(stack, Role.BUILD, image("build", TestImage.compliantBuild("amd64")));
        add(stack, Role.RUN, image("run", TestImage.compliantRun("amd64")));
        StackEvaluation evaluation = new StackEvaluation(Checks.all(), image -> {
            throw new NullPointerException("a bug in the facts provider");
        });

        assertThatThrownBy(() -> evaluation.evaluate(stack))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a bug in the facts provider");
    }

    @Test
    void aMirrorHasTheMirrorRoleAndTheChecksOfARunImage() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")),
                image("run", TestImage.compliantRun("amd64")),
                List.of(image("mirror", TestImage.compliantRun("amd64").withoutEnv("PATH"))));

        assertThat(findings(result, "run-path"))
                .extracting(f -> f.role().label() + " " + f.reference() + " "
                        + f.status().label())
                .containsExactly("run oci:run pass", "mirror oci:mirror fail");
        assertThat(findings(result, "run-mirror-identical"))
                .extracting(f -> f.role().label() + " " + f.reference())
                .containsExactly("mirror oci:mirror");
        assertThat(findings(result, "build-path"))
                .extracting(Finding::reference)
                .containsExactly("oci:build");
    }

    @Test
    void platformEntriesSelectTheMirrorsPlatformsToo() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64")),
                index("run", TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64")),
                List.of(index("mirror", TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64"))),
                "linux/arm64");

        assertThat(images(result))
                .containsExactly(
                        "build oci:build linux/arm64", "run oci:run linux/arm64", "mirror oci:mirror linux/arm64");
        assertThat(findings(result, "run-mirror-identical"))
                .extracting(f -> f.platform() + " " + f.status().label())
                .containsExactly("linux/arm64 pass");
    }

    @Test
    void aRunPlatformNoBuildPlatformPairsWithIsNotComparedWithTheBuildImage() throws Exception {
        Evaluated result = evaluate(
                index("build", TestImage.compliantBuild("amd64")),
                index(
                        "run",
                        TestImage.compliantRun("amd64"),
                        TestImage.compliantRun("s390x").label("io.buildpacks.stack.id", "io.example.other")));

        assertThat(findings(result, "stack-id"))
                .extracting(f ->
                        f.role().label() + " " + f.platform() + " " + f.status().label() + " " + f.message())
                .containsExactly(
                        "build linux/amd64 pass label io.buildpacks.stack.id is 'io.example.stacks.jammy'",
                        "run linux/amd64 pass label io.buildpacks.stack.id is 'io.example.stacks.jammy', as on the"
                                + " build image",
                        "run linux/s390x pass label io.buildpacks.stack.id is 'io.example.other'");
        assertThat(findings(result, "target-os-match")).hasSize(1);
    }

    @Test
    void aBuildImageThatIsAlsoTheRunImageHasItsLayersReadOnce() throws Exception {
        ReferencedImage same = image("same", TestImage.compliantBuild("amd64"));

        evaluate(same, image("same", TestImage.compliantBuild("amd64")));

        assertThat(factsRead).hasValue(1);
    }

    @Test
    void eachPlatformOfAnIndexHasItsOwnFacts() throws Exception {
        evaluate(
                index("build", TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64")),
                index("run", TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64")));

        assertThat(factsRead).hasValue(4);
    }

    @Test
    void comparisonsFollowTheImageChecksAndPairingComesFirst() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")),
                image("run", TestImage.compliantRun("amd64")),
                List.of(image("mirror", TestImage.compliantRun("amd64"))));

        List<String> roles =
                result.findings().stream().map(f -> f.role().label()).toList();
        int firstPair = roles.indexOf("pair");
        assertThat(roles.subList(0, firstPair)).doesNotContain("pair");
        assertThat(result.findings().get(firstPair).checkId()).isEqualTo("target-platform-missing");
        assertThat(result.findings().get(result.findings().size() - 1).checkId())
                .isEqualTo("run-mirror-identical");
    }

    @Test
    void withoutABuilderOrAPreviousRunImageNoneOfTheirChecksRuns() throws Exception {
        Evaluated result = evaluate(
                image("build", TestImage.compliantBuild("amd64")), image("run", TestImage.compliantRun("amd64")));

        assertThat(result.findings())
                .extracting(Finding::checkId)
                .noneMatch(id -> id.startsWith("rebase-") || id.startsWith("builder-"));
        assertThat(keptFiles).containsExactly("oci:build", "oci:run");
    }

    @Test
    void aBuilderWithoutBuildImageIsCheckedAsTheBuildImageAndPairedWithTheRunImage() throws Exception {
        ResolvedStack stack = stack();
        add(
                stack,
                Role.BUILDER,
                image("builder", TestImage.compliantBuild("amd64").withoutEnv("PATH")));
        add(stack, Role.RUN, image("run", TestImage.compliantRun("amd64")));

        Evaluated result = evaluate(stack);

        assertThat(images(result)).containsExactly("builder oci:builder linux/amd64", "run oci:run linux/amd64");
        assertThat(findings(result, "build-path"))
                .extracting(f -> f.role().label() + " " + f.status().label())
                .containsExactly("builder fail");
        assertThat(findings(result, "target-os-match"))
                .extracting(Finding::reference)
                .containsExactly("oci:builder + oci:run");
        assertThat(findings(result, "builder-run-image"))
                .extracting(f -> f.role().label() + " " + f.reference() + " "
                        + f.status().label())
                .containsExactly("builder oci:builder fail");
        assertThat(findings(result, "builder-user-ids")).isEmpty();
        assertThat(findings(result, "builder-stack-id")).isEmpty();
    }

    @Test
    void aBuilderBesideTheBuildImageIsCheckedAsOneAndComparedWithIt() throws Exception {
        ResolvedStack stack = stack();
        add(stack, Role.BUILD, image("build", TestImage.compliantBuild("amd64")));
        add(
                stack,
                Role.BUILDER,
                image("builder", TestImage.compliantBuild("amd64").env("CNB_USER_ID", "1002")));
        add(stack, Role.RUN, image("run", TestImage.compliantRun("amd64")));

        Evaluated result = evaluate(stack);

        assertThat(images(result))
                .containsExactly(
                        "build oci:build linux/amd64", "run oci:run linux/amd64", "builder oci:builder linux/amd64");
        assertThat(findings(result, "build-cnb-user-id"))
                .extracting(f -> f.role().label() + " " + f.status().label())
                .containsExactly("build pass", "builder fail");
        assertThat(findings(result, "target-os-match"))
                .extracting(Finding::reference)
                .containsExactly("oci:build + oci:run");
        assertThat(statuses(result, "builder-user-ids")).containsExactly("fail");
        assertThat(statuses(result, "builder-stack-id")).containsExactly("pass");
        assertThat(statuses(result, "builder-run-image")).containsExactly("fail");
    }

    @Test
    void thePreviousRunImageIsOnlyComparedWithTheRunImageAndItsFindingsAreAboutTheRunImage() throws Exception {
        ResolvedStack stack = stack();
        add(stack, Role.BUILD, image("build", TestImage.compliantBuild("amd64")));
        add(stack, Role.RUN, image("run", TestImage.compliantRun("amd64")));
        add(
                stack,
                Role.PREVIOUS,
                image("previous", TestImage.compliantRun("amd64").label("io.buildpacks.base.released", "2025-12-01")));

        Evaluated result = evaluate(stack);

        assertThat(images(result)).endsWith("previous oci:previous linux/amd64");
        assertThat(result.findings()).extracting(f -> f.role().label()).doesNotContain("previous");
        assertThat(result.findings().stream().filter(f -> f.checkId().startsWith("rebase-")))
                .extracting(f -> f.checkId() + " " + f.role().label() + " " + f.reference() + " "
                        + f.status().label())
                .containsExactly(
                        "rebase-target-match run oci:run pass",
                        "rebase-stack-id run oci:run pass",
                        "rebase-rebasable run oci:run pass",
                        "rebase-user run oci:run pass",
                        "rebase-abi run oci:run unverified");
        assertThat(keptFiles)
                .containsExactly(
                        "oci:build", "oci:run keeps the package database", "oci:previous keeps the package database");
    }

    @Test
    void aPlatformThePreviousRunImageOfferedAndTheNewOneLacksFailsTheTargetMatchAlone() throws Exception {
        ResolvedStack stack = stack();
        add(stack, Role.BUILD, index("build", TestImage.compliantBuild("amd64")));
        add(stack, Role.RUN, index("run", TestImage.compliantRun("amd64")));
        add(
                stack,
                Role.PREVIOUS,
                index(
                        "previous",
                        TestImage.compliantRun("amd64"),
                        TestImage.compliantRun("arm64").variant("v8")));

        Evaluated result = evaluate(stack);

        assertThat(findings(result, "rebase-target-match"))
                .extracting(f -> f.platform() + " " + f.status().label())
                .containsExactly("linux/amd64 pass", "linux/arm64/v8 fail");
        assertThat(findings(result, "rebase-abi"))
                .extracting(f -> f.platform().toString())
                .containsExactly("linux/amd64");
    }
}
