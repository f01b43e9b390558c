def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.rejectsConfiguration('registry.example.com/Stacks/Build:jammy', 'write')
