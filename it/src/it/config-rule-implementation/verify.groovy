def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('io.github.cnbenforcer.rule.CnbBaseImages.<init>()')
