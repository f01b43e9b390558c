def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
run.finds(check: 'build-user-home-writable', 'pass', 'owner 0:1000, mode 0775', 'writable by UID 1001 (groups [1000])')
run.finds(check: 'build-cnb-group-id', 'pass', 'CNB_GROUP_ID is 1000')
