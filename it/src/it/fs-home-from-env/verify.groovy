def run = evaluate(new File(basedir, '../verify-support.groovy'))
// passwd's home /home/cnb is not in the image: HOME from Env is the home that counts.
run.passesEveryCheck()
run.finds(check: 'build-user-home-writable', 'pass', 'home /workspace/home (directory, owner 1001:1000, mode 0700) is writable by UID 1001')
