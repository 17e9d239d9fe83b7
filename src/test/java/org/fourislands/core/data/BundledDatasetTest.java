package org.fourislands.core.data;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.AdministrationPeriod;
import org.fourislands.core.model.Citation;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.Names;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Place;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.core.model.Script;
import org.fourislands.core.model.Tour;
import org.fourislands.core.model.TourStep;
import org.fourislands.core.time.HistoricalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Consistency of the bundled dataset beyond what the validator enforces: what a teacher relies on. */
class BundledDatasetTest {

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = ((LoadResult.Loaded) new DatasetLoader().loadBundled()).dataset();
    }

    @Test
    void everyIslandUnitIsAdministeredWithoutGapsFrom1855ToTheEndOf2024() {
        long start = HistoricalDate.parse("1855-02-07").startEpochDay();
        long end = HistoricalDate.parse("2024-12-31").startEpochDay();
        for (Island island : dataset.islands()) {
            if (island.partOf() != null) {
                continue;
            }
            List<AdministrationPeriod> periods = dataset.administration().stream()
                    .filter(p -> p.islandId().equals(island.id()))
                    .sorted(Comparator.comparing(AdministrationPeriod::from)).toList();
            assertThat(periods).as(island.id()).isNotEmpty();
            assertThat(periods.getFirst().from().startEpochDay()).as(island.id() + " starts by 1855").isLessThanOrEqualTo(start);
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i - 1).to()).as(island.id() + " period " + i + " follows on").isEqualTo(periods.get(i).from());
            }
            AdministrationPeriod last = periods.getLast();
            assertThat(last.to() == null || last.to().startEpochDay() > end).as(island.id() + " runs to 2024").isTrue();
        }
    }

    @Test
    void everySourceIsCitedAtLeastOnce() {
        Set<String> cited = new HashSet<>();
        Stream.of(
                        dataset.events().stream().flatMap(e -> Stream.concat(e.sources().stream(),
                                Stream.concat(e.quotations().stream().map(q -> q.source()), e.interpretations().stream().map(i -> i.source())))),
                        dataset.claims().stream().flatMap(c -> c.sources().stream()),
                        dataset.borders().stream().flatMap(b -> b.sources().stream()),
                        dataset.glossary().stream().flatMap(g -> g.sources().stream()),
                        dataset.polls().stream().map(Poll::source))
                .flatMap(s -> s).map(Citation::sourceId).forEach(cited::add);
        assertThat(dataset.sources()).allSatisfy(source -> assertThat(cited).as(source.id()).contains(source.id()));
    }

    /**
     * Full tables (Hirose's NHK tables) add up to 100% give or take rounding; polls the sources
     * report only in part (some answers not given) must still never exceed 100%.
     */
    @Test
    void pollRowsAddUpToAboutAHundredPercent() {
        for (Poll poll : dataset.polls()) {
            boolean fullTable = poll.source().locator() != null && poll.source().locator().startsWith("Table");
            for (PollRow row : poll.rows()) {
                if (fullTable) {
                    assertThat(row.total()).as(poll.id() + " / " + row.group()).isBetween(99.8, 100.2);
                } else {
                    assertThat(row.total()).as(poll.id() + " / " + row.group()).isLessThanOrEqualTo(100.2);
                }
            }
        }
    }

    @Test
    void theNhkTablesInHirosesPaperAreReproducedExactly() {
        Poll table1 = dataset.polls().stream().filter(p -> "Table 1".equals(p.source().locator())).findFirst().orElseThrow();
        assertThat(table1.rows()).extracting(PollRow::group).contains("Former residents (1991)", "2015 Total");
        assertThat(table1.rows().stream().filter(r -> r.group().equals("Former residents (1991)")).findFirst().orElseThrow().values())
                .containsExactly(63.3, 13.4, 20.6, 2.7);
        assertThat(table1.rows().stream().filter(r -> r.group().equals("2015 Total")).findFirst().orElseThrow().values())
                .containsExactly(14.1, 49.0, 32.9, 4.0);
        assertThat(dataset.polls().stream().filter(p -> p.source().sourceId().equals("hirose-2018")
                && p.source().locator() != null && p.source().locator().startsWith("Table"))).hasSize(4);
    }

    @Test
    void thereAreAtLeast120EventsFrom1855To2024AndThreeToursAndTwentyTerms() {
        assertThat(dataset.events().stream().filter(e -> e.date().year() >= 1855 && e.date().year() <= 2024)).hasSizeGreaterThanOrEqualTo(120);
        assertThat(dataset.tours()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(t -> assertThat(t.steps()).hasSizeBetween(8, 15));
        assertThat(dataset.glossary()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "the dataset covers {0}")
    @ValueSource(strings = {"1855-treaty-of-shimoda", "1875-treaty-of-st-petersburg", "1905-treaty-of-portsmouth", "1945-yalta-agreement",
        "1945-soviet-entry-into-war", "1945-occupation-etorofu", "1945-occupation-kunashiri", "1945-occupation-shikotan",
        "1945-occupation-habomai", "1946-incorporation", "1951-san-francisco-treaty", "1956-dulles-shigemitsu", "1956-joint-declaration",
        "1960-soviet-memorandum", "1991-joint-communique", "1993-tokyo-declaration", "1997-krasnoyarsk-summit", "1998-kawana-summit",
        "2001-irkutsk-statement", "2003-japan-russia-action-plan", "2004-lavrov-1956-declaration", "2010-medvedev-visits-kunashiri",
        "2016-nagato-tokyo-summit", "2018-singapore-summit", "2020-russian-constitution-territory-clause", "2022-talks-suspended",
        "2024-northern-territories-day"})
    void theTurningPointsAreThere(String id) {
        assertThat(dataset.event(id)).isPresent();
    }

    @Test
    void noTwoEventsShareTitleAndDateAndEveryEventIsSourced() {
        Set<String> seen = new HashSet<>();
        for (HistoricalEvent event : dataset.events()) {
            assertThat(seen.add(event.title() + "|" + event.date())).as(event.id()).isTrue();
            assertThat(event.sources()).as(event.id()).isNotEmpty();
        }
    }

    @Test
    void theDisputedIslandsAreTheFourAndHabomaiHasItsIslets() {
        assertThat(dataset.islands().stream().filter(i -> i.isDisputed() && i.partOf() == null).map(Island::id))
                .containsExactlyInAnyOrder("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai");
        assertThat(dataset.islands().stream().filter(i -> "habomai".equals(i.partOf()))).hasSize(6);
        assertThat(dataset.islands()).allSatisfy(i -> {
            assertThat(i.names().ja()).as(i.id()).isNotBlank();
            assertThat(i.names().ru()).as(i.id()).isNotBlank();
            assertThat(i.names().jaLatn()).as(i.id()).isNotBlank();
            assertThat(i.names().ruLatn()).as(i.id()).isNotBlank();
        });
    }

    /**
     * Every Russian name in Latin letters is its Cyrillic by the dataset's one rule
     * (docs/dataset.md, "Names"), so that a reader never meets two spellings of one system.
     * Japanese names borrowed into Russian keep their Japanese spelling, as Russian maps do.
     */
    @Test
    void everyRussianLatinNameIsItsCyrillicByTheDatasetsRule() {
        Set<String> japaneseLoans = Set.of("Хоккайдо", "Вакканай", "Юрий"); // Юрий is the Japanese Yuri (勇留), not the first name
        Stream<Names> everyName = Stream.of(
                dataset.islands().stream().map(Island::names),
                dataset.places().stream().map(Place::names),
                dataset.actors().stream().map(Actor::names)).flatMap(s -> s);
        List<Names> checked = everyName.filter(n -> n.ru() != null && n.ruLatn() != null && !japaneseLoans.contains(n.ru())).toList();
        assertThat(checked).hasSizeGreaterThan(40)
                .allSatisfy(n -> assertThat(n.ruLatn()).as(n.ru()).isEqualTo(RussianLatin.of(n.ru())));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Итуруп, Iturup", "Южно-Курильск, Yuzhno-Kurilsk", "Танфильева, Tanfilyeva", "Дёмина, Dyomina",
            "Средние и Северные Курилы, Sredniye i Severnyye Kurily", "Союзные державы, Soyuznyye derzhavy", "Первый Курильский пролив, Pervy Kurilsky proliv",
            "Малокурильское, Malokurilskoye", "Хабомаи, Khabomai", "Щучий, Shchuchy", "Объезд, Obyezd"})
    void theRuleSpellsTheNamesItWasWrittenFrom(String cyrillic, String latin) {
        assertThat(RussianLatin.of(cyrillic)).isEqualTo(latin);
    }

    /**
     * Island and place names in running text are tokens ({@code {{shumshu}}}), so that they follow
     * the reader's naming convention and script: a name written out takes one side's form on every
     * surface ("Battle of Shumshu" under Japanese names, "Sakhalin" where the reader asked for
     * 樺太). Checked wherever the app renders tokens: event titles, summaries and
     * interpretations, tour titles, descriptions and captions, glossary definitions, border labels
     * and notes, claim bases and island notes. Quotations keep their source's words, and the names
     * of other things that contain a place name ({@link PlainNames#NAMES_OF_OTHER_THINGS}) stay.
     */
    @Test
    void islandAndPlaceNamesInRunningTextAreTokens() {
        PlainNames plain = new PlainNames(dataset);
        List<String> found = new ArrayList<>();
        for (HistoricalEvent event : dataset.events()) {
            plain.check("event " + event.id() + " title", event.title(), found);
            plain.check("event " + event.id() + " summary", event.summary(), found);
            event.interpretations().forEach(i -> plain.check("event " + event.id() + " interpretation", i.text(), found));
        }
        for (Tour tour : dataset.tours()) {
            plain.check("tour " + tour.id() + " title", tour.title(), found);
            plain.check("tour " + tour.id() + " description", tour.description(), found);
            for (TourStep step : tour.steps()) {
                plain.check("tour " + tour.id() + " step " + step.eventId(), step.caption(), found);
            }
        }
        dataset.glossary().forEach(g -> plain.check("glossary " + g.id(), g.definition(), found));
        dataset.borders().forEach(b -> {
            plain.check("border " + b.id() + " label", b.label(), found);
            plain.check("border " + b.id() + " note", b.note(), found);
        });
        dataset.claims().forEach(c -> plain.check("claim " + c.islandId() + "/" + c.claimantId() + " " + c.from(), c.basis(), found));
        dataset.islands().forEach(i -> plain.check("island " + i.id() + " note", i.note(), found));
        assertThat(plain.names()).as("the names looked for").contains("Shumshu", "Shumushu", "Paramushir", "Sakhalin", "Karafuto", "Iturup", "Etorofu",
                "Khabomai", "Minami-Karafuto").doesNotContain("London", "Tokyo", "Shimoda");
        assertThat(found).as("names written out where a token belongs").isEmpty();
    }

    /**
     * A border a tour step shows lies inside the step's map view with room above it: the date card
     * covers the top left of the map in presentation mode, and a line at the top edge (the 1875
     * border at Shumshu, the 1905 line at 50°N) was cut off or hidden under it. A border in force
     * on the step's date that falls within the view's longitudes must reach no higher than a tenth
     * of the view's height below its north edge; it may run out at the bottom, as the de facto
     * line does in a view of Kunashiri alone.
     */
    @Test
    void aBorderATourStepShowsLiesInsideItsViewWithRoomAbove() {
        List<String> atTheEdge = new ArrayList<>();
        for (Tour tour : dataset.tours()) {
            for (TourStep step : tour.steps()) {
                if (step.view() == null) {
                    continue;
                }
                long day = dataset.event(step.eventId()).orElseThrow().date().startEpochDay();
                var view = step.view();
                for (var border : dataset.borders()) {
                    boolean inForce = border.from().startEpochDay() <= day && (border.to() == null || day < border.to().startEpochDay());
                    List<GeoPoint> points = border.lines().stream().flatMap(List::stream).toList();
                    boolean withinLongitudes = points.stream().allMatch(p -> p.lon() >= view.west() && p.lon() <= view.east());
                    if (!inForce || !withinLongitudes) {
                        continue;
                    }
                    double north = points.stream().mapToDouble(GeoPoint::lat).max().orElseThrow();
                    if (north > view.north() - (view.north() - view.south()) / 10 || north < view.south()) {
                        atTheEdge.add(tour.id() + " / " + step.eventId() + ": " + border.id());
                    }
                }
            }
        }
        assertThat(atTheEdge).isEmpty();
    }

    /** The check itself, on examples: "-" where it must find nothing. */
    @ParameterizedTest(name = "{0} writes out {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Battle of Shumshu: the Soviet landing | Shumshu",
            "Battle of {{shumshu}}: the Soviet landing | -",
            "Bastion missiles deployed on Paramushir and Iturup | Iturup, Paramushir",
            "Japan governed it as Minami-Karafuto; Kita-Karafuto stayed Russian | Kita-Karafuto, Minami-Karafuto",
            "Putin said the text “neither mentions Habomai and Shikotan” | -",
            "A ship 'from Sakhalin', as the report put it | -",
            "The islands become part of Sakhalin Oblast, not Karafuto | Karafuto",
            "Japan calls it the Karafuto–Chishima Exchange Treaty | -",
            "A conference in London and a treaty at Shimoda | -"})
    void theCheckFindsNamesWrittenOutButNotInQuotationsOrOtherThingsNames(String text, String names) {
        List<String> found = new ArrayList<>();
        new PlainNames(dataset).check("example", text, found);
        assertThat(found).isEqualTo(names.equals("-") ? List.of() : List.of("example: " + names + " in «" + text + "»"));
    }

    /** Finds island and place names written out in running text, outside quotations. */
    static final class PlainNames {
        /**
         * Names of other things that contain a place name and keep it in every convention: the
         * provinces Russia named after Sakhalin, and the treaty of 1875 under its Japanese name.
         * The glossary's entry on the name Karafuto has to name what it is the name for.
         */
        static final List<String> NAMES_OF_OTHER_THINGS = List.of(
                "Sakhalin Oblast", "Karafuto–Chishima Exchange Treaty", "The Japanese name for Sakhalin");
        private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|(?<![\\p{L}\\p{N}])'[^']*'(?![\\p{L}\\p{N}])");

        private final Set<String> names = new TreeSet<>();
        private final Pattern pattern;

        /**
         * Every spelling of every island, and of every place whose name the app renders by
         * convention (those in the region; London stays London and is not looked for).
         */
        PlainNames(Dataset dataset) {
            NameResolver resolver = new NameResolver(dataset);
            Stream.concat(dataset.islands().stream().map(i -> Map.entry(i.id(), i.names())), dataset.places().stream().map(p -> Map.entry(p.id(), p.names())))
                    .filter(e -> rendersBySide(resolver, e.getKey()))
                    .forEach(e -> spellingsOf(e.getValue()).forEach(names::add));
            List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
            // Whole words; a hyphen joins words, so Minami-Karafuto is one name and not Karafuto.
            pattern = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + String.join("|", longestFirst) + ")(?![\\p{L}\\p{N}-])");
        }

        private static boolean rendersBySide(NameResolver resolver, String id) {
            Set<String> shown = new HashSet<>();
            for (NamingConvention convention : NamingConvention.values()) {
                for (Script script : Script.values()) {
                    shown.add(resolver.render("{{" + id + "}}", convention, script));
                }
            }
            return shown.size() > 1;
        }

        /** Each side's name, and the English name's parts: "Etorofu / Iturup", "Kholmsk (Maoka)". */
        private static Stream<String> spellingsOf(Names n) {
            Stream<String> english = Stream.of(n.en().split(" / ")).map(part -> part.replaceFirst(" \\(.*\\)$", ""));
            return Stream.concat(english, Stream.of(n.jaLatn(), n.ja(), n.ruLatn(), n.ru())).filter(s -> s != null && !s.isBlank());
        }

        Set<String> names() {
            return names;
        }

        void check(String where, String text, List<String> found) {
            if (text == null) {
                return;
            }
            String outside = NameResolver.TOKEN.matcher(text).replaceAll(" ");
            outside = QUOTED.matcher(outside).replaceAll(" ");
            for (String other : NAMES_OF_OTHER_THINGS) {
                outside = outside.replace(other, " ");
            }
            Set<String> written = new TreeSet<>();
            Matcher m = pattern.matcher(outside);
            while (m.find()) {
                written.add(m.group());
            }
            if (!written.isEmpty()) {
                found.add(where + ": " + String.join(", ", written) + " in «" + text + "»");
            }
        }
    }

    /** The simplified BGN/PCGN romanisation of docs/dataset.md. */
    static final class RussianLatin {
        private static final String VOWELS = "аеёиоуыэюяьъй";
        private static final Map<Character, String> LETTERS = Map.ofEntries(
                entry('а', "a"), entry('б', "b"), entry('в', "v"), entry('г', "g"),
                entry('д', "d"), entry('ж', "zh"), entry('з', "z"), entry('и', "i"),
                entry('й', "y"), entry('к', "k"), entry('л', "l"), entry('м', "m"),
                entry('н', "n"), entry('о', "o"), entry('п', "p"), entry('р', "r"),
                entry('с', "s"), entry('т', "t"), entry('у', "u"), entry('ф', "f"),
                entry('х', "kh"), entry('ц', "ts"), entry('ч', "ch"), entry('ш', "sh"),
                entry('щ', "shch"), entry('ы', "y"), entry('э', "e"), entry('ю', "yu"),
                entry('я', "ya"), entry('ё', "yo"), entry('ь', ""), entry('ъ', ""));

        static String of(String cyrillic) {
            String lower = cyrillic.toLowerCase(Locale.ROOT);
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < lower.length(); i++) {
                char letter = lower.charAt(i);
                char before = i == 0 ? ' ' : lower.charAt(i - 1);
                boolean wordEnds = i + 1 == lower.length() || !Character.isLetter(lower.charAt(i + 1));
                String spelled;
                if (letter == 'е') {
                    spelled = !Character.isLetter(before) || VOWELS.indexOf(before) >= 0 ? "ye" : "e";
                } else if (letter == 'й' && wordEnds && (before == 'ы' || before == 'и')) {
                    latin.setLength(latin.length() - 1); // -ый and -ий are both -y
                    spelled = "y";
                } else {
                    spelled = LETTERS.getOrDefault(letter, String.valueOf(letter));
                }
                if (Character.isUpperCase(cyrillic.charAt(i)) && !spelled.isEmpty()) {
                    spelled = Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
                }
                latin.append(spelled);
            }
            return latin.toString();
        }
    }
}
