def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-distro-name-match')
assert run.findings(check: 'target-distro-name-match', status: 'fail').every { it.message.contains('debian') }
assert run.findings(check: 'target-distro-name-match', status: 'fail')*.role.unique() == ['pair']
