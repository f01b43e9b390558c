def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
assert run.platforms('build') == ['linux/amd64/v1']
assert run.platforms('run') == ['linux/amd64/v1', 'linux/s390x']
assert run.findings(check: 'run-path')*.platform == ['linux/amd64/v1', 'linux/s390x']
assert run.findings(check: 'target-platform-missing')*.platform == ['linux/amd64/v1']
