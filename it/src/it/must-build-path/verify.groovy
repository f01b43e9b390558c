def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-path')
assert run.findings(check: 'build-path', status: 'fail').every { it.message.contains('/usr/local/bin:bin:/usr/bin') }
assert run.findings(check: 'build-path', status: 'fail')*.role.unique() == ['build']
