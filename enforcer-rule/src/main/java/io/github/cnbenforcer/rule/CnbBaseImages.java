package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.cache.DiskCache;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.pipeline.Checks;
import io.github.cnbenforcer.pipeline.ImageSources;
import io.github.cnbenforcer.pipeline.StackRun;
import io.github.cnbenforcer.report.JsonReport;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.text.Escape;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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

    /** Keep manifests, configs, tags and layer facts in a disk cache shared by every build of the user. */
    private boolean cache = true;

    /** Where the disk cache lives; default {@code ${XDG_CACHE_HOME:-~/.cache}/cnb-enforcer}. */
    private File cacheDirectory;

    /** The bound of the disk cache, in MiB: the least recently used entries go first. */
    private int cacheMaxMiB = RuleSettings.DEFAULT_CACHE_MAX_MIB;

    private final MavenProject project;
    private final MavenSession session;
    private final SettingsDecrypter settingsDecrypter;
    private final List<Check> checks;

    @Inject
    public CnbBaseImages(MavenProject project, MavenSession session, SettingsDecrypter settingsDecrypter) {
        this(project, session, settingsDecrypter, Checks.all());
    }

    /** @param checks the checks to run (tests run others) */
    CnbBaseImages(MavenProject project, MavenSession session, SettingsDecrypter settingsDecrypter, List<Check> checks) {
        this.project = Objects.requireNonNull(project);
        this.session = Objects.requireNonNull(session);
        this.settingsDecrypter = Objects.requireNonNull(settingsDecrypter);
        this.checks = List.copyOf(checks);
    }

    @Override
    public void execute() throws EnforcerRuleException {
        SourceLog ruleLog = log("");
        SourceLog sourceLog = log(EnforcerSourceLog.SOURCE_PREFIX);
        RuleSettings settings = settings(sourceLog);
        RuleDeadline guard = new RuleDeadline(settings.registryOptions().deadline(), settings.statusPolicy());
        ImageCache imageCache = sessionCache(settings, sourceLog);
        StackRun run = new StackRun(
                settings.stack(),
                new ImageSources(settings.registryOptions(), imageCache),
                settings.layerInspection(imageCache, sourceLog),
                settings.statusPolicy(),
                checks);
        Outcome outcome = guard.run(() -> run.run(guard::doing));
        writeReport(outcome, settings.reportFile());
        if (outcome.error() != null) {
            throw new EnforcerRuleException(Escape.line(outcome.error()));
        }
        for (Finding warning : outcome.warnings()) {
            ruleLog.warn(warning.status().label().toUpperCase(Locale.ROOT) + " " + warning);
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

    /**
     * The cache of this Maven session (shared by every module and thread of the build), in front of
     * the disk cache; a disk cache that cannot be opened is a warning, and the build goes on without.
     */
    private SessionCache sessionCache(RuleSettings settings, SourceLog log) {
        Optional<Path> directory = settings.cacheDirectory();
        Object key = directory.isPresent() ? List.of(directory.get(), settings.cacheMaxBytes()) : "no disk cache";
        return SessionCaches.of(session.getRepositorySession().getData(), key, () -> {
            if (directory.isEmpty()) {
                return ImageCache.NONE;
            }
            try {
                return DiskCache.open(directory.get(), settings.cacheMaxBytes(), log::debug);
            } catch (IOException e) {
                log.warn("the cache directory " + directory.get() + " cannot be used (" + e.getMessage()
                        + "): the build goes on without the disk cache; set <cacheDirectory> to a writable"
                        + " directory, or <cache>false</cache>");
                return ImageCache.NONE;
            }
        });
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
                .cache(cache)
                .cacheDirectory(cacheDirectory == null ? null : cacheDirectory.toPath())
                .cacheMaxMiB(cacheMaxMiB)
                .reportFile(
                        reportFile != null
                                ? reportFile.toPath()
                                : Path.of(project.getBuild().getDirectory(), "cnb-base-images.json"))
                .build();
    }

    private void writeReport(Outcome outcome, Path file) throws EnforcerRuleException {
        try {
            JsonReport.write(outcome, file);
        } catch (IOException e) {
            throw new EnforcerRuleException(
                    Escape.line("Cannot write the cnbBaseImages report to " + file + ": " + e.getMessage()
                            + " (set reportFile to a writable path)"),
                    e);
        }
    }

    @Override
    public String toString() {
        return "cnbBaseImages[buildImage=" + buildImage + ", runImage=" + runImage + "]";
    }
}
