def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def tls = registries.address('tls')
// The registry, the credential source (the settings.xml server id), what to check.
run.failsToRead("the registry $tls refused the credentials from settings.xml server '$tls'", 'check the username and password')
registries.hidePasswords(run)
