def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('label-maintainer', 'label-homepage', 'label-released', 'label-description', 'label-metadata', 'run-rebasable', 'run-base-id', 'distro-labels', 'variant-valid', 'distro-os-release')
assert run.findings(check: 'label-maintainer', status: 'warn')*.role.toSet() == ['build', 'run'] as Set
assert run.findings(check: 'run-rebasable', status: 'warn')*.role == ['run']
