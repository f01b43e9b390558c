def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
assert run.platforms('build') == ['windows/amd64']
for (check in ['build-user-non-root', 'build-path', 'run-path', 'os-valid', 'target-os-match',
        'target-distro-name-match', 'target-distro-version-match', 'stack-id', 'build-cnb-stack-id',
        'run-distro-effective']) {
    assert run.findings(check: check)*.status.toSet() == ['pass'] as Set
}
assert run.findings(check: 'distro-labels')*.status == ['pass', 'pass']
assert run.findings(check: 'build-cnb-user-id')*.status == ['unverified']
assert run.findings(check: 'build-cnb-group-id')*.status == ['unverified']
assert run.log.contains('ContainerUser')
// The run image spells its variable Path: on Windows, that is PATH.
run.finds(check: 'run-path', 'pass', "PATH 'C:\\Windows\\system32;C:\\Windows'")
