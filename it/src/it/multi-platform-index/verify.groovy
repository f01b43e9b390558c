def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
assert run.platforms('build') == ['linux/amd64', 'linux/arm64/v8']
assert run.platforms('run') == ['linux/amd64', 'linux/arm64/v8']
assert run.findings()*.platform.toSet() == ['linux/amd64', 'linux/arm64/v8'] as Set
assert !run.log.contains('unknown/unknown')
