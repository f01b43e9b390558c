def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('stack-id', 'run-mirror-identical')
run.finds(check: 'stack-id', role: 'build', 'pass')
assert run.findings(check: 'stack-id', status: 'warn')*.reference.collect { it.replaceAll('.*/', '') } == ['run-without-stack-id', 'run-other-stack-id']
run.finds(check: 'stack-id', role: 'run', 'warn', 'label io.buildpacks.stack.id')
assert run.findings(check: 'stack-id', status: 'warn').any { it.message.contains("is 'io.example.stacks.other' but the build image's is 'io.example.stacks.jammy'") }
assert run.findings(check: 'stack-id', status: 'warn').any { it.message.contains('is not set') }
assert run.findings(check: 'run-path')*.reference.size() == 2
assert run.report.images*.reference.collect { it.replaceAll('.*/', '') } == ['compliant-build', 'run-without-stack-id', 'run-other-stack-id']
