def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-distro-version-match')
assert run.findings(check: 'target-distro-version-match', status: 'fail').every { it.message.contains('24.04') }
assert run.findings(check: 'target-distro-version-match', status: 'fail')*.role.unique() == ['pair']
