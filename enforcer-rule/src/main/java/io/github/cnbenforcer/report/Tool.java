package io.github.cnbenforcer.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The rule as a tool that writes reports: its name, version, home and site, as the build recorded them. */
final class Tool {
    static final Tool RULE = load("tool.properties");

    private final String name;
    private final String version;
    private final String url;
    private final String site;

    private Tool(String name, String version, String url, String site) {
        this.name = name;
        this.version = version;
        this.url = url;
        this.site = site;
    }

    String name() {
        return name;
    }

    String version() {
        return version;
    }

    /** The project's home. */
    String url() {
        return url;
    }

    /** The site's page of a check: what it means, how to fix it, how to suppress it. */
    String checkPage(String checkId) {
        return site + "/checks/" + checkId + ".html";
    }

    private static Tool load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the rule's jar has no " + resource);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tool(
                properties.getProperty("name"),
                properties.getProperty("version"),
                properties.getProperty("url"),
                properties.getProperty("site"));
    }
}
