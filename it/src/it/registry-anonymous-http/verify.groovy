def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.passesEveryCheck()
def plain = registries.address('plain')
def images = run.report.images.collectEntries { [(it.role): it] }
assert images.build.reference == "$plain/stacks/build:jammy".toString()
assert images.run.reference == "$plain/stacks/run:jammy".toString()
assert images.build.manifestDigest == registries.digest('plain.stacks.build.jammy')
assert images.run.manifestDigest == registries.digest('plain.stacks.run.jammy')
assert run.report.images.every { it.configDigest ==~ /sha256:[0-9a-f]{64}/ && it.platform == 'linux/amd64/v1' }
assert registries.answered('plain', '/v2/stacks/build/manifests/jammy', 200): 'no manifest request in plain.log'
