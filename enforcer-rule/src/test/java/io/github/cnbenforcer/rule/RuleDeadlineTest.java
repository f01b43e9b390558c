package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.source.Deadline;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The rule's last guard: whatever it waits for, it ends shortly after its deadline and says what it was doing. */
@Timeout(30)
class RuleDeadlineTest {
    private static final StatusPolicy LENIENT = StatusPolicy.strict(false);

    @Test
    void anEvaluationThatEndsInTimeGivesItsOutcome() {
        Outcome done = Outcome.of(List.of(), List.of(), LENIENT);

        assertThat(new RuleDeadline(Deadline.after(Duration.ofSeconds(5)), LENIENT).run(() -> done))
                .isSameAs(done);
    }

    @Test
    void threadsTheEvaluationStartedAreInterruptedWhenItEnds() throws Exception {
        Outcome done = Outcome.of(List.of(), List.of(), LENIENT);
        CountDownLatch interrupted = new CountDownLatch(1);

        new RuleDeadline(Deadline.after(Duration.ofSeconds(5)), LENIENT).run(() -> {
            Thread selector = new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
            selector.setDaemon(true);
            selector.start();
            return done;
        });

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aReadNoTimeoutCoversEndsAtTheDeadlineSayingWhatTheRuleWasDoing(@TempDir Path temp) throws Exception {
        Path pipe = temp.resolve("stack.oci.tar");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(10, TimeUnit.SECONDS))
                .isTrue();
        RuleDeadline guard = new RuleDeadline(Deadline.after(Duration.ofSeconds(1)), LENIENT);
        long start = System.nanoTime();

        Outcome outcome = guard.run(() -> {
            guard.doing("reading the build image oci-archive:" + pipe);
            try (InputStream blocked = Files.newInputStream(pipe)) {
                blocked.read();
            }
            return Outcome.of(List.of(), List.of(), LENIENT);
        });

        assertThat(outcome.error())
                .isEqualTo("the rule's deadline of 1 s (<deadline>) passed while reading the build image oci-archive:"
                        + pipe + ": raise <deadline>, or find out why this takes so long");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isLessThan(Duration.ofSeconds(1).plus(RuleDeadline.GRACE).plusSeconds(3));
        try (OutputStream release = Files.newOutputStream(pipe)) {
            release.write(0);
        }
    }

    @Test
    void aFailureOfTheEvaluationIsNotHidden() {
        RuleDeadline guard = new RuleDeadline(Deadline.after(Duration.ofSeconds(5)), LENIENT);

        assertThatThrownBy(() -> guard.run(() -> {
                    throw new IllegalStateException("a bug");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a bug");
    }
}
