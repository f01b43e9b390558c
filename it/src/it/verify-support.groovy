// Shared by the ITs' verify.groovy:
//     def run = evaluate(new File(basedir, '../verify-support.groovy'))
// returns a RuleRun of the IT's build.log and JSON report. An IT that builds a project elsewhere
// (invoker.project) sets `projectDir = new File(...)` before, to read that project's report.
import groovy.json.JsonSlurper

class RuleRun {
    /** The checks that read the image filesystem for a named User: unverified when layers are not read. */
    static final Set<String> FILESYSTEM_CHECKS = ['build-user-non-root', 'build-cnb-user-id', 'build-cnb-group-id',
            'build-user-home-writable', 'run-user-distinct-uid', 'distro-os-release'] as Set

    /** Every check of a build and run image pair: not run-mirror-identical, rebase-* nor builder-* (they need runImageMirrors, previousRunImage, builderImage). */
    static final Set<String> STACK_CHECKS = [
            'build-user-non-root', 'build-user-home-writable', 'build-cnb-user-id', 'build-cnb-group-id',
            'build-path', 'run-path', 'os-valid', 'architecture-valid', 'target-platform-missing',
            'target-os-match', 'target-architecture-match', 'target-variant-match', 'target-distro-name-match',
            'target-distro-version-match', 'label-maintainer', 'label-homepage', 'label-released',
            'label-description', 'label-metadata', 'run-user-distinct-uid', 'run-rebasable', 'run-base-id',
            'run-base-id-characters', 'variant-valid', 'distro-labels', 'distro-os-release',
            'run-distro-effective', 'stack-id', 'stack-mixins', 'build-cnb-stack-id'] as Set

    final String log
    final File reportFile
    final Map report

    RuleRun(File itDir, File projectDir) {
        log = new File(itDir, 'build.log').text
        reportFile = new File(projectDir, 'target/cnb-base-images.json')
        report = reportFile.isFile() ? new JsonSlurper().parse(reportFile) as Map : null
    }

    /** The report's findings that match every given field, e.g. findings(check: 'run-path', status: 'fail'). */
    List<Map> findings(Map fields = [:]) {
        assert report != null: "no report at $reportFile"
        report.findings.findAll { finding -> fields.every { name, value -> finding[name] == value } }
    }

    /** The manifest of the one-image OCI layout fixtures.dir/NAME (the fixtures of target/fixtures). */
    Map fixtureManifest(String name) {
        // reportFile is it/target/it/PROJECT/target/cnb-base-images.json; fixtures are in it/target/fixtures.
        File layout = new File(reportFile.parentFile.parentFile.parentFile.parentFile, "fixtures/$name")
        def slurper = new JsonSlurper()
        String digest = slurper.parse(new File(layout, 'index.json')).manifests[0].digest
        slurper.parse(new File(layout, 'blobs/sha256/' + digest.substring('sha256:'.length()))) as Map
    }

    /** The IDs of the checks with a finding of this status. */
    Set<String> checksWith(String status) {
        findings(status: status)*.check as Set
    }

    /** The platforms the report lists images of, for a role. */
    List<String> platforms(String role) {
        report.images.findAll { it.role == role }*.platform
    }

    /** Passed every check: each finding of every check that ran is a pass, none unverified. */
    void passesEveryCheck() {
        assert report.result == 'pass'
        assert findings()*.check.toSet().containsAll(STACK_CHECKS)
        def notPassed = findings().findAll { it.status != 'pass' }
        assert notPassed.isEmpty(): "not passed: $notPassed"
        assert log.contains('BUILD SUCCESS')
    }

    /** No MUST failed: the build passed, perhaps with warnings. */
    void succeeds() {
        assert report.result in ['pass', 'warn']
        assert checksWith('fail').isEmpty()
        assert log.contains('BUILD SUCCESS')
    }

    /** The build failed on these checks and no others, each logged as `ID  role  reference  platform: reason`. */
    void failsOn(String... checks) {
        assert report.result == 'fail'
        assert checksWith('fail') == checks as Set
        logsEach(findings(status: 'fail'), '')
        assert log.contains('BUILD FAILURE')
        hasNoStackTrace()
    }

    /** These checks and no others warned, each finding logged as a warning. */
    void warnsOn(String... checks) {
        assert checksWith('warn') == checks as Set
        logsEach(findings(status: 'warn'), '[WARNING]')
    }

    /** These checks and no others were unverified, each finding logged as a warning. */
    void unverifiedOn(String... checks) {
        assert checksWith('unverified') == checks as Set
        logsEach(findings(status: 'unverified'), '[WARNING]')
    }

    /**
     * The findings that match {@code fields} (at least a check), e.g. finds(check: 'run-path', role: 'run',
     * 'fail', 'PATH'), all have this status and a message with every given text. The rule logs findings
     * that did not pass (as `ID  role  reference  platform: message`), so those are in build.log too.
     */
    void finds(Map fields, String status, String... expectedInMessage) {
        def found = findings(fields)
        assert found: "no finding of $fields"
        assert found*.status.toSet() == [status] as Set: "$fields: ${found*.status}"
        found.each { f -> expectedInMessage.each { text -> assert f.message.contains(text): "$fields: ${f.message}" } }
        if (status != 'pass') {
            logsEach(found, '')
        }
    }

    /** The build failed before checking: the reason is in the log and the report. */
    void failsToRead(String... expectedInReason) {
        assert log.contains('BUILD FAILURE')
        assert report.result == 'fail'
        assert report.error
        expectedInReason.each { text ->
            assert report.error.contains(text)
            assert log.contains(text)
        }
        hasNoStackTrace()
    }

    /** The rule was misconfigured: the build failed with these words, without checking anything. */
    void rejectsConfiguration(String... expectedInMessage) {
        assert log.contains('BUILD FAILURE')
        expectedInMessage.each { text -> assert log.contains(text) }
        hasNoStackTrace()
    }

    void hasNoStackTrace() {
        assert !log.contains('\tat ')
        assert !log.contains('Caused by: ')
    }

    private void logsEach(List<Map> findings, String linePrefix) {
        def lines = log.readLines()
        findings.each { f ->
            String line = "${f.check}  ${f.role}  ${f.reference}  ${f.platform}: ${f.message}"
            assert lines.any { it.startsWith(linePrefix) && it.contains(line) }: "not in build.log: $line"
        }
    }
}

new RuleRun(basedir, binding.hasVariable('projectDir') ? projectDir : basedir)
