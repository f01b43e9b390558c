// One module (goals.1, the repositories reactor-one/) and the whole reactor of 20 modules and their
// parent (goals.2, reactor-all/) make the same requests, each build with an empty disk cache of its own.
import groovy.json.JsonSlurper

def registries = evaluate(new File(basedir, '../registry-support.groovy'))

/** The rule's requests for one build's repositories, as "METHOD /v2/REPOSITORY/… STATUS", sorted. */
def requests = { String repository ->
    registries.ruleRequests('plain')
            .findAll { it.path.startsWith("/v2/$repository/") }
            .collect { "$it.method ${it.path.replace("/v2/$repository/", '/v2/REPOSITORY/')} $it.status".toString() }
            .sort()
}
def oneModule = requests('reactor-one')
def reactor = requests('reactor-all')
new File(basedir, 'registry-requests.txt').text = "one module:\n${oneModule.join('\n')}\n\nreactor:\n${reactor.join('\n')}\n"

// 2 indexes, 4 platform manifests, 4 configs and the layers the checks read
assert oneModule.size() > 10
assert oneModule.every { it.startsWith('GET ') && it.endsWith(' 200') }
def layers = oneModule.findAll { it.contains('/blobs/') }.size() - 4
assert layers > 0
// a layer that both platforms share is read once
assert oneModule.toSet().size() == oneModule.size()
assert reactor == oneModule

def slurper = new JsonSlurper()
def reports = (['.'] + (1..20).collect { String.format('m%02d', it) }).collect { module ->
    slurper.parse(new File(basedir, "$module/target/cnb-base-images.json"))
}
assert reports*.result.every { it in ['pass', 'warn'] }
assert reports*.findings.toSet().size() == 1
