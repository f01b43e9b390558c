def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('run-path')
assert run.findings(check: 'run-path', status: 'fail').every { it.message.contains('PATH') }
assert run.findings(check: 'run-path', status: 'fail')*.role.unique() == ['run']
