def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The mirror's deviation is accepted for the mirror role; the run image's label-released suppression
// matched nothing (the label is there): a warning that it is stale, which does not fail a strict build.
run.succeeds()
assert run.report.strict
run.suppressedOn('run-mirror-identical')
assert run.findings(check: 'run-mirror-identical')*.role == ['mirror']
assert run.suppressionStates() == ['run-mirror-identical': 'applied', 'label-released': 'stale']
assert run.log.contains('[WARNING] cnbBaseImages: the suppression of label-released (image run, platform any) is'
        + ' stale: it matched no finding that did not pass; remove it')
// A suppression for the run image does not cover its mirrors, nor the other way round.
assert run.findings(check: 'label-released')*.status.toSet() == ['pass'] as Set
