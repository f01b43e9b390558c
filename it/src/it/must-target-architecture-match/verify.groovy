def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-architecture-match')
assert run.findings(check: 'target-architecture-match', status: 'fail').every { it.message.contains('arm64') }
assert run.findings(check: 'target-architecture-match', status: 'fail')*.role.unique() == ['pair']
