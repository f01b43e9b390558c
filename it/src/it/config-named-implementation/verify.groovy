def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
