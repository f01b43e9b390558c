def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('run-mirror-identical')
assert run.findings(check: 'run-mirror-identical')*.status.sort() == ['pass', 'warn']
assert run.findings(check: 'run-mirror-identical', status: 'pass')*.reference.every { it.endsWith('compliant-stack:run-jammy') }
assert run.findings(check: 'run-mirror-identical', status: 'warn')*.reference.every { it.endsWith('compliant-run-rebuilt') }
// Mirrors have their own role: in the images list, in their own findings and in run-mirror-identical's.
assert run.report.images*.role == ['build', 'run', 'mirror', 'mirror']
assert run.findings(check: 'run-mirror-identical')*.role.toSet() == ['mirror'] as Set
assert run.findings(check: 'run-path')*.role == ['run', 'mirror', 'mirror']
