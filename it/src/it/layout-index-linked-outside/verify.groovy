def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsToRead('index.json is a symbolic link to', 'outside-the-layout.txt, outside the layout directory')
assert !run.log.contains('do-not-print-me')
assert !run.reportFile.text.contains('do-not-print-me')
