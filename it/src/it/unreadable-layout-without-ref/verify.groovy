def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsToRead('compliant-stack', 'build-jammy', 'run-jammy')
