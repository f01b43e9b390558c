package io.github.cnbenforcer.rule;

import java.lang.reflect.Field;

/** Sets a rule parameter as Maven does when it configures the rule from the POM: on the field. */
final class RuleParameters {
    private RuleParameters() {}

    static void set(CnbBaseImages rule, String parameter, Object value) throws ReflectiveOperationException {
        Field field = CnbBaseImages.class.getDeclaredField(parameter);
        field.setAccessible(true);
        field.set(rule, value);
    }
}
