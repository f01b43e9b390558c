def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.passesEveryCheck()
def plain = registries.address('plain')
def expected = ['build', 'run'].collect { role ->
    def digest = registries.digest("plain.stacks.${role}.jammy")
    [role: role, reference: "$plain/stacks/$role@$digest".toString(), manifestDigest: digest]
}
assert run.report.images.collect { [role: it.role, reference: it.reference, manifestDigest: it.manifestDigest] } == expected
// Read by digest (no other IT asks for these manifests by digest), by the first of the two builds only:
// the second read them from its cache, with no request.
expected.each { image ->
    def path = "/v2/stacks/${image.role}/manifests/${image.manifestDigest}"
    assert registries.ruleRequests('plain').count { it.path == path } == 1: "$path was not requested once"
}
assert run.log.count('BUILD SUCCESS') == 2
