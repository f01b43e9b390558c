def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The same named user on both images: a SHOULD, so a warning; every MUST passes.
run.succeeds()
assert run.report.result == 'warn'
run.warnsOn('run-user-distinct-uid')
assert run.checksWith('unverified').isEmpty()
run.finds(check: 'run-user-distinct-uid', 'warn', 'has UID 1000', 'heroku')
assert run.log.contains('[WARNING]') && run.log.contains('run-user-distinct-uid')
