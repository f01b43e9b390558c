def run = evaluate(new File(basedir, '../verify-support.groovy'))
String hostile = '\\n[ERROR] forged\\u001b]0;x\\u0007'
run.failsToRead('hostile-names holds 2 images', "(build$hostile, run$hostile)")
assert !run.log.readLines().any { it.startsWith('[ERROR] forged') }
// No control character reaches the log but the colour resets Maven itself writes (ESC[0m).
for (String control : ['\u001b', '\u0007']) {
    assert !run.log.replace('\u001b[0m', '').contains(control) && !run.reportFile.text.contains(control)
}
