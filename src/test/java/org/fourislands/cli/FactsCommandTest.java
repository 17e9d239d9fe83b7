package org.fourislands.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Runs {@code ./four-islands facts} through the real command tree, on the bundled data and coastline. */
class FactsCommandTest {

    private static final Pattern SHARE = Pattern.compile(
            "The four disputed islands: ([\\d.]+) km². Shikotan and the Habomai islets: ([\\d.]+) km², ([\\d.]+)% of the four.");

    private static List<String> tableLines(String out) {
        return out.lines().takeWhile(line -> !line.isEmpty()).toList();
    }

    private static String run(String... options) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = FourIslandsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        String[] arguments = new String[options.length + 1];
        arguments[0] = "facts";
        System.arraycopy(options, 0, arguments, 1, options.length);
        assertThat(commandLine.execute(arguments)).isZero();
        return out.toString();
    }

    /** The chosen convention's columns come first; the other's still follow. */
    @ParameterizedTest
    @CsvSource({"russian, Russian, Кунашир, 国後島", "japanese, Japanese, 国後島, Кунашир", "both, Japanese, 国後島, Кунашир"})
    void theChosenConventionsColumnsComeFirst(String naming, String firstColumn, String first, String second) {
        List<String> lines = tableLines(run("--naming", naming));
        assertThat(lines.getFirst().split("\\s+")[1]).isEqualTo(firstColumn);
        String row = lines.stream().filter(line -> line.startsWith("Kunashiri / Kunashir ")).findFirst().orElseThrow();
        assertThat(row.indexOf(first)).isLessThan(row.indexOf(second));
    }

    @Test
    void columnsLineUpInTerminalColumnsWhateverTheScript() {
        List<String> lines = tableLines(run());
        assertThat(lines).hasSizeGreaterThan(10);
        // Every row's area ends in the same terminal column, and the Russian Latin name starts in
        // the same column (found after the Japanese native-script name, which is two columns a character).
        assertThat(lines.stream().map(TextTable::displayWidth).distinct()).hasSize(1);
        String header = lines.getFirst();
        int russianColumn = TextTable.displayWidth(header.substring(0, header.indexOf("Russian")));
        String kunashir = lines.stream().filter(line -> line.contains("国後島")).findFirst().orElseThrow();
        assertThat(TextTable.displayWidth(kunashir.substring(0, kunashir.indexOf("Kunashir", kunashir.indexOf("国後島"))))).isEqualTo(russianColumn);
    }

    @ParameterizedTest
    @CsvSource({"abc, 3", "国後島, 6", "Кунашир, 7", "ハボマイ, 8", "Suishō, 6"})
    void displayWidthCountsWideCharactersTwice(String text, int columns) {
        assertThat(TextTable.displayWidth(text)).isEqualTo(columns);
    }

    @Test
    void theShareIsComputedFromTheRowsAbove() {
        String out = run();
        Matcher share = SHARE.matcher(out);
        assertThat(share.find()).as(out).isTrue();
        double four = area(out, "Etorofu / Iturup") + area(out, "Kunashiri / Kunashir") + area(out, "Shikotan") + area(out, "Habomai Islands");
        double smallTwo = area(out, "Shikotan") + area(out, "Habomai Islands");
        assertThat(Double.parseDouble(share.group(1))).isCloseTo(four, within(0.2));
        assertThat(Double.parseDouble(share.group(2))).isCloseTo(smallTwo, within(0.2));
        assertThat(Double.parseDouble(share.group(3))).isCloseTo(100 * smallTwo / four, within(0.1));
        // Published figures for the four (about 5,000 km²; docs/geography.md) bound the computed ones.
        assertThat(four).isBetween(4900.0, 5200.0);
    }

    private static double area(String out, String island) {
        String row = tableLines(out).stream().filter(line -> line.startsWith(island + "  ")).findFirst().orElseThrow();
        return Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1));
    }
}
