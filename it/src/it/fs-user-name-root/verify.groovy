def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-user-non-root')
run.finds(check: 'build-user-non-root', 'fail', "'admin'", 'which /etc/passwd maps to UID 0 (root)')
// The ids agree with the passwd entry: only the name being root fails.
run.finds(check: 'build-cnb-user-id', 'pass', 'CNB_USER_ID is 0')
