def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The lower layer's /home/cnb is compliant: only the whiteout above it makes the home missing.
run.failsOn('build-user-home-writable')
run.finds(check: 'build-user-home-writable', 'fail', 'home /home/cnb of', 'does not exist in the image')
assert run.fixtureManifest('fs-home-whiteout').layers.size() == 2
