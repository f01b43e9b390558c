def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.succeeds()
run.finds(check: 'rebase-abi', 'pass', 'all 5 packages of the previous image are still installed')
def rebase = run.findings().findAll { it.check.startsWith('rebase-') }
assert rebase*.check.toSet() == ['rebase-target-match', 'rebase-stack-id', 'rebase-rebasable', 'rebase-user',
        'rebase-abi'] as Set
assert rebase.every { it.status == 'pass' && it.role == 'run' }
assert run.report.images*.role == ['build', 'run', 'previous']
