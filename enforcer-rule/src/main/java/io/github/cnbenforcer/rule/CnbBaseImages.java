package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.cache.DiskCache;
import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.cache.SessionCache;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.pipeline.Checks;
import io.github.cnbenforcer.pipeline.ImageSources;
import io.github.cnbenforcer.pipeline.StackRun;
import io.github.cnbenforcer.report.JUnitReport;
import io.github.cnbenforcer.report.JsonReport;
import io.github.cnbenforcer.report.LogReport;
import io.github.cnbenforcer.report.SarifReport;
import io.github.cnbenforcer.text.Escape;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    /** The build image reference; without it, the builder is checked as the build image. */
    private String buildImage;

    /** A builder image: checked as the build image, and names the run image when {@code runImage} is not set. */
    private String builderImage;

    /** The run image reference; without it, the run image the builder names. */
    private String runImage;

    /** The run image the new one replaces (e.g. the published tag): enables the {@code rebase-*} checks. */
    private String previousRunImage;

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

    /** Deviations accepted on purpose: each names a check, optionally an image and a platform, a reason and an end. */
    private List<Suppression> suppressions;

    /** Where the JSON report is written; default {@code ${project.build.directory}/cnb-base-images.json}. */
    private File reportFile;

    /** Where the SARIF 2.1.0 report is written; default {@code ${project.build.directory}/cnb-base-images.sarif}. */
    private File sarifFile;

    /** Where the JUnit XML report is written; default {@code ${project.build.directory}/cnb-base-images-junit.xml}. */
    private File junitFile;

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
        EnforcerSourceLog log = new EnforcerSourceLog(getLog());
        RuleSettings settings = settings(log);
        RuleDeadline guard = new RuleDeadline(settings.registryOptions().deadline(), settings.statusPolicy());
        ImageCache imageCache = sessionCache(settings, log);
        StackRun run = new StackRun(
                settings.stack(),
                new ImageSources(settings.registryOptions(), imageCache),
                settings.layerInspection(imageCache, log),
                settings.statusPolicy(),
                checks);
        Outcome outcome = guard.run(() -> run.run(guard::doing));
        writeReports(outcome, settings);
        if (outcome.error() != null) {
            throw new EnforcerRuleException(Escape.line(outcome.error()));
        }
        LogReport.of(outcome).forEach(log::write);
        log.info("reports: " + settings.reportFile() + ", " + settings.sarifFile() + ", " + settings.junitFile());
        if (!outcome.failures().isEmpty()) {
            throw new EnforcerRuleException(outcome.failureMessage());
        }
    }

    /**
     * The cache of this Maven session (shared by every module and thread of the build), in front of
     * the disk cache; a disk cache that cannot be opened is a warning, and the build goes on without.
     */
    private SessionCache sessionCache(RuleSettings settings, EnforcerSourceLog log) {
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

    /** The rule's settings; a misconfiguration, which quotes the POM, is shown as one escaped line. */
    private RuleSettings settings(EnforcerSourceLog log) throws EnforcerRuleError {
        try {
            return parameters(log).build();
        } catch (EnforcerRuleError e) {
            throw new EnforcerRuleError(Escape.line(e.getMessage()));
        }
    }

    private RuleSettings.Builder parameters(EnforcerSourceLog log) {
        Settings mavenSettings = session.getSettings();
        return RuleSettings.builder(project.getBasedir().toPath())
                .buildImage(buildImage)
                .builderImage(builderImage)
                .runImage(runImage)
                .previousRunImage(previousRunImage)
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
                .proxies(MavenRegistrySettings.activeProxies(mavenSettings, settingsDecrypter, log))
                .sourceLog(log)
                .suppressions(suppressions, checks)
                .reportFile(orDefault(reportFile, "cnb-base-images.json"))
                .sarifFile(orDefault(sarifFile, "cnb-base-images.sarif"))
                .junitFile(orDefault(junitFile, "cnb-base-images-junit.xml"))
                .cache(cache)
                .cacheDirectory(cacheDirectory == null ? null : cacheDirectory.toPath())
                .cacheMaxMiB(cacheMaxMiB);
    }

    /** The file, or the one of this name in the build directory. */
    private Path orDefault(File file, String name) {
        return file != null ? file.toPath() : Path.of(project.getBuild().getDirectory(), name);
    }

    /** Writes every report, pass or fail. */
    private void writeReports(Outcome outcome, RuleSettings settings) throws EnforcerRuleException {
        SarifReport sarif = new SarifReport(checks, sourceRoot(), pom());
        writeReport("reportFile", settings.reportFile(), file -> JsonReport.write(outcome, file));
        writeReport("sarifFile", settings.sarifFile(), file -> sarif.write(outcome, file));
        writeReport("junitFile", settings.junitFile(), file -> JUnitReport.write(outcome, file));
    }

    /** Writes one report. */
    @FunctionalInterface
    private interface ReportWriter {
        void write(Path file) throws IOException;
    }

    private static void writeReport(String parameter, Path file, ReportWriter writer) throws EnforcerRuleException {
        try {
            writer.write(file);
        } catch (IOException e) {
            throw new EnforcerRuleException(
                    Escape.line("Cannot write the cnbBaseImages report to " + file + ": " + e.getMessage() + " (set "
                            + parameter + " to a writable path)"),
                    e);
        }
    }

    /** The directory Maven runs in, which the SARIF report's paths are relative to. */
    private Path sourceRoot() {
        String root = session.getExecutionRootDirectory();
        return root != null ? Path.of(root) : project.getBasedir().toPath();
    }

    /** The POM that configures the rule. */
    private Path pom() {
        File pom = project.getFile();
        return pom != null ? pom.toPath() : project.getBasedir().toPath().resolve("pom.xml");
    }

    @Override
    public String toString() {
        return "cnbBaseImages[buildImage=" + buildImage + ", runImage=" + runImage + "]";
    }
}
