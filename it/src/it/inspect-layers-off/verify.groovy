def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
for (check in ['build-user-non-root', 'build-cnb-user-id', 'build-cnb-group-id', 'build-user-home-writable']) {
    def findings = run.findings(check: check)
    assert findings*.status == ['unverified']
    assert findings.every { it.message.contains('inspectLayers') }
}
