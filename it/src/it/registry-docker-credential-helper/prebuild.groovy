// A docker config whose credHelpers send the tls registry to docker-credential-cnbit (credsStore names a
// helper that does not exist: credHelpers comes first), and that helper: it answers with the reader's
// login, read from the harness's credentials file, for the tls registry only.
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def tls = registries.address('tls')
def config = new File(basedir, 'docker-config/config.json')
config.parentFile.mkdirs()
config.text = """{"credsStore": "not-installed", "credHelpers": {"$tls": "cnbit"}}"""
def helper = new File(basedir, 'bin/docker-credential-cnbit')
helper.parentFile.mkdirs()
helper.text = '''#!/bin/sh
[ "$1" = get ] || exit 2
server=$(cat)
echo "$server" > "$(dirname "$0")/asked"
[ "$server" = "''' + tls + '''" ] || { echo 'credentials not found in native keychain'; exit 1; }
user=$(sed -n 's/^reader.username=//p' "$CNB_IT_CREDENTIALS")
password=$(sed -n 's/^reader.password=//p' "$CNB_IT_CREDENTIALS")
printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$server" "$user" "$password"
'''
helper.setExecutable(true)
true
