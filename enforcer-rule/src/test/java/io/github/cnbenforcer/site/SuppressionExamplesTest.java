package io.github.cnbenforcer.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.cnbenforcer.pipeline.Checks;
import io.github.cnbenforcer.rule.Suppression;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code <suppression>} the documentation shows (in an XML example, on a line of its own) is one
 * the rule accepts: its check exists, its
 * image is one the check has findings about, its platform and date parse, it has a reason.
 */
class SuppressionExamplesTest {
    private static final Pattern SUPPRESSION =
            Pattern.compile("^\\s*<suppression>(.*?)</suppression>", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern ELEMENT = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    @Test
    void everySuppressionTheDocumentationShowsIsValid() throws Exception {
        List<Path> pages = documentation();
        int examples = 0;
        for (Path page : pages) {
            Matcher suppression = SUPPRESSION.matcher(SitePages.read(page));
            while (suppression.find()) {
                Suppression entry = bound(suppression.group(1));
                assertThatCode(() -> Suppression.validated(List.of(entry), Checks.all()))
                        .as("%s: %s", page.getFileName(), suppression.group())
                        .doesNotThrowAnyException();
                examples++;
            }
        }
        assertThat(examples)
                .as("suppression examples in the documentation")
                .isGreaterThan(Checks.all().size());
    }

    /** The entry as Maven binds it: made with its constructor without arguments, its fields set by name. */
    private static Suppression bound(String xml) throws ReflectiveOperationException {
        Suppression entry = Suppression.class.getConstructor().newInstance();
        Matcher element = ELEMENT.matcher(xml);
        while (element.find()) {
            Field field = Suppression.class.getDeclaredField(element.group(1));
            field.setAccessible(true);
            field.set(entry, element.group(2).replace("…", "reason"));
        }
        return entry;
    }

    private static List<Path> documentation() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(SitePages.README));
        try (Stream<Path> files = Files.walk(SitePages.MARKDOWN)) {
            pages.addAll(files.filter(file -> file.toString().endsWith(".md")).collect(Collectors.toList()));
        }
        return pages;
    }
}
