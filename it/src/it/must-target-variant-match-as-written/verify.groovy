def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('target-variant-match')
run.finds(check: 'target-variant-match', 'fail', "build variant is 'v8', run variant is 'v8.2'")
run.finds(check: 'target-platform-missing', 'pass')
