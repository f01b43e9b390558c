def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsOn('rebase-abi')
run.finds(check: 'rebase-abi', 'fail',
        '1 package removed (libssl3): apps built on the previous run image may link against what is gone')
assert run.findings(check: 'rebase-abi')*.details == [['package removed: libssl3']]
for (check in ['rebase-target-match', 'rebase-stack-id', 'rebase-rebasable', 'rebase-user']) {
    run.finds(check: check, 'pass')
}
