def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.passesEveryCheck()
def plain = registries.address('plain')
def expected = ['build', 'run'].collect { role ->
    def digest = registries.digest("plain.stacks.${role}.jammy")
    [role: role, reference: "$plain/stacks/$role@$digest".toString(), manifestDigest: digest]
}
assert run.report.images.collect { [role: it.role, reference: it.reference, manifestDigest: it.manifestDigest] } == expected
// Read by digest (no other IT asks for these manifests by digest).
assert expected.every { registries.answered('plain', "/v2/stacks/${it.role}/manifests/${it.manifestDigest}", 200) }
