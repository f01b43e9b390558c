def run = evaluate(new File(basedir, '../verify-support.groovy'))
def registries = evaluate(new File(basedir, '../registry-support.groovy'))
run.succeeds()
assert run.platforms('build') == ['linux/amd64', 'linux/arm64/v8']
assert run.platforms('run') == ['linux/amd64', 'linux/arm64/v8']
assert run.findings()*.platform.toSet() == ['linux/amd64', 'linux/arm64/v8'] as Set
assert !run.log.contains('unknown/unknown')

// This run's requests: no other IT reads the multi/ repositories. (Each run also asks for /v2/ once.)
def requests = registries.ruleRequests('plain').findAll { it.path.startsWith('/v2/multi/') }
new File(basedir, 'registry-requests.txt').text = requests.collect { "$it.method $it.path $it.status" }.join('\n') + '\n'
assert requests.every { it.method == 'GET' && it.status == 200 }
// The two indexes, then only the platform manifests of the report (the attestation manifests are not
// read) and their configs, each once.
def read = { String kind -> requests*.path.findAll { it.contains("/$kind/sha256:") }*.replaceAll('.*/', '').sort() }
assert requests*.path.findAll { it.endsWith('/manifests/jammy') }.size() == 2
assert read('manifests') == run.report.images*.manifestDigest.sort()
assert read('blobs').containsAll(run.report.images*.configDigest)
assert read('blobs').count { it in run.report.images*.configDigest } == 4
