def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsToRead('corrupt-index', 'index.json')
