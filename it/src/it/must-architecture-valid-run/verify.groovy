def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('architecture-valid', 'target-architecture-match')
run.finds(check: 'architecture-valid', role: 'run', 'fail', "architecture 'x86_64' is not a GOARCH value")
run.finds(check: 'architecture-valid', role: 'build', 'pass')
run.finds(check: 'target-architecture-match', 'fail', "build architecture is 'amd64', run architecture is 'x86_64'")
run.finds(check: 'target-platform-missing', 'pass')
assert run.platforms('run') == ['linux/x86_64']
