def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def plain = registries.address('plain')
run.failsOn('rebase-target-match')
run.finds([check: 'rebase-target-match', role: 'run', reference: "$plain/rebase/run:noble".toString()], 'fail',
        'the rebaser refuses the new image under apps built on the previous one',
        "io.buildpacks.base.distro.version changes from '22.04' to '24.04'",
        "(previous run image $plain/stacks/run:jammy)",
        'pack rebase stops with "unable to satisfy target os/arch constraints"')
// The new pair matches: only the rebase is broken.
run.finds(check: 'target-distro-version-match', 'pass')
assert run.report.images.collect { [it.role, it.reference] } == [
        ['build', "$plain/rebase/build:noble".toString()],
        ['run', "$plain/rebase/run:noble".toString()],
        ['previous', "$plain/stacks/run:jammy".toString()]]
assert run.findings(role: 'previous').isEmpty()
