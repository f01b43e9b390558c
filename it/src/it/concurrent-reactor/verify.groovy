// A serial run (target/serial), a run with -T 4 (target/parallel), and now two -T 4 builds of the same
// reactor at once, as two CI jobs on one machine: every module's report is the same in all four.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit

def registries = evaluate(new File(basedir, '../registry-support.groovy'))
def modules = ['.'] + (1..6).collect { "module-$it" }
def itRoot = basedir.parentFile
File settings = new File(itRoot, 'interpolated-settings.xml').isFile()
        ? new File(itRoot, 'interpolated-settings.xml')
        : new File(itRoot.parentFile, 'interpolated-settings.xml')
assert settings.isFile(): "no interpolated settings next to $itRoot"
File localRepository = new File(itRoot.parentFile, 'local-repo')
String mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath

def concurrent = ['at-once-1', 'at-once-2'].collect { dir ->
    new ProcessBuilder(mvn, '-B', '-s', settings.absolutePath, "-Dmaven.repo.local=$localRepository", '-T', '4',
            'verify', "-Dreports.dir=$dir", "-Dregistry.plain=${registries.address('plain')}")
            .directory(basedir)
            .redirectErrorStream(true)
            .redirectOutput(new File(basedir, "build-${dir}.log"))
            .start()
}
concurrent.each { build ->
    assert build.waitFor(300, TimeUnit.SECONDS): 'a concurrent build did not end within 300 s'
    assert build.exitValue() == 0
}

def slurper = new JsonSlurper()
modules.each { module ->
    def reports = ['serial', 'parallel', 'at-once-1', 'at-once-2'].collectEntries { dir ->
        [dir, slurper.parse(new File(basedir, "$module/target/$dir/cnb-base-images.json"))]
    }
    def serial = reports.serial
    assert serial.result in ['pass', 'warn']
    // build and run on linux/amd64 and linux/arm64/v8, the mirror on linux/amd64 only
    assert serial.images.size() == 5: "$module: ${serial.images}"
    assert serial.findings.size() > 50
    reports.each { dir, report -> assert report == serial: "$module: the $dir report differs from the serial one" }
}
assert new File(basedir, 'build.log').text.contains('Using the MultiThreadedBuilder')
