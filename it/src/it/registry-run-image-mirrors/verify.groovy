def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def plain = registries.address('plain')
run.succeeds()
run.warnsOn('run-mirror-identical')
assert run.findings(check: 'run-mirror-identical', status: 'pass')*.reference == ["$plain/mirror/run:jammy".toString()]
assert run.findings(check: 'run-mirror-identical', status: 'warn')*.reference == ["$plain/mirror/run:rebuilt".toString()]
