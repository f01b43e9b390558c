projectDir = new File(basedir, '../../samples/jammy-stack')
def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('label-metadata', 'variant-valid')
assert run.findings(check: 'label-metadata', status: 'warn')*.role.toSet() == ['run'] as Set
assert run.findings(check: 'variant-valid', status: 'warn')*.platform.toSet() == ['linux/amd64'] as Set
assert run.platforms('build') == ['linux/amd64', 'linux/arm64/v8']
assert run.platforms('run') == ['linux/amd64', 'linux/arm64/v8']
assert run.report.images*.reference.toSet() == ['oci:images/build', 'oci:images/run'] as Set
