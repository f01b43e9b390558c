// Shared by the compatibility matrix's ITs (compat-maven-M-enforcer-E-CASE, see compat-parent/pom.xml):
//     evaluate(new File(basedir, '../compat-support.groovy'))
// checks that the build ran on Maven M with maven-enforcer-plugin E, and that CASE did what it should:
// `sample` passes the sample stack's MUSTs, with one SHOULD finding suppressed; `archives` passes every
// check on an oci-archive: and a docker-archive: image; `no-rule-api` (a plugin older than the rule
// API) fails, saying so.
def cell = basedir.name =~ /^compat-maven-(.+)-enforcer-(\d+\.\d+\.\d+)-(sample|archives|no-rule-api)$/
assert cell.matches(): "not a matrix IT name: ${basedir.name}"
String maven = cell.group(1), enforcer = cell.group(2), kind = cell.group(3)

def run = evaluate(new File(basedir, '../verify-support.groovy'))
assert run.log =~ /(?m)^Apache Maven \Q${maven}\E \(/: "build.log does not show Maven $maven"
assert run.log =~ /--- (maven-)?enforcer(-plugin)?:\Q${enforcer}\E:enforce \(cnb-base-images\)/:
        "build.log does not show maven-enforcer-plugin $enforcer running the rule"

switch (kind) {
    case 'sample':
        run.succeeds()
        run.warnsOn('label-metadata', 'variant-valid')
        assert run.platforms('build') == ['linux/amd64', 'linux/arm64/v8']
        // The <suppression> Maven bound (run image, linux/arm64) accepts the arm64 finding alone.
        run.suppressedOn('label-metadata')
        assert run.findings(check: 'label-metadata', role: 'run')*.status == ['warn', 'suppressed']
        assert run.findings(check: 'label-metadata', status: 'suppressed')[0].suppression ==
                [check: 'label-metadata', image: 'run', platform: 'linux/arm64', expired: false,
                 reason: "the sample's run image lists no packages", expires: '2099-12-31']
        break
    case 'archives':
        run.passesEveryCheck()
        assert run.report.images*.reference*.replaceAll(/:.*/, '').toSet() == ['oci-archive', 'docker-archive'] as Set
        break
    case 'no-rule-api':
        assert run.log.contains('BUILD FAILURE')
        assert run.log.contains('Cannot create instance of interface org.apache.maven.enforcer.rule.api.EnforcerRule')
        break
}
