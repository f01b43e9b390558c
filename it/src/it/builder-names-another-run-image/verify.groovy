def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def plain = registries.address('plain')
run.failsOn('builder-run-image')
run.finds([check: 'builder-run-image', role: 'builder', reference: "$plain/stacks/builder:other".toString()], 'fail',
        "the builder names '$plain/stacks/run:bionic' (mirrors '$plain/mirror/run:bionic'), not the run image $plain/stacks/run:jammy")
// The run image given is the one read; what the builder names is not.
assert run.report.images*.role == ['builder', 'run']
assert !registries.ruleRequests('plain').any { it.path == '/v2/stacks/run/manifests/bionic' }
