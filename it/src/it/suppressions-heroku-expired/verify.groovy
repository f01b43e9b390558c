def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The label-released suppression ended on 2020-01-31: the findings it accepted fail again (strict),
// the other suppression still holds, and the log and the failure say why.
run.failsOn('label-released')
run.suppressedOn('run-user-distinct-uid')
assert run.findings(check: 'label-released')*.suppression*.expired == [true, true]
assert run.suppressionStates() == ['run-user-distinct-uid': 'applied', 'label-released': 'expired']
assert run.log.contains('[WARNING] cnbBaseImages: the suppression of label-released (image any, platform any,'
        + ' expires 2020-01-31) expired after 2020-01-31 and no longer suppresses its 2 findings: fix the images, or'
        + ' renew its <expires> date')
def failure = run.log.readLines().findAll { it.startsWith('[ERROR]   label-released  ') }
assert failure.size() == 2
assert failure.every { it.endsWith('label io.buildpacks.base.released is not set (its suppression expired after 2020-01-31)') }
assert run.sarif.runs[0].invocations[0].toolExecutionNotifications*.message*.text.any { it.contains('expired after 2020-01-31') }
