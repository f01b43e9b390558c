def run = evaluate(new File(basedir, '../verify-support.groovy'))
// passwd's home /home/cnb is writable, but HOME in Env wins.
run.failsOn('build-user-home-writable')
run.finds(check: 'build-user-home-writable', 'fail', 'home /workspace/home of', 'does not exist in the image')
