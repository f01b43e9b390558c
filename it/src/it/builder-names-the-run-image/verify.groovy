def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def plain = registries.address('plain')
run.passesEveryCheck()
assert run.report.images.collect { [it.role, it.reference] } == [
        ['builder', "$plain/stacks/builder:jammy".toString()],
        ['run', "$plain/stacks/run:jammy".toString()],
        ['mirror', "$plain/mirror/run:jammy".toString()]]
run.finds(check: 'builder-run-image', 'pass',
        "the builder names the run image as its default run image, '$plain/stacks/run:jammy'")
run.finds(check: 'build-user-non-root', role: 'builder', 'pass')
run.finds(check: 'target-os-match', reference: "$plain/stacks/builder:jammy + $plain/stacks/run:jammy".toString(), 'pass')
run.finds(check: 'run-mirror-identical', 'pass')
def lifecycle = run.report.images[0].lifecycle
assert lifecycle.version == '0.20.5'
assert lifecycle.platformApis.supported.contains('0.14')
assert run.log.readLines().any {
    it.startsWith("[INFO] cnbBaseImages: read builder  $plain/stacks/builder:jammy  sha256:") &&
            it.contains('  declares lifecycle 0.20.5, Platform API 0.3, 0.4')
}
