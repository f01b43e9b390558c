def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('label-maintainer', 'label-homepage', 'label-released', 'label-description', 'label-metadata', 'run-rebasable', 'run-base-id', 'distro-labels', 'variant-valid', 'distro-os-release')
assert run.findings(check: 'label-maintainer', status: 'warn')*.role.toSet() == ['build', 'run'] as Set
assert run.findings(check: 'run-rebasable', status: 'warn')*.role == ['run']
// A missing base label names the deprecated stack label the image sets instead.
run.finds(check: 'label-maintainer', role: 'build', 'warn', "only the deprecated io.buildpacks.stack.maintainer is set")
run.finds(check: 'stack-id', 'pass')
run.finds(check: 'build-cnb-stack-id', 'pass')
