def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The 1 MiB budget is spent on the top layer; the user files lie in the bottom layer, unread.
def filesystemChecks = run.FILESYSTEM_CHECKS as List
run.succeeds()
assert run.report.result == 'warn'
run.unverifiedOn(*filesystemChecks)
assert run.checksWith('warn').isEmpty()
for (check in filesystemChecks - 'distro-os-release') {
    run.finds(check: check, 'unverified', 'read 1 MiB of the layers of', 'layerBudgetMiB')
}
run.finds(check: 'distro-os-release', role: 'build', 'unverified', 'layerBudgetMiB')
// The run image's own budget is not touched by the build image's.
run.finds(check: 'distro-os-release', role: 'run', 'pass')
// Bottom: the user layer (gzip, KiBs); top: over 1 MiB stored uncompressed.
def layers = run.fixtureManifest('fs-budget-exceeded').layers
assert layers.size() == 2 && layers[0].size < 64 * 1024 && layers[1].size > 1024 * 1024
