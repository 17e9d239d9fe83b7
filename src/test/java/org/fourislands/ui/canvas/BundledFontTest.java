package org.fourislands.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.time.Eras;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled font subset must hold every character the app draws: the dataset's names and text
 * (Japanese, Cyrillic, macrons) and the era names. A missing glyph would show as a box on a
 * machine with no CJK font. Regenerate with {@code packaging/fonts/make-font-subset}.
 */
class BundledFontTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/fonts/NotoSansCJKjp-Subset-Regular.otf", "/fonts/NotoSansCJKjp-Subset-Bold.otf"})
    void theSubsetHasEveryCharacterTheAppDraws(String resource) throws Exception {
        Font font;
        try (InputStream in = BundledFontTest.class.getResourceAsStream(resource)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        StringBuilder text = new StringBuilder(Files.readString(Path.of("data/four-islands.json"), StandardCharsets.UTF_8));
        Eras.ALL.forEach(era -> text.append(era.label()).append(era.nativeLabel()));
        List<String> missing = new ArrayList<>();
        text.codePoints().distinct()
                .filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))
                .filter(c -> !font.canDisplay(c))
                .forEach(c -> missing.add(new String(Character.toChars(c)) + String.format(" U+%04X", c)));
        assertThat(missing).as("characters without a glyph in " + resource).isEmpty();
    }
}
