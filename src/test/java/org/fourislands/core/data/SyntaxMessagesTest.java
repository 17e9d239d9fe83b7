package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A syntax error names the JSON path where the parser stopped and says, in words, what it found
 * and what belonged there; the fixtures cover the common slips, these the rest. Each document is
 * read by the real loader.
 */
class SyntaxMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"formatVersion\": NaN} | 1:22 $.formatVersion: JSON syntax error: found NaN, which JSON does not allow (expected a number)",
            "{\"title\": tru} | 1:11 $.title: JSON syntax error: found tru where a value was expected (text needs double quotes; true, false and null are lower case)",
            "{\"formatVersion\" 1} | 1:18 $.formatVersion: JSON syntax error: found '1' where a colon after the property name was expected",
            "{\"places\": [1 2]} | 1:15 $.places[1]: JSON syntax error: found '2' where a comma or ']' was expected (a comma missing before it?)",
            "{\"events\": [{\"id\": \"a\",}]} | 1:24 $.events[0].id: JSON syntax error: after it, found '}' where a property name in double quotes was expected (a comma too many before it?)"})
    void aSyntaxErrorSaysWhereWhatWasFoundAndWhatWasExpected(String document, String expected) {
        LoadResult result = new DatasetLoader().load("broken.json", document.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) result).problems()).extracting(DatasetProblem::toString).containsExactly("broken.json:" + expected);
    }
}
