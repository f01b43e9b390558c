def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.rejectsConfiguration('<deadline> is 0: write a number of seconds from 1 to 86400 (default 300)')
