def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def plain = registries.address('plain')
run.failsToRead("the registry $plain has no tag 'no-such-tag' in the repository 'stacks/build'",
        "$plain/stacks/build:no-such-tag")
