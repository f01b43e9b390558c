package io.github.cnbenforcer.source.registry.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code WWW-Authenticate} challenge: a scheme ({@code bearer}, {@code basic}) and its parameters
 * ({@code realm}, {@code service}, {@code scope}). A header may hold several challenges.
 */
final class Challenge {
    public static final String BEARER = "bearer";
    public static final String BASIC = "basic";

    private final String scheme;
    private final Map<String, String> parameters;

    Challenge(String scheme, Map<String, String> parameters) {
        this.scheme = scheme.toLowerCase(Locale.ROOT);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Every challenge in the given {@code WWW-Authenticate} header values. */
    public static List<Challenge> parseAll(List<String> headerValues) {
        List<Challenge> challenges = new ArrayList<>();
        for (String value : headerValues) {
            new Parser(value).parseInto(challenges);
        }
        return challenges;
    }

    /** The challenge to answer: Bearer before Basic; other schemes are not answered. */
    public static Optional<Challenge> preferred(List<Challenge> challenges) {
        for (String scheme : List.of(BEARER, BASIC)) {
            for (Challenge challenge : challenges) {
                if (challenge.scheme.equals(scheme)) {
                    return Optional.of(challenge);
                }
            }
        }
        return Optional.empty();
    }

    /** The lower-case scheme. */
    public String scheme() {
        return scheme;
    }

    public boolean isBasic() {
        return scheme.equals(BASIC);
    }

    /** A parameter by its lower-case name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> realm() {
        return parameter("realm");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Challenge
                && ((Challenge) other).scheme.equals(scheme)
                && ((Challenge) other).parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return scheme + " " + parameters;
    }

    /** RFC 7235: {@code scheme [token68 | param *("," param)]}, challenges separated by commas. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text == null ? "" : text;
        }

        void parseInto(List<Challenge> challenges) {
            String scheme = null;
            Map<String, String> parameters = new LinkedHashMap<>();
            while (true) {
                skipSeparators();
                if (position >= text.length()) {
                    break;
                }
                String token = readToken();
                if (token.isEmpty()) {
                    position++;
                    continue;
                }
                skipSpaces();
                if (scheme != null && position < text.length() && text.charAt(position) == '=') {
                    position++;
                    skipSpaces();
                    parameters.put(token.toLowerCase(Locale.ROOT), readValue());
                } else {
                    if (scheme != null) {
                        challenges.add(new Challenge(scheme, parameters));
                        parameters = new LinkedHashMap<>();
                    }
                    scheme = token;
                    skipToken68();
                }
            }
            if (scheme != null) {
                challenges.add(new Challenge(scheme, parameters));
            }
        }

        private String readToken() {
            int start = position;
            while (position < text.length() && isTokenChar(text.charAt(position))) {
                position++;
            }
            return text.substring(start, position);
        }

        private String readValue() {
            if (position < text.length() && text.charAt(position) == '"') {
                StringBuilder value = new StringBuilder();
                position++;
                while (position < text.length() && text.charAt(position) != '"') {
                    char c = text.charAt(position++);
                    if (c == '\\' && position < text.length()) {
                        c = text.charAt(position++);
                    }
                    value.append(c);
                }
                position++;
                return value.toString();
            }
            return readToken();
        }

        /** A token68 after the scheme (e.g. {@code Negotiate abc==}) carries nothing the rule uses. */
        private void skipToken68() {
            int mark = position;
            String token = readToken();
            skipSpaces();
            boolean isParameterName = position < text.length()
                    && text.charAt(position) == '='
                    && (position + 1 >= text.length() || text.charAt(position + 1) != '=');
            if (token.isEmpty() || isParameterName) {
                position = mark;
                return;
            }
            while (position < text.length() && text.charAt(position) == '=') {
                position++;
            }
        }

        private void skipSeparators() {
            while (position < text.length()
                    && (text.charAt(position) == ','
                            || text.charAt(position) == ' '
                            || text.charAt(position) == '\t')) {
                position++;
            }
        }

        private void skipSpaces() {
            while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
        }

        private static boolean isTokenChar(char c) {
            return c > 32 && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }
}
