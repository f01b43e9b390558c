package io.github.cnbenforcer.report;

import io.github.cnbenforcer.outcome.Effect;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.Status;
import io.github.cnbenforcer.outcome.Subject;
import io.github.cnbenforcer.text.Escape;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML report, for the test views of CI servers (the site's report page describes it): one
 * test suite per image (or pair) and platform, one test case per check. A finding that fails the
 * build is a failed case; a suppressed or unverified one that does not is a skipped case with the
 * reason; a warning passes, with its message as the case's output. A run that could not read an
 * image is one suite with one case in error. Every text is escaped as {@link Escape#line} escapes,
 * which leaves only characters XML 1.0 allows.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static void write(Outcome outcome, Path file) throws IOException {
        ReportFiles.write(file, out -> write(outcome, out));
    }

    static void write(Outcome outcome, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", JsonReport.RULE_NAME);
            if (outcome.error() != null) {
                counts(xml, 1, 0, 1, 0);
                unreadable(xml, outcome.error());
            } else {
                counts(xml, outcome.findings());
                for (Map.Entry<Subject, List<Finding>> suite :
                        outcome.bySubject().entrySet()) {
                    suite(xml, suite.getKey(), suite.getValue());
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, Subject subject, List<Finding> findings) throws XMLStreamException {
        String name = Escape.line(subject.toString());
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        counts(xml, findings);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "role", subject.role().label());
        property(xml, "reference", Escape.line(subject.reference()));
        property(xml, "platform", Escape.line(subject.platform().toString()));
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (Finding finding : findings) {
            testCase(xml, name, finding);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, String suite, Finding finding) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        if (finding.status() == Status.PASS) {
            xml.writeEmptyElement("testcase");
            testCaseName(xml, suite, finding);
            return;
        }
        xml.writeStartElement("testcase");
        testCaseName(xml, suite, finding);
        String message = Escape.line(finding.messageWithSuppression());
        String status = finding.level() + " " + finding.status().label();
        if (finding.effect() == Effect.FAILURE) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", status);
            xml.writeAttribute("message", message);
            xml.writeCharacters(finding.checkId() + "  " + suite + ": " + message);
            xml.writeEndElement();
        } else if (isSkipped(finding)) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", status + ": " + message);
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(status + ": " + message);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void testCaseName(XMLStreamWriter xml, String suite, Finding finding) throws XMLStreamException {
        xml.writeAttribute("name", finding.checkId());
        xml.writeAttribute("classname", suite);
    }

    private static void unreadable(XMLStreamWriter xml, String error) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", JsonReport.RULE_NAME);
        counts(xml, 1, 0, 1, 0);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", "read the images");
        xml.writeAttribute("classname", JsonReport.RULE_NAME);
        xml.writeStartElement("error");
        xml.writeAttribute("message", Escape.line(error));
        xml.writeCharacters(Escape.line(error));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** Suppressed, or unverified without failing the build: not decided as a pass or a failure. */
    private static boolean isSkipped(Finding finding) {
        return finding.status() == Status.SUPPRESSED || finding.status() == Status.UNVERIFIED;
    }

    private static void counts(XMLStreamWriter xml, List<Finding> findings) throws XMLStreamException {
        long failures =
                findings.stream().filter(f -> f.effect() == Effect.FAILURE).count();
        long skipped = findings.stream()
                .filter(f -> f.effect() != Effect.FAILURE && isSkipped(f))
                .count();
        counts(xml, findings.size(), failures, 0, skipped);
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, long errors, long skipped)
            throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", Long.toString(skipped));
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }
}
