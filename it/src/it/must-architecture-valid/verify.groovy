def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('architecture-valid')
assert run.findings(check: 'architecture-valid', status: 'fail').every { it.message.contains('x86_64') }
