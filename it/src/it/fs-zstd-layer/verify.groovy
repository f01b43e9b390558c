def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
// User cnb is a name: its UID, primary GID and home all come from the zstd layer.
run.finds(check: 'build-user-non-root', 'pass', "'cnb' (UID 1001)")
run.finds(check: 'build-cnb-group-id', 'pass', 'CNB_GROUP_ID is 1000')
run.finds(check: 'build-user-home-writable', 'pass', 'home /home/cnb (directory, owner 1001:1000, mode 0755)')
run.finds(check: 'distro-os-release', role: 'build', 'pass', "VERSION_ID '22.04'")
assert run.fixtureManifest('fs-zstd-layer').layers*.mediaType == ['application/vnd.oci.image.layer.v1.tar+zstd']
