def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-platform-missing')
assert run.findings(check: 'target-platform-missing', status: 'fail').every { it.message.contains('linux/arm64') }
assert run.findings(check: 'target-platform-missing', status: 'fail')*.role.unique() == ['pair']
