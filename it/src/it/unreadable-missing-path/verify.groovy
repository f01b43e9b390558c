def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsToRead('no-such-layout')
assert run.report.error =~ /(?i)does not exist|no such|not found/
