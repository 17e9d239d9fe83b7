package org.fourislands.core.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in words a dataset's editor acts on: what was found, and what was
 * expected there. "Unexpected character (']' (code 93)): expected a value" becomes "found ']'
 * where a value was expected (a comma too many before it?)". A message not recognised is kept.
 */
final class SyntaxMessages {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(.*)", Pattern.DOTALL);
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile("Unrecognized token '(.+?)'.*", Pattern.DOTALL);
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '(.+?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.+?)'.*", Pattern.DOTALL);

    private SyntaxMessages() {}

    static String plain(String jackson) {
        Matcher m = UNEXPECTED_CHARACTER.matcher(jackson);
        if (m.matches()) {
            return found(m.group(1), m.group(2));
        }
        if (jackson.startsWith("Unexpected end-of-input")) {
            return "the file ends inside the document (expected the rest of it: was it cut short?)";
        }
        m = DUPLICATE_FIELD.matcher(jackson);
        if (m.matches()) {
            return "\"" + m.group(1) + "\" appears twice in one object (expected each property once)";
        }
        m = NON_STANDARD_TOKEN.matcher(jackson);
        if (m.matches()) {
            return "found " + m.group(1) + ", which JSON does not allow (expected a number)";
        }
        m = UNRECOGNISED_TOKEN.matcher(jackson);
        if (m.matches()) {
            return "found " + m.group(1) + " where a value was expected (text needs double quotes; true, false and null are lower case)";
        }
        return jackson;
    }

    /**
     * Where an object wants a comma or the next property's name, its path is the property
     * before, and the message says "after it"; in an array the path is the element expected.
     */
    private static String found(String character, String expectation) {
        String what = "found " + named(character);
        if (expectation.startsWith("was expecting comma to separate Object entries")) {
            return "after it, " + what + " where a comma or '}' was expected (a comma missing?)";
        }
        if (expectation.startsWith("was expecting comma to separate Array entries")) {
            return what + " where a comma or ']' was expected (a comma missing before it?)";
        }
        if (expectation.startsWith("expected a value")) {
            return what + " where a value was expected" + ("]".equals(character) || "}".equals(character) ? " (a comma too many before it?)" : "");
        }
        if (expectation.startsWith("was expecting double-quote to start field name")) {
            return "after it, " + what + " where a property name in double quotes was expected"
                    + ("}".equals(character) ? " (a comma too many before it?)" : "");
        }
        if (expectation.contains("comment")) {
            return what + ", the start of a comment, which JSON does not allow (expected data only)";
        }
        if (expectation.startsWith("was expecting a colon")) {
            return what + " where a colon after the property name was expected";
        }
        return what + (expectation.isBlank() ? "" : ": " + expectation);
    }

    /** A character as the message shows it: a quote is named, since a quote in quotes reads badly. */
    private static String named(String character) {
        return switch (character) {
            case "'" -> "a single quote (JSON takes double quotes)";
            case "\"" -> "a double quote";
            default -> "'" + character + "'";
        };
    }
}
