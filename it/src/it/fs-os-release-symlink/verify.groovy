def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.passesEveryCheck()
// Read through the link, unquoted: "22.04", not "\"22.04\"".
run.finds(check: 'distro-os-release', role: 'build', 'pass', "ID 'ubuntu', VERSION_ID '22.04'")
