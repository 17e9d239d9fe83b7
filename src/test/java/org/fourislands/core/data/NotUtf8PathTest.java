package org.fourislands.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A byte that is not UTF-8 (a file saved as Latin-1 from an old editor) is reported with the
 * JSON path of the value it sits in, like every other problem, so that a teacher can find it in
 * a long file: the string value it is in, or else the object or array around it.
 */
class NotUtf8PathTest {

    /** Where {@code ¤} stands in a document, the loader is given the Latin-1 byte 0xE9 (é) instead. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            in a property's string value             | {"events": [{"id": "a", "title": "Trait¤ de Shimoda"}]}          | $.events[0].title
            in a string that is an array's element   | {"events": [{"islands": ["etorofu", "kunashir¤"]}]}              | $.events[0].islands[1]
            in the second element's value            | {"events": [{"id": "a"}, {"id": "b", "summary": "¤"}]}           | $.events[1].summary
            in a property's name                     | {"events": [{"id": "a", "tit¤le": "x"}]}                          | $.events[0]
            between an array's elements              | {"events": [{"id": "a"}, ¤{"id": "b"}]}                           | $.events
            after a number                           | {"events": [{"importance": 1¤}]}                                  | $.events[0]
            after the document's end                 | {"events": []}¤                                                   | $
            """)
    void namesTheValueTheByteIsIn(String where, String document, String expectedPath) {
        int marker = document.indexOf('¤');
        byte[] bytes = withLatin1ByteAt(document, marker);

        LoadResult result = new DatasetLoader().load("latin1.json", bytes);

        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        DatasetProblem problem = ((LoadResult.Failed) result).problems().getFirst();
        assertThat(problem.path()).isEqualTo(expectedPath);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(marker + 1);
        assertThat(problem.message()).startsWith("byte 0xE9 at offset " + marker + " is not valid UTF-8");
    }

    private static byte[] withLatin1ByteAt(String document, int marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(document.substring(0, marker).getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);
        out.writeBytes(document.substring(marker + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
