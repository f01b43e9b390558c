def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def refused = run.report.error =~ /the registry (127\.0\.0\.1:\d+) refused the connection \(nothing listens at \1\)/
assert refused: run.report.error
def closed = refused[0][1]
assert !(closed in [registries.address('plain'), registries.address('tls')])
run.failsToRead("the registry $closed refused the connection", "$closed/stacks/build:jammy")
// Fails fast: a refused connection is not waited for.
def seconds = (run.log =~ /Total time:\s+([\d.]+) s/)[0][1] as double
assert seconds < 20: "took $seconds s"
