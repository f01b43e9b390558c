def run = evaluate(new File(basedir, '../verify-support.groovy'))
def layers = run.fixtureManifest('corrupt-layer-build').layers
String digest = layers[1].digest.substring(0, 'sha256:'.length() + 12)
run.failsToRead("layer 2 of 2 ($digest) of oci:", 'corrupt-layer-build is corrupt',
        'push or copy the image again, or set <inspectLayers>false</inspectLayers>')
assert run.report.findings.isEmpty()
