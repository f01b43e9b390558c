package io.github.cnbenforcer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.outcome.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report, read back with the JDK's XML parser. */
class JUnitReportTest {
    @TempDir
    Path dir;

    private Document written(Outcome outcome) throws Exception {
        Path file = dir.resolve("target/cnb-base-images-junit.xml");
        JUnitReport.write(outcome, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element testCase(Document report, String suite, String check) {
        return elements(report.getDocumentElement(), "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals(suite))
                .flatMap(s -> elements(s, "testcase").stream())
                .filter(c -> c.getAttribute("name").equals(check))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + check + " in " + suite));
    }

    @Test
    void oneSuitePerImageAndPlatformAndOneCasePerCheck() throws Exception {
        Document report = written(ReportOutcomes.mixed());

        Element root = report.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("6");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("3");
        assertThat(elements(root, "testsuite"))
                .extracting(suite -> suite.getAttribute("name"))
                .containsExactly(
                        "build  oci:images/build  linux/amd64",
                        "run  oci:images/run  linux/amd64",
                        "pair  oci:images/build + oci:images/run  linux/amd64",
                        "mirror  registry.example.com/stacks/run:jammy  linux/amd64");
        Element build = elements(root, "testsuite").get(0);
        assertThat(elements(build, "testcase"))
                .extracting(c -> c.getAttribute("name"))
                .containsExactly("build-path", "label-released", "build-cnb-user-id");
        assertThat(build.getAttribute("tests")).isEqualTo("3");
        assertThat(build.getAttribute("skipped")).isEqualTo("1");
        assertThat(elements(build, "property"))
                .extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .containsExactly("role=build", "reference=oci:images/build", "platform=linux/amd64");
    }

    @Test
    void failingFindingsFailAndSuppressedOrUnverifiedOnesAreSkippedWithTheReason() throws Exception {
        Document report = written(ReportOutcomes.mixed());

        Element failed = testCase(report, "run  oci:images/run  linux/amd64", "run-path");
        Element failure = elements(failed, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("MUST fail");
        assertThat(failure.getAttribute("message"))
                .isEqualTo("PATH is not in Env (its suppression expired after 2027-01-31)");
        assertThat(failure.getTextContent())
                .isEqualTo("run-path  run  oci:images/run  linux/amd64: PATH is not in Env (its suppression expired"
                        + " after 2027-01-31)");

        Element suppressed =
                testCase(report, "pair  oci:images/build + oci:images/run  linux/amd64", "run-user-distinct-uid");
        assertThat(elements(suppressed, "skipped").get(0).getAttribute("message"))
                .isEqualTo("SHOULD suppressed: run User has UID 1000, build User has UID 1000 (suppressed: one user by"
                        + " design)");
        Element unverified = testCase(report, "build  oci:images/build  linux/amd64", "build-cnb-user-id");
        assertThat(elements(unverified, "skipped").get(0).getAttribute("message"))
                .isEqualTo("MUST unverified: layers are not inspected");

        Element warned = testCase(report, "build  oci:images/build  linux/amd64", "label-released");
        assertThat(elements(warned, "failure")).isEmpty();
        assertThat(elements(warned, "skipped")).isEmpty();
        assertThat(elements(warned, "system-out").get(0).getTextContent())
                .isEqualTo("SHOULD warn: label io.buildpacks.base.released is not set");
        Element passed = testCase(report, "build  oci:images/build  linux/amd64", "build-path");
        assertThat(passed.getChildNodes().getLength()).isZero();
    }

    @Test
    void aRunThatCouldNotReadAnImageIsOneCaseInError() throws Exception {
        Element root = written(ReportOutcomes.unreadable()).getDocumentElement();

        assertThat(root.getAttribute("errors")).isEqualTo("1");
        Element error = elements(root, "error").get(0);
        assertThat(error.getAttribute("message")).startsWith("Cannot read the run image oci:images/run");
    }

    @Test
    void valuesFromImagesAreEscapedAndTheXmlStaysWellFormed() throws Exception {
        Document report = written(ReportOutcomes.hostile());

        String text = Files.readString(dir.resolve("target/cnb-base-images-junit.xml"));
        assertThat(text).doesNotContain("\u001b", "\u0000", "\ufffe");
        String escaped = "\\u001b[31m[ERROR] forged\\n\\u0000\\ufffe\\ud800";
        Element suite = elements(report.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("name"))
                .isEqualTo("pair  oci:images/" + escaped + " + oci:images/" + escaped + "  linux" + escaped + "/amd64");
        assertThat(elements(suite, "failure").get(0).getAttribute("message"))
                .isEqualTo("run io.buildpacks.base.distro.name is '" + escaped + "'");
        assertThat(elements(report.getDocumentElement(), "skipped").get(0).getAttribute("message"))
                .endsWith("(suppressed: reason " + escaped + ")");
    }
}
