def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.warnsOn('variant-valid')
run.finds(check: 'target-platform-missing', 'pass', "paired with the run image's linux/arm")
run.finds(check: 'target-variant-match', 'pass', 'not specified by both')
assert run.findings(check: 'variant-valid', status: 'warn')*.role == ['run']
