def run = evaluate(new File(basedir, '../verify-support.groovy'))
// strict, and yet the build passes: its only deviations are suppressed, each with its reason.
run.succeeds()
assert run.report.strict
assert run.report.result == 'pass'
run.suppressedOn('run-user-distinct-uid', 'label-released')
assert run.findings(check: 'label-released')*.role == ['build', 'run']
run.finds(check: 'run-user-distinct-uid', 'suppressed', "run User 'heroku' has UID 1000, build User 'heroku' has UID 1000")
assert run.findings(check: 'run-user-distinct-uid')[0].suppression.reason ==
        'build and run images share the heroku user (UID 1000) by design'
assert run.findings(check: 'label-released')*.suppression*.expires == ['2099-12-31', '2099-12-31']
assert run.suppressionStates() == ['run-user-distinct-uid': 'applied', 'label-released': 'applied']
assert run.checksWith('warn').isEmpty() && run.checksWith('unverified').isEmpty()

// The log: one line per image read, the suppressed findings under their image, the closing count.
def lines = run.log.readLines()
assert lines.any { it =~ /^\[INFO\] cnbBaseImages: read build  oci:\S+\/heroku-build  sha256:[0-9a-f]{64}  linux\/amd64\/v1  from OCI layout \S+\/heroku-build$/ }
assert lines.any { it =~ /^\[INFO\] cnbBaseImages: read run    oci:\S+\/heroku-run    sha256:[0-9a-f]{64}  linux\/amd64\/v1  from OCI layout \S+\/heroku-run$/ }
assert lines.contains('[INFO] cnbBaseImages: ' + run.report.findings.count { it.status == 'pass' } +
        ' passed, 0 warnings, 0 failed, 3 suppressed, 0 unverified')
assert !run.log.contains('stale') && !run.log.contains('expired')

// SARIF: a note with the reason as justification; JUnit: a skipped test case with the reason.
def sarifResult = run.sarif.runs[0].results.find { it.ruleId == 'run-user-distinct-uid' }
assert sarifResult.level == 'note'
assert sarifResult.suppressions[0].justification == 'build and run images share the heroku user (UID 1000) by design'
// Located in the POM that configures the rule, relative to the directory Maven ran in.
assert sarifResult.locations[0].physicalLocation.artifactLocation == [uri: 'pom.xml', uriBaseId: '%SRCROOT%']
assert run.sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri ==~ /file:\/.*\/suppressions-heroku-strict\//
def skipped = run.junit.'**'.find { it.name() == 'testcase' && it.@name == 'run-user-distinct-uid' }.skipped
assert skipped.@message.text().endsWith('(suppressed: build and run images share the heroku user (UID 1000) by design)')
