def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('os-valid')
assert run.findings(check: 'os-valid', status: 'fail').every { it.message.contains('ubuntu') }
