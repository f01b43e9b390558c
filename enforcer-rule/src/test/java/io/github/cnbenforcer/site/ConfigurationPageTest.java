package io.github.cnbenforcer.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.github.cnbenforcer.rule.CnbBaseImages;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The configuration page and the README list every parameter of the rule (its non-final private
 * fields, which Maven sets) with its default, and nothing else.
 */
class ConfigurationPageTest {

    @Test
    void theConfigurationPageListsEveryParameterWithItsDefault() throws Exception {
        Map<String, String> documented = defaults(SitePages.MARKDOWN.resolve("configuration.md"));
        Map<String, Object> parameters = parameters();
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(parameters.keySet());
        parameters.forEach((name, initial) -> {
            if (initial != null) {
                assertThat(documented.get(name)).as("default of %s", name).isEqualTo("`" + initial + "`");
            } else {
                assertThat(documented.get(name)).as("default of %s", name).isNotBlank();
            }
        });
    }

    @Test
    void theReadmeListsTheSameParametersAndDefaults() throws IOException {
        assertThat(defaults(SitePages.README))
                .containsExactlyInAnyOrderEntriesOf(defaults(SitePages.MARKDOWN.resolve("configuration.md")));
    }

    /** Parameter name to default, as the page's parameter table writes them. */
    private static Map<String, String> defaults(Path page) throws IOException {
        Map<String, String> defaults = new TreeMap<>();
        for (List<String> row : SitePages.table(page, "parameter")) {
            String previous = defaults.put(SitePages.unquoted(row.get(0)), row.get(1));
            assertThat(previous).as("rows for %s in %s", row.get(0), page).isNull();
        }
        return defaults;
    }

    /** Each parameter field of the rule and the value it starts with ({@code null} when it has none). */
    private static Map<String, Object> parameters() throws ReflectiveOperationException {
        CnbBaseImages rule = newRule();
        Map<String, Object> parameters = new TreeMap<>();
        for (Field field : CnbBaseImages.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPrivate(modifiers) && !Modifier.isFinal(modifiers) && !Modifier.isStatic(modifiers)) {
                field.setAccessible(true);
                parameters.put(field.getName(), field.get(rule));
            }
        }
        return parameters;
    }

    /** The rule as Maven makes it, with a mock for each component its constructor takes. */
    private static CnbBaseImages newRule() throws ReflectiveOperationException {
        Constructor<?> constructor = CnbBaseImages.class.getConstructors()[0];
        Object[] components = Arrays.stream(constructor.getParameterTypes())
                .map(type -> mock(type))
                .toArray();
        return (CnbBaseImages) constructor.newInstance(components);
    }
}
