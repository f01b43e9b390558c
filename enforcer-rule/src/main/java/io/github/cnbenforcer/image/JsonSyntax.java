package io.github.cnbenforcer.image;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a document is not valid JSON without quoting it: where (line and column) and what was
 * expected there. Jackson's own messages quote the offending text, and a document may be any file
 * (an {@code index.json} that links to a secret), so they are never shown.
 */
final class JsonSyntax {
    /** Jackson's words after the character it quotes: "was expecting comma to separate Object entries". */
    private static final Pattern EXPECTATION =
            Pattern.compile("code \\d+\\)\\): ((?:was )?expect[A-Za-z0-9 ,'()-]{1,160})$");

    private JsonSyntax() {}

    /** "a field appears twice in one object, at line 3, column 7". */
    static String describe(JsonProcessingException e) {
        return problem(e) + location(e.getLocation());
    }

    private static String problem(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "it ends before the JSON is complete (cut short)";
        }
        if (e instanceof StreamConstraintsException) {
            return "it is nested deeper, or holds longer numbers or strings, than the rule reads";
        }
        if (original.startsWith("No content")) {
            return "it is empty";
        }
        if (original.startsWith("Duplicate field")) {
            return "a field appears twice in one object";
        }
        if (original.startsWith("Unrecognized token")) {
            return "a word that is not a JSON value (expected a string, number, object, array, true, false or null)";
        }
        if (original.contains("CTRL-CHAR")) {
            return "a control character that JSON allows only escaped";
        }
        if (original.contains("UTF-8") || original.contains("UTF8")) {
            return "bytes that are not UTF-8";
        }
        if (original.startsWith("Unexpected character")) {
            Matcher expectation = EXPECTATION.matcher(original);
            return "an unexpected character" + (expectation.find() ? " (" + expectation.group(1) + ")" : "");
        }
        return "malformed JSON";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ", at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
