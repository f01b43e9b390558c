def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('label-maintainer', 'label-homepage', 'label-released', 'label-description', 'label-metadata', 'run-rebasable', 'run-base-id', 'distro-labels', 'variant-valid', 'distro-os-release')
assert run.log.contains('strict')
assert run.report.strict == true
