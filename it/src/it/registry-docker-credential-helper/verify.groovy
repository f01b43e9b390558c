def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.passesEveryCheck()
def tls = registries.address('tls')
// The tls registry answers nothing without credentials: these came from the helper, asked for this registry.
assert registries.answered('tls', '/v2/private/build/manifests/jammy', 200): 'no authorized manifest request in tls.log'
assert new File(basedir, 'bin/asked').text.trim() == tls
assert run.log.contains("registry $tls: using credentials from docker config credHelper 'cnbit'")
registries.hidePasswords(run)
