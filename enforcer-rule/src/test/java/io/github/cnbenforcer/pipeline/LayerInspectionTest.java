package io.github.cnbenforcer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.cache.DiskCache;
import io.github.cnbenforcer.cache.FactKey;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.fs.LayerFacts;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.RecordingSourceLog;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layer facts through the cache: a warm run reads no layer, a layer that two images share is read
 * once, and what could not be read is not kept. Layer reads are counted at the content store.
 */
class LayerInspectionTest {
    private static final long BUDGET = 512L * 1024 * 1024;
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\ncnb:x:1001:1000::/home/cnb:/bin/bash\n";

    @TempDir
    Path cacheDirectory;

    private final InMemoryImages images = new InMemoryImages();
    private final RecordingSourceLog log = new RecordingSourceLog();

    private final Descriptor base = images.add(TestLayer.create()
            .file("/etc/os-release", "ID=ubuntu\nVERSION_ID=\"22.04\"\n")
            .file("/usr/bin/bash", new byte[16 * 1024], 0, 0, 0755));
    private final Descriptor user = images.add(TestLayer.create()
            .file("/etc/passwd", PASSWD)
            .file("/etc/group", "cnb:x:1000:\n")
            .directory("/home/cnb", 1001, 1000, 0755));

    private LayerInspection inspection(ImageCache cache) {
        return new LayerInspection(true, BUDGET, cache, log);
    }

    private SessionCache newSession() throws IOException {
        return new SessionCache(DiskCache.open(cacheDirectory, DiskCache.DEFAULT_MAX_BYTES, message -> {}));
    }

    private PlatformImage build(List<Descriptor> layers) {
        return images.image("registry.example.com/stacks/build:jammy", TestImage.compliantBuild("amd64"), layers);
    }

    private static List<Digest> digests(List<Descriptor> layers) {
        return layers.stream().map(Descriptor::digest).collect(Collectors.toList());
    }

    private static void askEverything(ImageFacts facts) throws FactUnavailableException {
        assertThat(facts.users().userByName("cnb").orElseThrow().uid()).isEqualTo(1001);
        assertThat(facts.users().groupByGid(1000).orElseThrow().name()).isEqualTo("cnb");
        assertThat(facts.osRelease().orElseThrow()).containsEntry("VERSION_ID", "22.04");
        assertThat(facts.stat("/home/cnb").orElseThrow().uid()).isEqualTo(1001);
    }

    @Test
    void aWarmRunReadsNoLayer() throws Exception {
        askEverything(inspection(newSession()).factsOf(build(List.of(base, user))));
        assertThat(images.store().openCount(user)).isEqualTo(1);

        askEverything(inspection(newSession()).factsOf(build(List.of(base, user))));

        assertThat(images.store().openCount(user)).isEqualTo(1);
        assertThat(images.store().openCount(base)).isEqualTo(1);
    }

    @Test
    void modulesOfOneSessionReadTheLayersOnceWithoutADiskCache() throws Exception {
        SessionCache session = new SessionCache(ImageCache.NONE);

        for (int module = 0; module < 20; module++) {
            askEverything(inspection(session).factsOf(build(List.of(base, user))));
        }

        assertThat(images.store().openCount(user)).isEqualTo(1);
    }

    @Test
    void aLayerTwoImagesShareIsReadOnce() throws Exception {
        Descriptor otherBase = images.add(TestLayer.create().file("/etc/os-release", "ID=ubuntu\nVERSION_ID=22.04\n"));
        LayerInspection inspection = inspection(ImageCache.NONE);
        ImageFacts amd64 = inspection.factsOf(build(List.of(base, user)));
        ImageFacts arm64 = inspection.factsOf(build(List.of(otherBase, user)));

        askEverything(amd64);
        askEverything(arm64);

        assertThat(images.store().openCount(user)).isEqualTo(1);
        assertThat(images.store().openCount(base)).isEqualTo(1);
        assertThat(images.store().openCount(otherBase)).isEqualTo(1);
    }

    @Test
    void aQuestionTheRecordDidNotDecideReadsTheLayers() throws Exception {
        askEverything(inspection(newSession()).factsOf(build(List.of(base, user))));

        ImageFacts warm = inspection(newSession()).factsOf(build(List.of(base, user)));

        assertThat(warm.stat("/usr/bin/bash").orElseThrow().mode()).isEqualTo(0755);
        assertThat(images.store().openCount(base)).isEqualTo(2);
    }

    @Test
    void filesACheckKeepsAreReadFromTheLayersOnAWarmRun() throws Exception {
        Descriptor packages = images.add(TestLayer.create()
                .file("/var/lib/dpkg/status", "Package: libssl3\nStatus: install ok installed\n")
                .file("/var/lib/dpkg/status.d/base", "Package: base-files\n"));
        List<Descriptor> layers = List.of(base, user, packages);
        KeptFiles database = KeptFiles.of(List.of("/var/lib/dpkg/status"), List.of("/var/lib/dpkg/status.d"), 4096);
        askEverything(inspection(newSession()).factsOf(build(layers), database));

        ImageFacts warm = inspection(newSession()).factsOf(build(layers), database);

        assertThat(warm.users().userByName("cnb")).isPresent();
        assertThat(images.store().openCount(packages)).isEqualTo(1);
        assertThat(new String(warm.read("/var/lib/dpkg/status", 4096).orElseThrow(), StandardCharsets.UTF_8))
                .startsWith("Package: libssl3");
        assertThat(warm.listFiles("/var/lib/dpkg/status.d").orElseThrow()).containsExactly("base");
        assertThat(images.store().openCount(packages)).isEqualTo(2);
    }

    /**
     * Records of {@code layer-facts-v1} took {@code /usr/lib/os-release} when {@code /etc/os-release}
     * was absent; the lifecycle reads only {@code /etc/os-release}, so such a record is not reused.
     */
    @Test
    void factsRecordedWithTheUsrLibFallbackAreNotReused() throws Exception {
        Descriptor usrLibOnly = images.add(TestLayer.create().file("/usr/lib/os-release", "ID=debian\n"));
        List<Descriptor> layers = List.of(usrLibOnly, user);
        byte[] fallbackRecord = new LayerFacts(images.image(TestImage.compliantBuild("amd64")), BUDGET, warning -> {})
                .readAll()
                .toJson();
        newSession().putFact(FactKey.of("layer-facts-v1", digests(layers)), fallbackRecord);

        ImageFacts facts = inspection(newSession()).factsOf(build(layers));

        assertThat(LayerInspection.FACTS_KIND).isNotEqualTo("layer-facts-v1");
        assertThat(facts.osRelease()).isEmpty();
        assertThat(images.store().openCount(usrLibOnly)).isEqualTo(1);
    }

    @Test
    void theFactsOfAnUnreadableLayerAreNotKept() throws Exception {
        Descriptor corrupt = images.add(MediaTypes.OCI_LAYER_GZIP, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        for (int run = 0; run < 2; run++) {
            LayerInspection inspection = inspection(newSession());
            assertThatThrownBy(() -> inspection.factsOf(build(List.of(corrupt))).users())
                    .isInstanceOf(FactUnavailableException.class);
            assertThatThrownBy(inspection::requireReadableLayers).isInstanceOf(ImageReadException.class);
        }

        assertThat(images.store().openCount(corrupt)).isEqualTo(2);
    }

    @Test
    void aMislabelledLayerIsToldOnWarmRunsToo() throws Exception {
        Descriptor plainTar = images.add(
                MediaTypes.OCI_LAYER_GZIP,
                TestLayer.create().file("/etc/passwd", PASSWD).tar());
        inspection(newSession()).factsOf(build(List.of(base, plainTar))).users();
        List<String> cold = log.warnings();
        log.clear();

        inspection(newSession()).factsOf(build(List.of(base, plainTar))).users();

        assertThat(cold).singleElement().asString().contains("is labelled " + MediaTypes.OCI_LAYER_GZIP);
        assertThat(log.warnings()).isEqualTo(cold);
        assertThat(images.store().openCount(plainTar)).isEqualTo(1);
    }

    @Test
    void imagesNoCheckAsksAboutReadNothing() throws Exception {
        inspection(newSession()).factsOf(build(List.of(base, user)));

        assertThat(images.store().openCount(user)).isZero();
    }
}
