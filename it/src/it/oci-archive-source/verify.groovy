def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
assert run.report.images*.reference.every { it.startsWith('oci-archive:') }
