// Shared by the registry ITs' verify.groovy, beside verify-support.groovy:
//     def registries = evaluate(new File(basedir, '../registry-support.groovy'))
// returns what the registry harness (src/test/registry, see its README) wrote in its work directory
// (the script variable registryWorkdir): addresses, pushed digests, access logs, test credentials.
class Registries {
    /**
     * An access-log line of the rule's request (its user agent tells it from skopeo's pushes and curl's
     * readiness probes): 127.0.0.1 - - [date] "GET /v2/... HTTP/2.0" 200 401 "" "cnb-enforcer (+...)"
     */
    static final String RULE_REQUEST = /^\S+ - \S+ \[[^\]]+\] "(\S+) (\S+) [^"]+" (\d{3}) \S+ "[^"]*" "cnb-enforcer /

    final File workdir

    Registries(File workdir) {
        this.workdir = workdir
    }

    /** The address (127.0.0.1:PORT) of the plain or the tls registry. */
    String address(String registry) {
        properties('registries.properties').getProperty("registry.$registry")
    }

    /** The pushed manifest digest of REGISTRY.REPOSITORY.TAG, e.g. digest('plain.stacks.build.jammy'). */
    String digest(String image) {
        String digest = properties('digests.properties').getProperty("${image}.digest")
        assert digest: "no digest of $image in digests.properties"
        digest
    }

    /** The rule's requests to the plain or the tls registry, from its access log: [method:, path:, status:]. */
    List<Map> ruleRequests(String registry) {
        new File(workdir, "${registry}.log").readLines().findResults { line ->
            def request = line =~ RULE_REQUEST
            request.find() ? [method: request.group(1), path: request.group(2), status: request.group(3) as int] : null
        }
    }

    /** Whether the rule asked the plain or the tls registry for this path and got this status. */
    boolean answered(String registry, String path, int status) {
        ruleRequests(registry).any { it.path == path && it.status == status }
    }

    /** No test password is in the build log or the report of this run. */
    void hidePasswords(run) {
        def passwords = properties('auth/credentials.properties').findAll { it.key.endsWith('password') }
        assert passwords
        passwords.each { name, value ->
            assert !run.log.contains(value): "the test password $name is in build.log"
            assert !run.reportFile.text.contains(value): "the test password $name is in the report"
        }
    }

    private Properties properties(String path) {
        def properties = new Properties()
        new File(workdir, path).withInputStream { properties.load(it) }
        properties
    }
}

new Registries(registryWorkdir as File)
