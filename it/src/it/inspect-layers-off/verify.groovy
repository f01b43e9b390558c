def run = evaluate(new File(basedir, '../verify-support.groovy'))
// User cnb is a name: without reading layers, nothing that needs /etc/passwd or os-release is decided.
def filesystemChecks = run.FILESYSTEM_CHECKS as List
run.succeeds()
assert run.report.result == 'warn'
run.unverifiedOn(*filesystemChecks)
assert run.checksWith('warn').isEmpty()
for (check in filesystemChecks) {
    run.finds(check: check, 'unverified', 'inspectLayers')
}
