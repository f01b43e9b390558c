def run = evaluate(new File(basedir, '../verify-support.groovy'))
// Each hostile value is shown, escaped: a forged '[ERROR]' never starts a line, and no control character
// reaches the log but the colour resets Maven itself writes (ESC[0m).
String hostile = '\\n[ERROR] forged\\u001b]0;x\\u0007'
assert !run.log.readLines().any { it.startsWith('[ERROR] forged') }
String withoutMavensOwn = run.log.replace('\u001b[0m', '')
for (String control : ['\u001b', '\u0007', '\r']) {
    assert !withoutMavensOwn.contains(control)
}
for (File report : [run.reportFile, run.sarifFile, run.junitFile]) {
    assert !report.text.contains('\u001b'): "a control character in $report"
}
String platform = "linux$hostile/amd64$hostile/v1$hostile"
assert run.platforms('build') == ['linux/amd64/v1', platform]
// With -X Maven prints the failure's stack trace, so failsOn (which forbids one) is spelled out here.
assert run.report.result == 'fail'
assert run.checksWith('fail') == ['build-path', 'build-cnb-user-id', 'build-user-home-writable', 'os-valid',
        'architecture-valid', 'run-base-id-characters', 'target-distro-name-match', 'target-distro-version-match'] as Set
run.reportsAgree()
run.finds(check: 'run-base-id-characters', role: 'run', platform: 'linux/amd64/v1', 'fail', "'io.example.stacks.jammy$hostile'")
run.finds(check: 'build-path', platform: 'linux/amd64/v1', 'fail', "'bin$hostile'")
run.finds(check: 'build-cnb-user-id', platform: 'linux/amd64/v1', 'fail', "'1001$hostile'")
run.finds(check: 'build-user-home-writable', platform: 'linux/amd64/v1', 'fail', 'home /home/cnb\\u001b]0;x\\u0007 ')
run.finds(check: 'distro-os-release', role: 'build', platform: 'linux/amd64/v1', 'warn', "'22.04\\u001b]0;x\\u0007'")
run.finds(check: 'os-valid', platform: platform, 'fail', "'linux$hostile'")
run.finds(check: 'label-homepage', role: 'build', platform: 'linux/amd64/v1', 'warn', "'https://stacks.example.com$hostile'")
run.finds(check: 'label-released', role: 'run', platform: 'linux/amd64/v1', 'warn', "'2026-01-01$hostile'")
run.finds(check: 'run-user-distinct-uid', platform: 'linux/amd64/v1', 'warn', "'1002$hostile'")

// The run image's distro name label is a forged red error line, ESC[31m[ERROR] forged: shown escaped in
// the log (a warning), the failure (a MUST) and each report.
String red = '\\u001b[31m[ERROR] forged'
assert run.log.readLines().any { it.startsWith('[WARNING] cnbBaseImages:   warn') && it.contains("label io.buildpacks.base.distro.name is '$red'") }
assert run.log.readLines().any { it.startsWith('[ERROR]   target-distro-name-match  pair  ') && it.contains("run io.buildpacks.base.distro.name is '$red'") }
run.finds(check: 'target-distro-name-match', platform: 'linux/amd64/v1', 'fail', "'$red'")
run.finds(check: 'distro-os-release', role: 'run', platform: 'linux/amd64/v1', 'warn', "'$red'")
assert run.sarif.runs[0].results.find { it.ruleId == 'target-distro-name-match' }.message.text.contains("'$red'")
assert run.junit.'**'.find { it.name() == 'failure' && it.@message.text().contains("'$red'") }
