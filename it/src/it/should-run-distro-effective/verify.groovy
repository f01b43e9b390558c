def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('run-distro-effective', 'distro-labels', 'distro-os-release')
run.finds(check: 'run-distro-effective', role: 'pair', 'warn', "told the build image's ID 'ubuntu'", "ID 'debian' VERSION_ID '12'")
assert run.findings(check: 'distro-labels', status: 'warn')*.role == ['run']
