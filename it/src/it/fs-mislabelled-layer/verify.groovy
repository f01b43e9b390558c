def run = evaluate(new File(basedir, '../verify-support.groovy'))
// The fixture is what skopeo writes: a tar+gzip media type on bytes that are no gzip stream.
def layer = run.fixtureManifest('mislabelled-layer-build').layers[0]
assert layer.mediaType == 'application/vnd.oci.image.layer.v1.tar+gzip'
File blob = new File(run.reportFile.parentFile.parentFile.parentFile.parentFile,
        'fixtures/mislabelled-layer-build/blobs/sha256/' + layer.digest.substring('sha256:'.length()))
byte[] head = blob.bytes[0..1] as byte[]
assert !(head[0] == (byte) 0x1f && head[1] == (byte) 0x8b)
run.succeeds()
assert run.checksWith('unverified').isEmpty()
run.finds(check: 'build-user-home-writable', 'pass', 'home /home/cnb')
String digest = layer.digest.substring(0, 'sha256:'.length() + 12)
assert run.log.readLines().any {
    it.startsWith('[WARNING] cnbBaseImages: layer 1 of 1 (' + digest + ') of oci:') &&
            it.contains('is labelled application/vnd.oci.image.layer.v1.tar+gzip but is uncompressed')
}
