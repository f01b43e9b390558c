// Shared by the ITs' verify.groovy:
//     def run = evaluate(new File(basedir, '../verify-support.groovy'))
// returns a RuleRun of the IT's build.log and its JSON, SARIF and JUnit XML reports. An IT that builds
// a project elsewhere (invoker.project) sets `projectDir = new File(...)` before, to read that
// project's reports.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

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
    final File sarifFile
    final Map sarif
    final File junitFile
    final def junit

    RuleRun(File itDir, File projectDir) {
        log = new File(itDir, 'build.log').text
        reportFile = new File(projectDir, 'target/cnb-base-images.json')
        report = reportFile.isFile() ? new JsonSlurper().parse(reportFile) as Map : null
        sarifFile = new File(projectDir, 'target/cnb-base-images.sarif')
        sarif = sarifFile.isFile() ? new JsonSlurper().parse(sarifFile) as Map : null
        junitFile = new File(projectDir, 'target/cnb-base-images-junit.xml')
        junit = junitFile.isFile() ? new XmlSlurper().parse(junitFile) : null
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
        reportsAgree()
    }

    /** No MUST failed: the build passed, perhaps with warnings. */
    void succeeds() {
        assert report.result in ['pass', 'warn']
        assert checksWith('fail').isEmpty()
        assert log.contains('BUILD SUCCESS')
        reportsAgree()
    }

    /**
     * The build failed on these checks and no others, each logged under its image and listed in the
     * failure as `ID  role  reference  platform: reason`.
     */
    void failsOn(String... checks) {
        assert report.result == 'fail'
        assert checksWith('fail') == checks as Set
        logsEach(findings(status: 'fail'), '[ERROR]')
        assert log.contains('BUILD FAILURE')
        hasNoStackTrace()
        reportsAgree()
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
     * These checks and no others were suppressed, each finding with the reason of its suppression, in
     * the report and in the log (a suppressed MUST as a warning).
     */
    void suppressedOn(String... checks) {
        assert checksWith('suppressed') == checks as Set
        findings(status: 'suppressed').each { f ->
            assert f.suppression?.reason: "suppressed without a reason: $f"
            assert !f.suppression.expired
        }
        logsEach(findings(status: 'suppressed', level: 'MUST'), '[WARNING]')
        logsEach(findings(status: 'suppressed', level: 'SHOULD'), '[INFO]')
    }

    /** The report's record of each suppression: its check and state (applied, stale or expired). */
    Map<String, String> suppressionStates() {
        report.suppressions.collectEntries { [(it.check): it.state] }
    }

    /**
     * The SARIF and JUnit XML reports say what the JSON report says: a SARIF result for each finding
     * that did not pass, at its level, and a JUnit test case for each finding, failed or skipped as
     * its status says; the closing line of the log counts the findings by status.
     */
    void reportsAgree() {
        assert sarif.version == '2.1.0'
        def results = sarif.runs[0].results
        def notPassed = findings().findAll { it.status != 'pass' }
        assert results.size() == notPassed.size()
        [notPassed, results].transpose().each { Map f, Map r ->
            assert r.ruleId == f.check
            assert r.properties.reference == f.reference && r.properties.platform == f.platform
            assert r.level == sarifLevel(f)
            assert (r.suppressions?.getAt(0)?.justification) == f.suppression?.with { it.expired ? null : it.reason }
        }
        assert junit.name() == 'testsuites'
        assert junit.'**'.findAll { it.name() == 'testcase' }.size() == findings().size()
        assert junit.@failures.text() as int == findings().count { it.status == 'fail' || (report.strict && it.status == 'unverified') }
        assert junit.@skipped.text() as int == findings().count { it.status == 'suppressed' || (!report.strict && it.status == 'unverified') }
        def counts = ['pass', 'warn', 'fail', 'suppressed', 'unverified'].collect { status -> findings(status: status).size() }
        assert log.contains(String.format('cnbBaseImages: %d passed, %d warnings, %d failed, %d suppressed, %d unverified', *counts))
    }

    private String sarifLevel(Map finding) {
        if (finding.status == 'suppressed') {
            return 'note'
        }
        return finding.status == 'fail' || (report.strict && finding.status == 'unverified') ? 'error' : 'warning'
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

    /** The build failed before checking: the reason is in the log and every report. */
    void failsToRead(String... expectedInReason) {
        assert log.contains('BUILD FAILURE')
        assert report.result == 'fail'
        assert report.error
        expectedInReason.each { text ->
            assert report.error.contains(text)
            assert log.contains(text)
        }
        assert !sarif.runs[0].invocations[0].executionSuccessful
        assert sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text == report.error
        assert junit.@errors.text() == '1'
        assert junit.testsuite.testcase.error.@message.text() == report.error
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

    /**
     * Each finding is in build.log under the line of its image (`cnbBaseImages: role  reference
     * platform`), as `status  check  LEVEL  message`, on a line that starts with linePrefix; a failing
     * one is also in the build failure, as `check  role  reference  platform: message`.
     */
    private void logsEach(List<Map> findings, String linePrefix) {
        def lines = log.readLines()
        findings.each { f ->
            String image = "cnbBaseImages: ${f.role}  ${f.reference}  ${f.platform}"
            int header = lines.findIndexOf { it.endsWith(image) }
            assert header >= 0: "no line of the image in build.log: $image"
            def entries = lines.drop(header + 1).takeWhile { it =~ /^\[\w+\] cnbBaseImages:   / }
            def entry = ~/cnbBaseImages:   \Q${f.status}\E +\Q${f.check}\E +\Q${f.level}\E +\Q${f.message}\E/
            assert entries.any { it.startsWith(linePrefix) && it =~ entry }: "not in build.log under $image: $f"
            if (f.status == 'fail') {
                String line = "${f.check}  ${f.role}  ${f.reference}  ${f.platform}: ${f.message}"
                assert lines.any { it.contains(line) }: "not in the build failure: $line"
            }
        }
    }
}

new RuleRun(basedir, binding.hasVariable('projectDir') ? projectDir : basedir)
