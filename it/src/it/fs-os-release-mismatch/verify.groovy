def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
assert run.report.result == 'warn'
run.warnsOn('distro-os-release')
assert run.checksWith('unverified').isEmpty()
run.finds(check: 'distro-os-release', role: 'build', 'warn',
        "label io.buildpacks.base.distro.version is '22.04' but /etc/os-release has VERSION_ID '24.04'")
assert !run.findings(check: 'distro-os-release', role: 'build')[0].message.contains('distro.name')
run.finds(check: 'distro-os-release', role: 'run', 'pass')
