package org.fourislands.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GlossaryEntry;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Glossary search (case and accent blind) and finding glossary terms in running text. */
class GlossaryIndexTest {

    private static final Dataset dataset = BundledData.dataset();
    private static final GlossaryIndex index = new GlossaryIndex(dataset);

    @ParameterizedTest
    @CsvSource({
            "hoppo ryodo, northern-territories",
            "HOPPŌ RYŌDO, northern-territories",
            "moto-tomin, former-residents",
            "chishima, chishima",
            "scapin, scapin-677"})
    void searchIgnoresCaseAndAccents(String query, String expectedId) {
        assertThat(index.search(query)).extracting(GlossaryEntry::id).first().isEqualTo(expectedId);
    }

    @Test
    void aBlankSearchListsEveryEntryAlphabetically() {
        List<GlossaryEntry> all = index.search("  ");
        assertThat(all).hasSize(dataset.glossary().size());
        assertThat(all.getFirst().term()).isEqualTo("1956 Joint Declaration");
    }

    @Test
    void searchFindsWordsInDefinitionsAfterNames() {
        List<GlossaryEntry> found = index.search("thousand islands");
        assertThat(found).extracting(GlossaryEntry::id).contains("chishima");
    }

    @Test
    void theLongestNameWinsAndEachEntryIsLinkedOnce() {
        String text = "On Northern Territories Day the Northern Territories and the northern territories are named.";
        List<GlossaryIndex.TermMatch> matches = index.findTerms(text);
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()) + "=" + m.entry().id())
                .containsExactly("Northern Territories Day=northern-territories-day", "Northern Territories=northern-territories");
    }

    @Test
    void termsMatchWholeWordsOnlyIgnoringMacrons() {
        String text = "Kurilsk is a town; the Hoppo Ryodo are not. Chishimaa is no word.";
        List<GlossaryIndex.TermMatch> matches = index.findTerms(text);
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end())).containsExactly("Hoppo Ryodo");
    }

    @Test
    void offsetsPointIntoTheOriginalTextEvenWithCombiningMarks() {
        String text = "Before the Hoppō Ryōdo campaign";
        GlossaryIndex.TermMatch match = index.findTerms(text).getFirst();
        assertThat(text.substring(match.start(), match.end())).isEqualTo("Hoppō Ryōdo");
    }

    @Test
    void everyGlossaryTermIsFoundInTheBundledSummariesSomewhere() {
        long eventsWithTerms = dataset.events().stream().map(HistoricalEvent::summary).filter(s -> !index.findTerms(s).isEmpty()).count();
        assertThat(eventsWithTerms).isGreaterThan(10);
    }

    /**
     * A link takes in a place's whole name as the reader's convention renders it, never a word of
     * it: both sides of "Habomai / Khabomai", all of Minami-Karafuto; and none of Kita-Karafuto.
     */
    @ParameterizedTest(name = "{0} links {1}")
    @CsvSource(delimiter = '|', value = {
            "The Habomai / Khabomai islets were occupied last. | Habomai / Khabomai=habomai",
            "The Khabomai islets were occupied last. | Khabomai=habomai",
            "The 歯舞群島 / Хабомаи islets were occupied last. | 歯舞群島 / Хабомаи=habomai",
            "Soviet troops crossed into Minami-Karafuto. | Minami-Karafuto=karafuto",
            "Soviet troops crossed into Minami-Karafuto / Yuzhny Sakhalin. | Minami-Karafuto / Yuzhny Sakhalin=karafuto",
            "Soviet troops crossed into 南樺太 / Южный Сахалин. | 南樺太 / Южный Сахалин=karafuto",
            "Japan gave up its rights on Karafuto / Sakhalin. | Karafuto / Sakhalin=karafuto",
            "Kita-Karafuto stayed Russian. | -",
            "北樺太 stayed Russian. | -",
            "A Habomai-class patrol boat. | -"})
    void aLinkTakesInTheWholeRenderedName(String text, String expected) {
        assertThat(index.findTerms(text)).extracting(m -> text.substring(m.start(), m.end()) + "=" + m.entry().id())
                .isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
    }

    /** In every bundled summary, rendered in every convention and script, no link cuts an island's or place's name. */
    @ParameterizedTest
    @EnumSource(NamingConvention.class)
    void noLinkCutsANameInAnyBundledSummary(NamingConvention convention) {
        NameResolver resolver = new NameResolver(dataset);
        List<String> cut = new ArrayList<>();
        for (Script script : Script.values()) {
            for (HistoricalEvent event : dataset.events()) {
                StringBuilder rendered = new StringBuilder();
                List<int[]> names = new ArrayList<>();
                Matcher token = NameResolver.TOKEN.matcher(event.summary());
                int copied = 0;
                while (token.find()) {
                    rendered.append(event.summary(), copied, token.start());
                    int start = rendered.length();
                    rendered.append(resolver.render(token.group(), convention, script));
                    names.add(new int[] {start, rendered.length()});
                    copied = token.end();
                }
                String text = rendered.append(event.summary().substring(copied)).toString();
                for (GlossaryIndex.TermMatch match : index.findTerms(text)) {
                    for (int[] name : names) {
                        boolean overlaps = match.start() < name[1] && match.end() > name[0];
                        if (overlaps && (match.start() > name[0] || match.end() < name[1])) {
                            cut.add(script + " " + event.id() + ": \"" + text.substring(match.start(), match.end()) + "\" cuts \"" + text.substring(name[0], name[1]) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(cut).isEmpty();
    }
}
