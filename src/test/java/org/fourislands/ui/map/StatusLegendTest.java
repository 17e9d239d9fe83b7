package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.status.IslandStatus;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Graphics2DSurface;
import org.fourislands.render.Palette;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legend's row layout: a long entry wraps within the width instead of running past it. */
class StatusLegendTest {

    private static final Dataset dataset = BundledData.dataset();

    @Test
    void anEntryLongerThanTheWidthWrapsWithinIt() {
        StatusLegend.Entry ussr = new StatusLegend.Entry(StatusLegend.Kind.ADMINISTRATOR, dataset.actor("ussr").orElseThrow(),
                "Administered by " + dataset.actor("ussr").orElseThrow().names().en());
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        DrawingSurface target = new Graphics2DSurface(g, 400, 200);
        List<String> lines = new ArrayList<>();
        List<Double> rights = new ArrayList<>();
        DrawingSurface recording = (DrawingSurface) Proxy.newProxyInstance(DrawingSurface.class.getClassLoader(),
                new Class<?>[] {DrawingSurface.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fillText")) {
                        lines.add((String) args[0]);
                        rights.add((double) args[1] + target.textWidth((String) args[0]));
                    }
                    return method.invoke(target, args);
                });
        StatusLegend legend = new StatusLegend();
        double width = 300;
        double size = 19;
        double oneLine = legend.rowHeight(target, List.of(new StatusLegend.Entry(StatusLegend.Kind.TREATY_BORDER, null, "Treaty border")), width, size);

        double height = legend.drawRow(recording, Palette.defaults(), List.of(ussr), 0, 0, width, size);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(ussr.text());
        assertThat(rights).allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(width));
        assertThat(height).isGreaterThan(oneLine).isEqualTo(legend.rowHeight(target, List.of(ussr), width, size));
        assertThat(legend.widestWord(target, List.of(ussr), size)).isLessThan(width);
        g.dispose();
    }

    /**
     * The hatching's key names who else claims the land: Japan for the four islands in 2024.
     * "Another party" alone left a slide's reader to guess; it stays where several parties claim,
     * as over a timeline's strips of the whole period, where a list would shrink the key's type.
     */
    @Test
    void theHatchingsKeyNamesTheClaimants() {
        IslandStatusIndex index = new IslandStatusIndex(dataset);
        List<IslandStatus> in2024 = List.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai").stream()
                .map(id -> index.statusOn(id, HistoricalDate.parse("2024-02-07"))).toList();
        assertThat(StatusLegend.forStatuses(dataset, in2024, false, true)).extracting(StatusLegend.Entry::text)
                .containsExactly("Administered by Russian Federation", "Hatched: also claimed by Japan", "De facto line");
        List<StatusLegend.Entry> overThePeriod = StatusLegend.forPeriod(index, dataset, List.of("shikotan", "sakhalin-south"),
                HistoricalDate.parse("1855").startEpochDay(), HistoricalDate.parse("2024").lastEpochDay());
        assertThat(overThePeriod).extracting(StatusLegend.Entry::text)
                .contains("Hatched: also claimed by another party");
    }

    /**
     * Before the dataset's first administration period (7 February 1855) the islands are drawn
     * as plain land, and the key says why; from that day on every island has its administrator
     * and the entry goes.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"1700, true", "1855-02-06, true", "1855-02-07, false", "1946-02-02, false"})
    void landWithNoAdministrationOnTheDateHasItsOwnKey(String date, boolean unrecorded) {
        IslandStatusIndex index = new IslandStatusIndex(dataset);
        List<IslandStatus> statuses = dataset.islands().stream().map(island -> index.statusOn(island.id(), HistoricalDate.parse(date))).toList();
        List<StatusLegend.Entry> entries = StatusLegend.forStatuses(dataset, statuses, false, false);
        if (unrecorded) {
            assertThat(entries).extracting(StatusLegend.Entry::text).containsExactly("No administration recorded");
        } else {
            assertThat(entries).isNotEmpty().noneMatch(entry -> entry.kind() == StatusLegend.Kind.UNRECORDED);
        }
    }

    /** A key names a state by the abbreviation its English name ends in, and others in full. */
    @Test
    void aKeyNamesTheUssrByItsAbbreviation() {
        assertThat(StatusLegend.shortName(dataset.actor("ussr").orElseThrow())).isEqualTo("USSR");
        assertThat(StatusLegend.shortName(dataset.actor("russia").orElseThrow())).isEqualTo("Russian Federation");
        assertThat(StatusLegend.shortName(dataset.actor("japan-russia-joint").orElseThrow())).isEqualTo("Japan and Russia jointly (undivided Sakhalin)");
    }

    /**
     * The map's framed legend wraps a long entry into a second line, in full-size type, where the
     * height allows; only when even that does not fit does its type shrink. It used to shrink
     * first, and a laptop's window read it in 9 px type.
     */
    @Test
    void theMapsLegendBoxWrapsALongEntryBeforeItShrinks() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        DrawingSurface target = new Graphics2DSurface(g, 1000, 1000);
        List<StatusLegend.Entry> entries = StatusLegend.forStatuses(BundledData.dataset(), List.of(), true, true);
        List<StatusLegend.Entry> withLong = new ArrayList<>(entries);
        withLong.add(new StatusLegend.Entry(StatusLegend.Kind.ADMINISTRATOR, dataset.actor("japan-russia-joint").orElseThrow(),
                "Administered by Japan and Russia jointly (undivided Sakhalin)"));
        StatusLegend legend = new StatusLegend();

        StatusLegend.Box roomy = legend.box(target, Palette.defaults(), withLong, 1000, 1000, 200, 200);
        assertThat(roomy.typeScale()).as("the type with room to wrap").isEqualTo(1.0);
        assertThat(roomy.lines().getLast()).as("the long entry's lines").hasSizeGreaterThan(1);
        assertThat(roomy.width()).isLessThanOrEqualTo(200);

        StatusLegend.Box low = legend.box(target, Palette.defaults(), withLong, 1000, 1000, 200, 50);
        assertThat(low.typeScale()).as("the type with no height to wrap into").isLessThan(1.0);
        g.dispose();
    }

    /**
     * In a 1280×720 window the map is about 640×285 px: a legend of five entries (two states,
     * the hatching, a treaty border and the de facto line) keeps its full type there. It was
     * allowed 27% of the height and shrank to 60%, about 7 px.
     */
    @Test
    void aFiveEntryLegendKeepsItsTypeOnALaptopWindowsMap() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        DrawingSurface target = new Graphics2DSurface(g, 640, 285);
        IslandStatusIndex index = new IslandStatusIndex(dataset);
        List<IslandStatus> statuses = List.of(index.statusOn("etorofu-iturup", HistoricalDate.parse("1855-02-07")),
                index.statusOn("shikotan", HistoricalDate.parse("2024-02-07")));
        List<StatusLegend.Entry> entries = StatusLegend.forStatuses(dataset, statuses, true, true);
        assertThat(entries).hasSize(5);
        StatusLegend.Box box = new StatusLegend().box(target, Palette.defaults(), entries, 628, 273,
                640 * MapRenderer.LEGEND_MAX_WIDTH, 285 * MapRenderer.LEGEND_MAX_HEIGHT);
        assertThat(box.typeScale()).isEqualTo(1.0);
        g.dispose();
    }

    /**
     * A panning map asks for its legend box every frame with the same entries and corner, and
     * gets the same box back; a new corner, new entries or a new limit give a new box.
     */
    @Test
    void theSameEntriesAndCornerGiveTheSameBox() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        DrawingSurface target = new Graphics2DSurface(g, 1000, 1000);
        List<StatusLegend.Entry> entries = StatusLegend.forStatuses(dataset, List.of(), true, true);
        StatusLegend legend = new StatusLegend();

        StatusLegend.Box first = legend.box(target, Palette.defaults(), entries, 1000, 1000, 300, 300);
        assertThat(legend.box(target, Palette.defaults(), entries, 1000, 1000, 300, 300)).isSameAs(first);

        StatusLegend.Box moved = legend.box(target, Palette.defaults(), entries, 900, 1000, 300, 300);
        assertThat(moved.left()).isEqualTo(first.left() - 100);
        assertThat(moved.lines()).isSameAs(first.lines());
        StatusLegend.Box narrower = legend.box(target, Palette.defaults(), entries, 900, 1000, 80, 300);
        assertThat(narrower).isNotSameAs(moved);
        assertThat(narrower.width()).isLessThan(moved.width());
        List<StatusLegend.Entry> fewer = entries.subList(0, 1);
        assertThat(legend.box(target, Palette.defaults(), fewer, 900, 1000, 80, 300).lines()).hasSize(1);
        g.dispose();
    }
}
