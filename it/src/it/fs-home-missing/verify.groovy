def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('build-user-home-writable')
run.finds(check: 'build-user-home-writable', 'fail', 'home /home/cnb of', 'does not exist in the image')
