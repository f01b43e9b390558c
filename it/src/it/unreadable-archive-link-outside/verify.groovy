def run = evaluate(new File(basedir, '../verify-support.groovy'))
run.failsToRead('link-outside-build.oci.tar',
        "holds the link 'oci-layout.bak' to '../../../../../../etc/passwd', outside the archive")
