def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-variant-match')
assert run.findings(check: 'target-variant-match', status: 'fail').every { it.message.contains('v6') }
assert run.findings(check: 'target-variant-match', status: 'fail')*.role.unique() == ['pair']
