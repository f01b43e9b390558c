package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * {@code label-released}: label {@code io.buildpacks.base.released} is set to an RFC 3339 date
 * ({@code 2024-05-01}) or date-time ({@code 2024-05-01T12:00:00Z}, seconds and offset required).
 */
public final class LabelReleased extends LabelCheck {
    public static final String ID = "label-released";

    private static final DateTimeFormatter FULL_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public LabelReleased() {
        super(
                ID,
                Scope.EACH,
                BaseLabels.RELEASED,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.released set to the release date of the image.");
    }

    @Override
    protected Verdict judge(String value) {
        return judgeForm(value, isRfc3339(value), "an RFC 3339 date or date-time");
    }

    static boolean isRfc3339(String value) {
        // RFC 3339 allows a lower-case "t" and "z".
        String upper = value.toUpperCase(Locale.ROOT);
        return parses(upper, FULL_DATE, true) || parses(upper, DATE_TIME, false);
    }

    private static boolean parses(String value, DateTimeFormatter format, boolean dateOnly) {
        try {
            if (dateOnly) {
                LocalDate.parse(value, format);
            } else {
                OffsetDateTime.parse(value, format);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
