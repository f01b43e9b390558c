package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.check.Checks;
import io.github.cnbenforcer.check.Finding;
import io.github.cnbenforcer.check.StackEvaluator;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ImageResolver;
import io.github.cnbenforcer.image.ImageSource;
import io.github.cnbenforcer.image.ResolvedImage;
import io.github.cnbenforcer.reference.ImageRef;
import io.github.cnbenforcer.report.JsonReport;
import io.github.cnbenforcer.report.StackOutcome;
import io.github.cnbenforcer.source.ImageSources;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.text.Escape;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.enforcer.rule.api.AbstractEnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Checks a Cloud Native Buildpacks build image and run image against the platform specification:
 * every MUST it breaks fails the build, every SHOULD is a warning.
 */
@Named("cnbBaseImages")
public final class CnbBaseImages extends AbstractEnforcerRule {

    /** The build image reference. */
    private String buildImage;

    /** The run image reference. */
    private String runImage;

    /** More references that must be the same run image. */
    private List<String> runImageMirrors;

    /** {@code os/arch[/variant]} entries to validate; default: every platform of the build image. */
    private List<String> platforms;

    /** SHOULD findings and unverified MUST checks fail the build too. */
    private boolean strict;

    /** Read image filesystems for the checks that need them. */
    private boolean inspectLayers = true;

    /** Bytes of layers read per image, in MiB, before the filesystem checks give up as unverified. */
    private int layerBudgetMiB = RuleSettings.DEFAULT_LAYER_BUDGET_MIB;

    /** Allow plain HTTP and unverified TLS; credentials are never sent over plain HTTP. */
    private boolean allowInsecureRegistries;

    /**
     * Seconds a registry may take to accept a connection, to answer, and between two chunks of an
     * answer; a whole request may take this plus 1 s per 64 KiB it carries.
     */
    private Integer timeout;

    /** The longest the whole rule may take, in seconds, before it fails saying what it waited for. */
    private Integer deadline;

    /** Where the JSON report is written; default {@code ${project.build.directory}/cnb-base-images.json}. */
    private File reportFile;

    private final MavenProject project;
    private final MavenSession session;
    private final SettingsDecrypter settingsDecrypter;

    @Inject
    public CnbBaseImages(MavenProject project, MavenSession session, SettingsDecrypter settingsDecrypter) {
        this.project = Objects.requireNonNull(project);
        this.session = Objects.requireNonNull(session);
        this.settingsDecrypter = Objects.requireNonNull(settingsDecrypter);
    }

    @Override
    public void execute() throws EnforcerRuleException {
        SourceLog ruleLog = log("");
        SourceLog sourceLog = log(EnforcerSourceLog.SOURCE_PREFIX);
        RuleSettings settings = settings(sourceLog);
        RuleDeadline guard = new RuleDeadline(settings.sourceOptions().deadline());
        StackOutcome outcome = guard.run(() -> evaluate(settings, sourceLog, guard));
        writeReport(outcome, settings.reportFile());
        if (outcome.error() != null) {
            throw new EnforcerRuleException(Escape.line(outcome.error()));
        }
        for (Finding warning : outcome.warnings()) {
            ruleLog.warn(warning.status().label().toUpperCase(java.util.Locale.ROOT) + " " + warning);
        }
        sourceLog.info(
                outcome.findings().size() + " findings, " + outcome.failures().size() + " failing, "
                        + outcome.warnings().size() + " warnings; report: " + settings.reportFile());
        if (!outcome.failures().isEmpty()) {
            throw new EnforcerRuleException(outcome.failureMessage());
        }
    }

    /** The Maven log, every line escaped. */
    private SourceLog log(String prefix) {
        return getLog() == null ? SourceLog.NONE : new EnforcerSourceLog(getLog(), prefix);
    }

    private RuleSettings settings(SourceLog sourceLog) throws EnforcerRuleError {
        Settings mavenSettings = session.getSettings();
        return RuleSettings.builder(project.getBasedir().toPath())
                .buildImage(buildImage)
                .runImage(runImage)
                .runImageMirrors(runImageMirrors)
                .platforms(platforms)
                .strict(strict)
                .inspectLayers(inspectLayers)
                .layerBudgetMiB(layerBudgetMiB)
                .allowInsecureRegistries(allowInsecureRegistries)
                .timeoutSeconds(timeout)
                .deadlineSeconds(deadline)
                .offline(session.isOffline())
                .settingsServers(MavenRegistrySettings.servers(mavenSettings, settingsDecrypter))
                .proxies(MavenRegistrySettings.activeProxies(mavenSettings, settingsDecrypter, sourceLog))
                .sourceLog(sourceLog)
                .reportFile(
                        reportFile != null
                                ? reportFile.toPath()
                                : Path.of(project.getBuild().getDirectory(), "cnb-base-images.json"))
                .build();
    }

    private StackOutcome evaluate(RuleSettings settings, SourceLog log, RuleDeadline guard) {
        ImageSources sources = new ImageSources(settings.sourceOptions());
        List<ImageSource> opened = new ArrayList<>();
        try {
            ResolvedImage build = resolve(sources, settings.buildImage(), "build", opened, guard);
            ResolvedImage run = resolve(sources, settings.runImage(), "run", opened, guard);
            List<ResolvedImage> mirrors = new ArrayList<>();
            for (ImageRef mirror : settings.runImageMirrors()) {
                mirrors.add(resolve(sources, mirror, "run image mirror", opened, guard));
            }
            guard.doing("checking the images (reading their layers where the checks need them)");
            LayerInspection layers = new LayerInspection(settings, log);
            StackEvaluator.Result result = new StackEvaluator(Checks.all(), layers, settings.strict())
                    .evaluate(build, run, mirrors, settings.platforms());
            layers.requireReadableLayers();
            return StackOutcome.of(result.findings(), result.images(), settings.strict());
        } catch (ImageReadException e) {
            return StackOutcome.failed(e.getMessage());
        } finally {
            closeAll(opened, log);
        }
    }

    private static ResolvedImage resolve(
            ImageSources sources, ImageRef ref, String role, List<ImageSource> opened, RuleDeadline guard)
            throws ImageReadException {
        guard.doing("reading the " + role + " image " + ref);
        try {
            ImageSource source = sources.open(ref);
            opened.add(source);
            return new ImageResolver().resolve(source);
        } catch (ImageReadException e) {
            throw new ImageReadException("Cannot read the " + role + " image " + ref + ": " + e.getMessage(), e);
        }
    }

    private void writeReport(StackOutcome outcome, Path file) throws EnforcerRuleException {
        try {
            JsonReport.write(outcome, file);
        } catch (IOException e) {
            throw new EnforcerRuleException(
                    Escape.line("Cannot write the cnbBaseImages report to " + file + ": " + e.getMessage()
                            + " (set reportFile to a writable path)"),
                    e);
        }
    }

    private static void closeAll(List<ImageSource> sources, SourceLog log) {
        for (ImageSource source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                log.debug("closing " + source.reference() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "cnbBaseImages[buildImage=" + buildImage + ", runImage=" + runImage + "]";
    }
}
