def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-cnb-group-id')
assert run.findings(check: 'build-cnb-group-id', status: 'fail').every { it.message.contains('CNB_GROUP_ID') }
assert run.findings(check: 'build-cnb-group-id', status: 'fail')*.role.unique() == ['build']
