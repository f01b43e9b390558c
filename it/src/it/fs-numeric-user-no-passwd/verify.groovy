def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-cnb-group-id', 'build-user-home-writable')
run.finds(check: 'build-cnb-group-id', 'fail', "CNB_GROUP_ID is '1000'", 'no /etc/passwd entry', 'no primary group')
run.finds(check: 'build-user-home-writable', 'fail', 'HOME is not in Env', 'no /etc/passwd entry')
// A numeric UID needs no passwd entry.
run.finds(check: 'build-cnb-user-id', 'pass', 'CNB_USER_ID is 1234')
run.finds(check: 'build-user-non-root', 'pass', 'UID 1234')
