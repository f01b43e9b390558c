def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
assert run.platforms('build') == ['linux/amd64/v1']
assert run.platforms('run') == ['linux/amd64/v1']
assert run.report.images.every { it.manifestDigest ==~ /sha256:[0-9a-f]{64}/ && it.configDigest ==~ /sha256:[0-9a-f]{64}/ }
assert run.report.strict == false
