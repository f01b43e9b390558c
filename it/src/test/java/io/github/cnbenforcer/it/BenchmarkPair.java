package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * The build/run pair of the benchmark ({@code src/test/benchmark}), shaped like a published stack:
 * linux/amd64 and linux/arm64/v8 in one index each, with attestation manifests as BuildKit writes
 * them; per platform a base layer of a few MiB (incompressible file contents, os-release) and on top
 * a user layer (passwd, group, home directory) that both platforms share, as a layer built from the
 * same files is. Writes {@code bench-build} and {@code bench-run} layouts into the directory given.
 */
public final class BenchmarkPair {
    private static final int FILE_BYTES = 4096;
    private static final int BUILD_BASE_FILES = 800;
    private static final int RUN_BASE_FILES = 300;

    private BenchmarkPair() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchmarkPair OUTPUT_DIRECTORY");
        }
        Path directory = Directories.recreate(Path.of(args[0]));
        OciLayoutWriter.to(directory.resolve("bench-build"))
                .write(
                        null,
                        TestIndex.of(build("amd64"), build("arm64").variant("v8"))
                                .withAttestations());
        OciLayoutWriter.to(directory.resolve("bench-run"))
                .write(
                        null,
                        TestIndex.of(run("amd64"), run("arm64").variant("v8")).withAttestations());
    }

    private static TestImage build(String architecture) {
        return TestImage.compliantBuild(architecture)
                .withoutLayers()
                .layer(base("build", architecture, BUILD_BASE_FILES))
                .layer(users(1001, "/bin/bash").directory("/home/cnb", 1001, 1000, 0755));
    }

    private static TestImage run(String architecture) {
        return TestImage.compliantRun(architecture)
                .withoutLayers()
                .layer(base("run", architecture, RUN_BASE_FILES))
                .layer(users(1002, "/bin/sh"));
    }

    /** What a distribution's base layer holds for the checks: os-release, among many other files. */
    private static TestLayer base(String role, String architecture, int files) {
        Random random = new Random((role + "/" + architecture).hashCode());
        TestLayer layer = TestLayer.create()
                .directory("/etc", 0, 0, 0755)
                .directory("/home", 0, 0, 0755)
                .directory("/usr", 0, 0, 0755)
                .directory("/usr/lib", 0, 0, 0755)
                .file("/usr/lib/os-release", "NAME=\"Ubuntu\"\nID=ubuntu\nVERSION_ID=\"22.04\"\n")
                .symlink("/etc/os-release", "../usr/lib/os-release")
                .directory("/usr/share", 0, 0, 0755)
                .directory("/usr/share/" + role, 0, 0, 0755);
        for (int i = 0; i < files; i++) {
            byte[] content = new byte[FILE_BYTES];
            random.nextBytes(content);
            layer.file("/usr/share/" + role + "/file-" + i, content, 0, 0, 0644);
        }
        return layer;
    }

    private static TestLayer users(int uid, String shell) {
        return TestLayer.create()
                .directory("/etc", 0, 0, 0755)
                .file(
                        "/etc/passwd",
                        "root:x:0:0:root:/root:/bin/bash\ncnb:x:" + uid + ":1000::/home/cnb:" + shell + "\n")
                .file("/etc/group", "root:x:0:\ncnb:x:1000:\n");
    }
}
