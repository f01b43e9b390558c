def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-user-non-root')
assert run.findings(check: 'build-user-non-root', status: 'fail').every { it.message.contains('0:0') }
assert run.findings(check: 'build-user-non-root', status: 'fail')*.role.unique() == ['build']
