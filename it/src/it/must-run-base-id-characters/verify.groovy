def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('run-base-id-characters')
run.finds(check: 'run-base-id-characters', role: 'run', 'fail', "'com.example/stack_1'", "holds '_'")
run.finds(check: 'run-base-id', 'pass')
