// Shared by the ITs that log in to the tls registry with a settings.xml server (plain or encrypted
// password), as their whole verify.groovy:
//     evaluate(new File(basedir, '../registry-tls-login.groovy'))
// The private stack came over TLS with that login, passes every check, and no password shows.
def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.passesEveryCheck()
def tls = registries.address('tls')
assert run.report.images*.reference.sort() == ["$tls/private/build:jammy", "$tls/private/run:jammy"]*.toString()
assert run.report.images.find { it.role == 'build' }.manifestDigest == registries.digest('tls.private.build.jammy')
// The tls registry answers nothing without credentials: these came over TLS, with the settings.xml login.
assert registries.answered('tls', '/v2/private/build/manifests/jammy', 200): 'no authorized manifest request in tls.log'
registries.hidePasswords(run)
