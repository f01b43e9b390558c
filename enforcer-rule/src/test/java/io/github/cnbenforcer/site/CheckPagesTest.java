package io.github.cnbenforcer.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.pipeline.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check table of the site's checks page, each check's own page and the site menu list exactly
 * the checks the rule registers, with their level and image, so that the documentation cannot drift.
 * The table is the one hand-written list of the checks: {@code Checks.all()} follows its order.
 */
class CheckPagesTest {
    private static final Pattern LINKED_ID = Pattern.compile("\\[`?([a-z0-9-]+)`?]\\(checks/\\1\\.html\\)");
    private static final Pattern PAGE_LINK = Pattern.compile("href=\"checks/([a-z0-9-]+)\\.html\"");

    @Test
    void theChecksPageTableListsEveryRegisteredCheckWithItsLevelAndImageInOrder() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (List<String> row : SitePages.table(SitePages.MARKDOWN.resolve("checks.md"), "ID")) {
            Matcher id = LINKED_ID.matcher(row.get(0));
            assertThat(id.matches())
                    .as("'%s' is a check ID linked to its page", row.get(0))
                    .isTrue();
            String previous = documented.put(id.group(1), row.get(1) + " " + row.get(2));
            assertThat(previous).as("rows for %s", id.group(1)).isNull();
        }
        assertThat(documented).containsExactlyEntriesOf(registered());
    }

    @Test
    void everyCheckHasItsPageAndEveryPageACheck() throws IOException {
        Set<String> pages;
        try (Stream<Path> files = Files.list(SitePages.MARKDOWN.resolve("checks"))) {
            pages = files.map(file -> file.getFileName().toString().replaceFirst("\\.md$", ""))
                    .collect(Collectors.toSet());
        }
        assertThat(pages).containsExactlyInAnyOrderElementsOf(registered().keySet());
    }

    @Test
    void eachPageOpensWithItsCheckLevelAndImage() throws IOException {
        for (Check check : Checks.all()) {
            List<String> lines =
                    List.of(SitePages.read(page(check)).split("\n", 4)).subList(0, 3);
            assertThat(lines)
                    .as("the opening of %s", page(check))
                    .containsExactly(
                            "# " + check.id(),
                            "",
                            "Level **" + check.level() + "** · image **" + image(check)
                                    + "** · [all checks](../checks.html)");
        }
    }

    @Test
    void theSiteMenuLinksEveryCheckPage() throws IOException {
        Matcher link = PAGE_LINK.matcher(SitePages.read(SitePages.SITE_DESCRIPTOR));
        Set<String> linked = link.results().map(match -> match.group(1)).collect(Collectors.toSet());
        assertThat(linked).containsExactlyInAnyOrderElementsOf(registered().keySet());
    }

    @Test
    void theReadmeNamesEveryCheck() throws IOException {
        String readme = SitePages.read(SitePages.README);
        assertThat(Checks.all()).allSatisfy(check -> assertThat(readme).contains("`" + check.id() + "`"));
    }

    /** Each registered check's level and image, as the table writes them ({@code MUST build}), in their order. */
    private static Map<String, String> registered() {
        return Checks.all().stream()
                .collect(Collectors.toMap(
                        Check::id, check -> check.level() + " " + image(check), (a, b) -> a, LinkedHashMap::new));
    }

    private static String image(Check check) {
        return check.scope().name().toLowerCase(Locale.ROOT);
    }

    private static Path page(Check check) {
        return SitePages.MARKDOWN.resolve("checks").resolve(check.id() + ".md");
    }
}
