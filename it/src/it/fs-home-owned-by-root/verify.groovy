def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-user-home-writable')
run.finds(check: 'build-user-home-writable', 'fail', 'home /home/cnb (directory, owner 0:0, mode 0755) is not writable by UID 1001')
