def run = evaluate(new File(basedir, '../verify-support.groovy'))
// strict: the checks the budget left unverified fail the build; they stay unverified in the report.
def filesystemChecks = run.FILESYSTEM_CHECKS as List
assert run.checksWith('unverified') == filesystemChecks as Set
assert run.checksWith('fail').isEmpty()
assert run.report.result == 'fail'
assert run.log.contains('BUILD FAILURE')
run.hasNoStackTrace()
for (check in filesystemChecks - 'distro-os-release') {
    run.finds(check: check, 'unverified', 'layerBudgetMiB')
}
run.finds(check: 'distro-os-release', role: 'build', 'unverified', 'layerBudgetMiB')
assert run.log.contains('strict')
