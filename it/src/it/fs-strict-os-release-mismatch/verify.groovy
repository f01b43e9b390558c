def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('distro-os-release')
run.finds(check: 'distro-os-release', role: 'build', 'fail',
        "label io.buildpacks.base.distro.version is '22.04' but /etc/os-release has VERSION_ID '24.04'")
run.finds(check: 'distro-os-release', role: 'run', 'pass')
assert run.log.contains('strict')
