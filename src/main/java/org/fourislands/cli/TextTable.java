package org.fourislands.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns as wide as their widest cell, measured in terminal
 * columns, so that a Japanese name (two columns a character) lines up with a Latin one. The last
 * column is right-aligned, for figures.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();

    void row(String... cells) {
        rows.add(cells);
    }

    String render() {
        int columns = rows.stream().mapToInt(cells -> cells.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] cells : rows) {
            for (int c = 0; c < cells.length; c++) {
                widths[c] = Math.max(widths[c], displayWidth(cells[c]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] cells : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                String padding = " ".repeat(widths[c] - displayWidth(cells[c]));
                boolean figures = c == columns - 1;
                line.append(c == 0 ? "" : GAP).append(figures ? padding + cells[c] : cells[c] + padding);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /**
     * Terminal columns {@code text} takes: two for East Asian wide and full-width characters, one
     * for the rest. The JDK has no East Asian Width property; the blocks below are the ones a
     * dataset of Japanese and Russian names can hold (kana, CJK ideographs and punctuation,
     * full-width forms), so a small table beats a Unicode-data dependency for one command.
     */
    static int displayWidth(String text) {
        return text.codePoints().map(TextTable::columnsOf).sum();
    }

    private static int columnsOf(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61
                || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
        return wide ? 2 : 1;
    }
}
