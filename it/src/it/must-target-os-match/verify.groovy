def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-os-match')
assert run.findings(check: 'target-os-match', status: 'fail').every { it.message.contains('freebsd') }
assert run.findings(check: 'target-os-match', status: 'fail')*.role.unique() == ['pair']
