package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactsRecordTest {
    private static final long BUDGET = 512L * 1024 * 1024;

    private final InMemoryImages images = new InMemoryImages();

    @Test
    void whatAReadDecidedIsReadBackAsItWas() throws Exception {
        LayerFacts read = new LayerFacts(images.image(TestImage.compliantBuild("amd64")), BUDGET, warning -> {});

        FactsRecord record = FactsRecord.fromJson(read.readAll().toJson()).orElseThrow();
        RecordedFacts facts = new RecordedFacts(record, () -> {
            throw new AssertionError("the record decides every question of the first read");
        });

        assertThat(facts.users().users())
                .usingRecursiveComparison()
                .isEqualTo(read.users().users());
        assertThat(facts.users().groups())
                .usingRecursiveComparison()
                .isEqualTo(read.users().groups());
        assertThat(facts.osRelease()).isEqualTo(read.osRelease());
        assertThat(facts.stat("/home/cnb")).usingRecursiveComparison().isEqualTo(read.stat("/home/cnb"));
    }

    @Test
    void anImageWithoutOsReleaseIsRecordedAsSuch() throws Exception {
        LayerFacts read = new LayerFacts(images.image(TestImage.bare("linux", "amd64")), BUDGET, warning -> {});

        FactsRecord record = FactsRecord.fromJson(read.readAll().toJson()).orElseThrow();

        assertThat(record.osRelease()).contains(Optional.empty());
        assertThat(record.users().orElseThrow().users()).isEmpty();
    }

    @Test
    void aDocumentThatIsNoRecordIsNotRead() {
        assertThat(FactsRecord.fromJson("{\"users\":{\"passwd\":[{\"name\":1}]}}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FactsRecord.fromJson("{\"layers\":{\"sha256:nope\":\"GZIP\"}}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FactsRecord.fromJson("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
