def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-cnb-user-id')
assert run.findings(check: 'build-cnb-user-id', status: 'fail').every { it.message.contains('CNB_USER_ID') }
assert run.findings(check: 'build-cnb-user-id', status: 'fail')*.role.unique() == ['build']
