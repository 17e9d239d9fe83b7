package org.fourislands.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.Geodesy;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.model.Border;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.NameResolver;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Place;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Graphics2DSurface;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Picture;
import org.fourislands.render.Rgba;
import org.fourislands.testing.BundledData;
import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the map shows, read from the names its renderer draws at 1920×1080: the borders in force
 * on a date, places by zoom, and a scale bar that measures true on the ground. No JavaFX: the
 * renderer draws through Java2D here, as it does for SVG and PDF.
 */
class MapContentTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    private static MapData mapData;
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        mapData = MapData.loadBundled();
        dataset = BundledData.dataset();
    }

    /**
     * Each border is drawn and named from the day it came into force to the day it ended, and at
     * no other time: named over the whole region or over the four islands (a name that would
     * overlap an island's gives way to it, as the de facto line's does over the whole region).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "1860-01-01, border-1855-etorofu-urup",
            "1880-01-01, border-1875-shumshu-kamchatka",
            "1910-01-01, border-1875-shumshu-kamchatka border-1905-sakhalin-50n",
            "1945-08-20, border-1905-sakhalin-50n",
            "1956-10-19, line-1945-de-facto",
            "2024-02-07, line-1945-de-facto"})
    void theBordersInForceOnTheDateAreDrawnAndNamed(String date, String inForce) {
        List<String> expected = Arrays.asList(inForce.split(" "));
        List<String> names = new ArrayList<>(namesDrawn(wholeRegion(), date));
        names.addAll(namesDrawn(fourIslands(), date));
        for (Border border : dataset.borders()) {
            String label = new NameResolver(dataset).render(border.label(), NamingConvention.BOTH, Script.LATIN);
            if (expected.contains(border.id())) {
                assertThat(names).as("%s on %s", border.id(), date).contains(label);
            } else {
                assertThat(names).as("%s on %s", border.id(), date).doesNotContain(label);
            }
        }
    }

    /** The islands are named in the user's convention and script, and only so. */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
            "JAPANESE, LATIN, Etorofu, Habomai, Iturup",
            "RUSSIAN, LATIN, Iturup, Khabomai, Etorofu",
            "BOTH, LATIN, Etorofu / Iturup, Habomai / Khabomai, 択捉島",
            "JAPANESE, NATIVE, 択捉島, 歯舞群島, Итуруп",
            "RUSSIAN, NATIVE, Итуруп, Хабомаи, 択捉島",
            "BOTH, NATIVE, 択捉島 / Итуруп, 歯舞群島 / Хабомаи, Etorofu"})
    void islandsAreNamedInTheChosenConventionAndScript(NamingConvention naming, Script script, String etorofu, String habomai,
            String neverShown) {
        List<String> names = namesDrawn(fourIslands(), "2024-02-07", naming, script);
        assertThat(names).contains(etorofu, habomai).doesNotContain(neverShown);
    }

    /** The graticule's lines are labelled in degrees where they leave the view: meridians east, parallels north. */
    @Test
    void theGraticuleIsLabelledInDegrees() {
        List<String> names = namesDrawn(fourIslands(), "2024-02-07");
        assertThat(names).anyMatch(name -> name.matches("1[45]\\d°E")).anyMatch(name -> name.matches("4\\d°N"));
    }

    /**
     * Close up, the renderer skips the graticule lines whose box misses the view; the lines through
     * the view are still drawn and labelled. The projection's centre is 146°E 44°N.
     */
    @ParameterizedTest(name = "{0} m a pixel")
    @CsvSource({"300", "60", "8", "1.5"})
    void theGraticuleLinesThroughACloseUpAreLabelled(double metresPerPixel) {
        List<String> names = namesDrawn(new MapViewport(0, 0, metresPerPixel), "2024-02-07");
        assertThat(names).contains("146°E", "44°N");
        if (metresPerPixel < 50) {
            assertThat(names).as("lines tens of kilometres away").doesNotContain("145°E", "147°E", "43°N", "45°N");
        }
    }

    /**
     * The locator inset, top right, frames the part of the region in view: most of the inset over
     * the whole region, a small box inside it over the four islands.
     */
    @Test
    void theLocatorInsetFramesWhatIsInView() {
        double[] region = locatorFrame(wholeRegion());
        double[] islands = locatorFrame(fourIslands());
        assertThat(islands[2] * islands[3]).as("the frame's area over the four islands").isLessThan(region[2] * region[3] / 10);
    }

    /** The frame drawn inside the locator inset, as x, y, width, height, checked to lie inside it. */
    private static double[] locatorFrame(MapViewport viewport) {
        List<double[]> rectangles = new ArrayList<>();
        render(viewport, "2024-02-07", NamingConvention.BOTH, Script.LATIN, (method, args) -> {
            if (method.equals("strokeRect")) {
                rectangles.add(new double[] {(double) args[0], (double) args[1], (double) args[2], (double) args[3]});
            }
        });
        double[] inset = rectangles.stream().filter(r -> Math.abs(r[0] + r[2] - (WIDTH - 12)) < 1 && Math.abs(r[1] - 12) < 1)
                .findFirst().orElseThrow(() -> new AssertionError("no locator inset at the top right"));
        double[] frame = rectangles.stream().filter(r -> r != inset && r[0] >= inset[0] && r[1] >= inset[1]
                && r[0] + r[2] <= inset[0] + inset[2] + 0.5 && r[1] + r[3] <= inset[1] + inset[3] + 0.5)
                .findFirst().orElseThrow(() -> new AssertionError("no frame inside the locator inset"));
        assertThat(frame[2]).as("the frame's width").isPositive();
        return frame;
    }

    /** No two names overlap, over the whole region, the four islands or one islet, in 1875, 1946 and 2024. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1875-06-01", "1946-02-02", "2024-02-07"})
    void noTwoNamesOverlap(String date) {
        MapViewport islet = MapViewport.fit(mapData.coastline().extentOf(List.of("yuri")), WIDTH, HEIGHT, 40);
        for (MapViewport viewport : List.of(wholeRegion(), fourIslands(), islet)) {
            List<double[]> boxes = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            DrawingSurface[] surface = new DrawingSurface[1];
            render(viewport, date, NamingConvention.BOTH, Script.LATIN, (method, args) -> {
                if (method.equals("fillTextWithHalo")) {
                    boxes.add(box(surface[0], (String) args[0], (double) args[1], (double) args[2], (DrawingSurface.Align) args[3],
                            (DrawingSurface.Baseline) args[4]));
                    texts.add((String) args[0]);
                }
            }, surface);
            assertThat(boxes).as("names drawn at %s m a pixel", viewport.metresPerPixel()).isNotEmpty();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    double[] a = boxes.get(i);
                    double[] b = boxes.get(j);
                    boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                    assertThat(overlap).as("\"%s\" and \"%s\" at %s m a pixel", texts.get(i), texts.get(j), viewport.metresPerPixel()).isFalse();
                }
            }
        }
    }

    /** The legend keys the lines a reader can see: the de facto line over the four islands, not over one islet away from it. */
    @Test
    void theLegendKeysOnlyTheLinesInView() {
        MapViewport islet = MapViewport.fit(mapData.coastline().extentOf(List.of("yuri")), WIDTH, HEIGHT, 40);
        assertThat(legendTexts(fourIslands(), "2024-02-07")).contains("De facto line");
        assertThat(legendTexts(islet, "2024-02-07")).doesNotContain("De facto line").isNotEmpty();
        assertThat(legendTexts(wholeRegion(), "1860-01-01")).contains("Treaty border");
        assertThat(legendTexts(islet, "1860-01-01")).doesNotContain("Treaty border");
    }

    /** The texts drawn without a halo: the legend's, the title's, the scale bar's. */
    private static List<String> legendTexts(MapViewport viewport, String date) {
        return textsDrawnBy("fillText", viewport, date, NamingConvention.BOTH, Script.LATIN);
    }

    /**
     * No disputed island lies mostly under a name, so that its fill and hatching stay in sight:
     * a name too large for its island goes beside it (Shikotan and Habomai over the four
     * islands, the four over the whole region) or is left out. Measured on the land itself, the
     * island's polygons against each name's box, at scales from the whole region to the four
     * islands on a projector.
     */
    @ParameterizedTest(name = "{0} m a pixel")
    @CsvSource({"4500", "2500", "1400", "900", "500", "250"})
    void noDisputedIslandIsHiddenUnderAName(double metresPerPixel) {
        BaseMap coast = mapData.coastline();
        MapViewport viewport = new MapViewport(coast.project(new GeoPoint(146.6, 44.2))[0], coast.project(new GeoPoint(146.6, 44.2))[1], metresPerPixel);
        List<double[]> boxes = new ArrayList<>();
        DrawingSurface[] surface = new DrawingSurface[1];
        render(viewport, "1946-02-02", NamingConvention.BOTH, Script.LATIN, (method, args) -> {
            if (method.equals("fillTextWithHalo")) {
                boxes.add(box(surface[0], (String) args[0], (double) args[1], (double) args[2], (DrawingSurface.Align) args[3],
                        (DrawingSurface.Baseline) args[4]));
            }
        }, surface);
        GeometryFactory geometry = new GeometryFactory();
        for (String island : List.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai")) {
            List<String> units = dataset.islands().stream().filter(i -> i.id().equals(island) || island.equals(i.partOf())).map(i -> i.id()).toList();
            Geometry land = geometry.buildGeometry(coast.polygons().stream().filter(p -> units.contains(p.islandId())).map(p -> p.projected()).toList()).union();
            Geometry named = geometry.buildGeometry(boxes.stream().map(b -> geometry.toGeometry(new Envelope(
                    viewport.toMapX(b[0], WIDTH), viewport.toMapX(b[2], WIDTH), viewport.toMapY(b[3], HEIGHT), viewport.toMapY(b[1], HEIGHT)))).toList()).union();
            assertThat(land.intersection(named).getArea() / land.getArea()).as("%s under names at %s m a pixel", island, metresPerPixel).isLessThan(0.5);
        }
    }

    /**
     * A disputed island's name, on it or beside it, touches its own land (lies within a line's
     * height of it) or is nearer its own land than any other island's, so that it cannot be read
     * as the next island's: over the whole region Kunashir's name stood by Shikotan's and
     * Habomai's specks, well away from Kunashir. A name called out farther off is joined to its
     * own land by a leader line instead: the leader starts on that land and ends on the name.
     * Distances are measured with JTS from the name's box to each island's land.
     */
    @ParameterizedTest(name = "{0} m a pixel, centred on {1}°E {2}°N")
    @CsvSource({"4500, 146.6, 44.2", "3500, 144.0, 46.0", "3000, 148.0, 46.5", "2500, 146.6, 44.2", "2000, 145.0, 45.0",
            "1700, 147.0, 45.5", "1400, 146.6, 44.2", "1100, 146.0, 44.5", "900, 146.6, 44.2", "500, 146.6, 44.2", "250, 146.6, 44.2"})
    void everyDisputedIslandsNameIsNearerItsOwnLandThanAnyOther(double metresPerPixel, double longitude, double latitude) {
        BaseMap coast = mapData.coastline();
        double[] centre = coast.project(new GeoPoint(longitude, latitude));
        MapViewport viewport = new MapViewport(centre[0], centre[1], metresPerPixel);
        java.util.Map<String, double[]> named = new java.util.HashMap<>();
        java.util.Map<String, double[]> leaders = new java.util.HashMap<>();
        DrawingSurface[] surface = new DrawingSurface[1];
        double[][] lineJustDrawn = new double[1][];
        render(viewport, "1946-02-02", NamingConvention.BOTH, Script.LATIN, (method, args) -> {
            if (method.equals("fillTextWithHalo")) {
                named.put((String) args[0], box(surface[0], (String) args[0], (double) args[1], (double) args[2], (DrawingSurface.Align) args[3],
                        (DrawingSurface.Baseline) args[4]));
                if (lineJustDrawn[0] != null) {
                    leaders.put((String) args[0], lineJustDrawn[0]);
                }
            }
            // A leader is the last line drawn before its name: anything else drawn in between ends it.
            if (method.equals("strokeLine")) {
                lineJustDrawn[0] = new double[] {(double) args[0], (double) args[1], (double) args[2], (double) args[3]};
            } else if (method.startsWith("fill") || method.startsWith("stroke")) {
                lineJustDrawn[0] = null;
            }
        }, surface);
        GeometryFactory geometry = new GeometryFactory();
        java.util.Map<String, Geometry> land = new java.util.HashMap<>();
        for (org.fourislands.core.model.Island island : dataset.islands()) {
            if (island.partOf() == null) {
                List<String> units = dataset.islands().stream().filter(i -> i.id().equals(island.id()) || island.id().equals(i.partOf())).map(i -> i.id()).toList();
                List<Geometry> polygons = coast.polygons().stream().filter(p -> units.contains(p.islandId())).map(p -> (Geometry) p.projected()).toList();
                if (!polygons.isEmpty()) {
                    land.put(island.id(), geometry.buildGeometry(polygons));
                }
            }
        }
        int checked = 0;
        for (org.fourislands.core.model.Island island : dataset.islands()) {
            double[] b = named.get(island.names().display(NamingConvention.BOTH, Script.LATIN));
            if (!island.isDisputed() || island.partOf() != null || b == null) {
                continue;
            }
            Geometry name = geometry.toGeometry(new Envelope(viewport.toMapX(b[0], WIDTH), viewport.toMapX(b[2], WIDTH),
                    viewport.toMapY(b[3], HEIGHT), viewport.toMapY(b[1], HEIGHT)));
            double own = name.distance(land.get(island.id()));
            if (own <= (b[3] - b[1]) * metresPerPixel) {
                checked++;
                continue;
            }
            double[] leader = leaders.get(island.names().display(NamingConvention.BOTH, Script.LATIN));
            if (leader != null) {
                Geometry start = geometry.createPoint(new org.locationtech.jts.geom.Coordinate(viewport.toMapX(leader[0], WIDTH), viewport.toMapY(leader[1], HEIGHT)));
                Geometry end = geometry.createPoint(new org.locationtech.jts.geom.Coordinate(viewport.toMapX(leader[2], WIDTH), viewport.toMapY(leader[3], HEIGHT)));
                assertThat(start.distance(land.get(island.id()))).as("%s's leader starts on its land", island.id()).isLessThanOrEqualTo(2 * metresPerPixel);
                assertThat(end.distance(name)).as("%s's leader ends on its name", island.id()).isLessThanOrEqualTo(3 * metresPerPixel);
                checked++;
                continue;
            }
            for (var other : land.entrySet()) {
                if (!other.getKey().equals(island.id())) {
                    assertThat(name.distance(other.getValue())).as("%s's name against %s's land at %s m a pixel (its own at %.0f m)",
                            island.id(), other.getKey(), metresPerPixel, own).isGreaterThanOrEqualTo(own);
                }
            }
            checked++;
        }
        assertThat(checked).as("disputed islands named at %s m a pixel", metresPerPixel).isPositive();
    }

    /**
     * Over the whole region, in a laptop's window and on a 1080p projector, in every naming
     * convention and script, each of the four disputed islands is named: Kunashir's name, hemmed
     * in by Hokkaido, Etorofu and Shikotan, used to be left out, and Habomai's too in Russian at
     * 1280×720. A name in two lines counts by its second line.
     */
    @ParameterizedTest(name = "{0}×{1}, {2}, {3}, {4}")
    @CsvSource({
            "1280, 720, BOTH, LATIN, 1946-02-02", "1280, 720, RUSSIAN, LATIN, 1946-02-02", "1280, 720, JAPANESE, LATIN, 1869-09-20",
            "1280, 720, BOTH, NATIVE, 2024-02-07", "1920, 1080, BOTH, LATIN, 1946-02-02", "1920, 1080, RUSSIAN, NATIVE, 1869-09-20",
            "1920, 1080, JAPANESE, NATIVE, 2024-02-07", "1920, 1080, BOTH, LATIN, 1875-06-01"})
    void everyDisputedIslandIsNamedOverTheWholeRegion(int width, int height, NamingConvention naming, Script script, String date) {
        MapViewport region = MapViewport.fit(mapData.coastline().bounds(), width, height, 10);
        List<String> texts = new ArrayList<>();
        render(width, height, region, date, naming, script, (method, args) -> {
            if (method.equals("fillTextWithHalo")) {
                texts.add((String) args[0]);
            }
        }, new DrawingSurface[1]);
        for (String island : List.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai")) {
            String name = dataset.island(island).orElseThrow().names().display(naming, script);
            String lastLine = name.substring(name.lastIndexOf(" / ") < 0 ? 0 : name.lastIndexOf(" / ") + 3);
            assertThat(texts).as("%s at %d×%d", island, width, height).containsAnyOf(name, lastLine);
        }
    }

    /**
     * Every place's dot has its name beside it, and no dot sits on a name: a dot whose name did
     * not fit used to stay on the map, unexplained, on island names and beside panels.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1875-06-01", "1946-02-02", "2024-02-07"})
    void everyPlaceDotIsNamedAndCoversNoName(String date) {
        Rgba placeColour = Palette.defaults().get(PaletteSlot.PLACE);
        MapViewport islet = MapViewport.fit(mapData.coastline().extentOf(List.of("yuri")), WIDTH, HEIGHT, 40);
        for (MapViewport viewport : List.of(wholeRegion(), fourIslands(), islet)) {
            List<double[]> dots = new ArrayList<>();
            List<double[]> boxes = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Set<String> anchors = new HashSet<>();
            Object[] fill = new Object[1];
            DrawingSurface[] surface = new DrawingSurface[1];
            render(viewport, date, NamingConvention.BOTH, Script.LATIN, (method, args) -> {
                switch (method) {
                    case "setFill" -> fill[0] = args[0];
                    case "fillOval" -> {
                        if (placeColour.equals(fill[0])) {
                            dots.add(new double[] {(double) args[0] + (double) args[2] / 2, (double) args[1] + (double) args[3] / 2});
                        }
                    }
                    case "fillTextWithHalo" -> {
                        boxes.add(box(surface[0], (String) args[0], (double) args[1], (double) args[2], (DrawingSurface.Align) args[3],
                                (DrawingSurface.Baseline) args[4]));
                        texts.add((String) args[0]);
                        anchors.add(args[3] + "@" + Math.round((double) args[1]) + "," + Math.round((double) args[2]));
                    }
                    default -> { }
                }
            }, surface);
            String scale = viewport.metresPerPixel() + " m a pixel";
            if (viewport != islet) {
                assertThat(dots).as("places drawn at %s", scale).isNotEmpty();
            }
            for (double[] dot : dots) {
                long x = Math.round(dot[0]);
                long y = Math.round(dot[1]);
                assertThat(anchors).as("a name beside the dot at %d,%d, %s", x, y, scale)
                        .containsAnyOf("LEFT@" + (x + 7) + "," + y, "RIGHT@" + (x - 7) + "," + y);
                for (int i = 0; i < boxes.size(); i++) {
                    double[] b = boxes.get(i);
                    boolean covers = dot[0] - 4.5 < b[2] && b[0] < dot[0] + 4.5 && dot[1] - 4.5 < b[3] && b[1] < dot[1] + 4.5;
                    assertThat(covers).as("the dot at %d,%d on \"%s\", %s", x, y, texts.get(i), scale).isFalse();
                }
            }
        }
    }

    /** The box a text takes as drawn (left, top, right, bottom), measured on the surface it was drawn on. */
    private static double[] box(DrawingSurface s, String text, double x, double y, DrawingSurface.Align align, DrawingSurface.Baseline baseline) {
        double left = MapLabels.leftOf(x, s.textWidth(text), align);
        double top = MapLabels.topOf(y, s.lineHeight(), baseline);
        return new double[] {left, top, left + s.textWidth(text), top + s.lineHeight()};
    }

    /** Zoomed out, the map names the towns; closer in, the capes, straits and smaller places too. */
    /**
     * A place is named only where the map has coastlines: Vladivostok, west of the coastlines'
     * box (139°E), stood as a dot in open sea; Sapporo, inside it, is named in the same kind of
     * view.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"vladivostok, false", "sapporo, true"})
    void placesAreNamedOnlyWhereTheMapHasCoastlines(String placeId, boolean named) {
        Place place = dataset.places().stream().filter(p -> p.id().equals(placeId)).findFirst().orElseThrow();
        double[] centre = mapData.coastline().project(place.position());
        List<String> names = namesDrawn(new MapViewport(centre[0], centre[1], 1000), "2024-02-07");
        assertThat(names.contains(place.names().display(NamingConvention.BOTH, Script.LATIN))).isEqualTo(named);
    }

    @Test
    void morePlacesAreNamedCloserIn() {
        List<String> places = dataset.places().stream().map(place -> place.names().display(NamingConvention.BOTH, Script.LATIN)).toList();
        long wholeRegion = namesDrawn(wholeRegion(), "2024-02-07").stream().filter(places::contains).count();
        long fourIslands = namesDrawn(fourIslands(), "2024-02-07").stream().filter(places::contains).count();
        assertThat(wholeRegion).as("places named over the whole region").isPositive();
        assertThat(fourIslands).as("places named over the four islands").isGreaterThan(wholeRegion);
        List<String> capes = dataset.places().stream().filter(place -> place.kind().equals("cape")).map(Place::names)
                .map(names -> names.display(NamingConvention.BOTH, Script.LATIN)).toList();
        assertThat(namesDrawn(wholeRegion(), "2024-02-07")).as("no capes over the whole region").doesNotContainAnyElementsOf(capes);
    }

    /** Each island inside a unit stands on land of its own unit, so that the map can find it and name it. */
    @Test
    void everyIslandPlaceLiesOnItsUnitsLand() {
        List<Place> islands = dataset.places().stream().filter(place -> place.kind().equals(PlaceNames.ISLAND)).toList();
        assertThat(islands).extracting(Place::id).contains("shumshu", "paramushir", "atlasov");
        for (Place island : islands) {
            double[] point = mapData.coastline().project(island.position());
            assertThat(mapData.coastline().polygonAt(point[0], point[1])).as(island.id()).isNotNull()
                    .extracting(land -> land.islandId()).isEqualTo(island.islandId());
        }
    }

    /**
     * The islands of the northern Kurils are named where the battle of Shumshu is shown (about
     * 400 m a pixel), in one line or in two: each name centred on its island's middle, or clear
     * of the island's land and beside it (within two lines of its type), so that a small island
     * is never hidden under its own name and a name in the sea reads as its island's. Over the
     * whole chain they are left to the unit's name. Measured with JTS on the island's polygon.
     */
    @ParameterizedTest(name = "{0} m a pixel")
    @CsvSource({"600, 155.9, 50.6", "400, 156.2, 50.6", "150, 156.3, 50.75", "3000, 150.0, 46.0"})
    void theIslandsInsideAUnitAreNamedOnThemOrBesideThem(double metresPerPixel, double longitude, double latitude) {
        BaseMap coast = mapData.coastline();
        double[] centre = coast.project(new GeoPoint(longitude, latitude));
        MapViewport viewport = new MapViewport(centre[0], centre[1], metresPerPixel);
        List<String> texts = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        DrawingSurface[] surface = new DrawingSurface[1];
        double[] lineHeight = new double[1];
        render(viewport, "1945-08-18", NamingConvention.BOTH, Script.LATIN, (method, args) -> {
            if (method.equals("fillTextWithHalo")) {
                texts.add((String) args[0]);
                boxes.add(box(surface[0], (String) args[0], (double) args[1], (double) args[2], (DrawingSurface.Align) args[3],
                        (DrawingSurface.Baseline) args[4]));
                lineHeight[0] = surface[0].lineHeight();
            }
        }, surface);
        GeometryFactory geometry = new GeometryFactory();
        for (String id : List.of("shumshu", "paramushir", "atlasov")) {
            Place island = dataset.places().stream().filter(place -> place.id().equals(id)).findFirst().orElseThrow();
            double[] point = coast.project(island.position());
            double x = viewport.toScreenX(point[0], WIDTH);
            double y = viewport.toScreenY(point[1], HEIGHT);
            boolean inView = x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT;
            String name = island.names().display(NamingConvention.BOTH, Script.LATIN);
            double[] box = nameBox(name, texts, boxes);
            if (metresPerPixel >= 1000 || !inView) {
                assertThat(box).as("%s named at %s m a pixel", id, metresPerPixel).isNull();
                continue;
            }
            assertThat(box).as("%s named at %s m a pixel", id, metresPerPixel).isNotNull();
            Geometry named = geometry.toGeometry(new Envelope(viewport.toMapX(box[0], WIDTH), viewport.toMapX(box[2], WIDTH),
                    viewport.toMapY(box[3], HEIGHT), viewport.toMapY(box[1], HEIGHT)));
            Geometry land = coast.polygonAt(point[0], point[1]).projected();
            boolean onIt = Math.abs((box[0] + box[2]) / 2 - x) < 1 && Math.abs((box[1] + box[3]) / 2 - y) < 1;
            boolean besideIt = !named.intersects(land) && named.distance(land) / metresPerPixel <= 2 * lineHeight[0];
            assertThat(onIt || besideIt).as("%s's name %s on its middle, or clear of its land and beside it, at %s m a pixel",
                    id, Arrays.toString(box), metresPerPixel).isTrue();
        }
    }

    /**
     * The box of {@code name} as drawn, in one line or in two (the first line ending in its
     * separator, the second drawn next); null if it is not drawn.
     */
    private static double[] nameBox(String name, List<String> texts, List<double[]> boxes) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).equals(name)) {
                return boxes.get(i);
            }
            if (i + 1 < texts.size() && name.equals(texts.get(i) + " " + texts.get(i + 1))) {
                double[] first = boxes.get(i);
                double[] second = boxes.get(i + 1);
                return new double[] {Math.min(first[0], second[0]), first[1], Math.max(first[2], second[2]), second[3]};
            }
        }
        return null;
    }

    /**
     * Beyond the coastlines' box the land goes on, in its unit's colour: the mainland west of
     * 139°E is plain land (it was sea), northern Sakhalin north of 51.5°N has the colour of
     * northern Sakhalin inside the box, and the Sea of Okhotsk stays sea. Read from the pixels,
     * the commonest colour of a 5 × 5 block round each point.
     */
    @Test
    void theLandGoesOnBeyondTheCoastlinesBoxInItsUnitsColour() {
        double[] centre = mapData.coastline().project(new GeoPoint(143.0, 51.5));
        MapViewport viewport = new MapViewport(centre[0], centre[1], 1500);
        BufferedImage image = drawImage(new MapRenderer(), WIDTH, HEIGHT, viewport);
        Palette palette = Palette.defaults();
        assertThat(colourAround(image, viewport, 137.5, 49.0)).as("the mainland beyond 139°E").isEqualTo(argb(palette.get(PaletteSlot.LAND)));
        assertThat(colourAround(image, viewport, 150.0, 53.0)).as("the Sea of Okhotsk").isEqualTo(argb(palette.get(PaletteSlot.SEA)));
        assertThat(colourAround(image, viewport, 142.8, 52.6)).as("northern Sakhalin beyond 51.5°N")
                .isEqualTo(colourAround(image, viewport, 142.9, 50.6))
                .isNotEqualTo(argb(palette.get(PaletteSlot.LAND)));
    }

    /**
     * Where hatched land goes on beyond the coastlines' box (Sakhalin, shared and claimed by
     * both in 1860), the seam stroked over the cut carries the hatching on across it. Stroked in
     * the plain fill, it drew a band of unhatched colour right across the island at 51.5°N.
     * Read along the box's edge, where the seam lies: the hatch lines cross it.
     */
    @Test
    void hatchedLandRunsOnAcrossTheSeamAtTheBoxsEdge() {
        double[] centre = mapData.coastline().project(new GeoPoint(142.9, 51.5));
        MapViewport viewport = new MapViewport(centre[0], centre[1], 300);
        BufferedImage image = drawImage(new MapRenderer(), WIDTH, HEIGHT, viewport, dataset, "1860-01-01");
        Palette palette = Palette.defaults();
        Color sea = new Color(argb(palette.get(PaletteSlot.SEA)));
        Color hatch = new Color(argb(palette.get(PaletteSlot.HATCH)));
        int onLand = 0;
        int hatched = 0;
        int lastX = Integer.MIN_VALUE;
        for (double lon = 141.5; lon <= 144.5; lon += 0.001) {
            double[] xy = mapData.coastline().project(new GeoPoint(lon, 51.5));
            int x = (int) Math.floor(viewport.toScreenX(xy[0], WIDTH));
            int y = (int) Math.floor(viewport.toScreenY(xy[1], HEIGHT));
            if (x == lastX) {
                continue;
            }
            lastX = x;
            Color pixel = new Color(image.getRGB(x, y));
            if (distance(pixel, sea) > 30) {
                onLand++;
                if (distance(pixel, hatch) < 120) {
                    hatched++;
                }
            }
        }
        assertThat(onLand).as("pixels of Sakhalin along 51.5°N").isGreaterThan(100);
        assertThat(hatched).as("of %s pixels of Sakhalin along the seam, those a hatch line crosses", onLand)
                .isGreaterThan(onLand / 10);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    private static int argb(Rgba colour) {
        return new Color((float) colour.red(), (float) colour.green(), (float) colour.blue()).getRGB();
    }

    /** The commonest colour of the 5 × 5 pixels round a point on the map. */
    private static int colourAround(BufferedImage image, MapViewport viewport, double lon, double lat) {
        double[] xy = mapData.coastline().project(new GeoPoint(lon, lat));
        int x = (int) Math.round(viewport.toScreenX(xy[0], WIDTH));
        int y = (int) Math.round(viewport.toScreenY(xy[1], HEIGHT));
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                counts.merge(image.getRGB(x + dx, y + dy), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * The scale bar's length on screen, taken across the middle of the view and measured on the
     * ellipsoid, is the distance it is labelled with, within 1 %, from the whole region to one islet.
     */
    @ParameterizedTest(name = "{0} m a pixel, type ×{1}")
    @CsvSource({"900, 1", "300, 1", "60, 1", "8, 1", "1.5, 1", "300, 3.75", "60, 1.6"})
    void theScaleBarMeasuresTrueOnTheGround(double metresPerPixel, double typeScale) {
        BaseMap coastline = mapData.coastline();
        MapViewport view = new MapViewport(0, 0, metresPerPixel);
        double km = MapRenderer.scaleBarKm(view, typeScale);
        double px = MapRenderer.scaleBarPx(view, typeScale);
        GeoPoint from = coastline.projection().unproject(view.toMapX(WIDTH / 2.0 - px / 2, WIDTH), view.toMapY(HEIGHT / 2.0, HEIGHT));
        GeoPoint to = coastline.projection().unproject(view.toMapX(WIDTH / 2.0 + px / 2, WIDTH), view.toMapY(HEIGHT / 2.0, HEIGHT));
        assertThat(Geodesy.distanceKm(from, to)).isCloseTo(km, withinPercentage(1));
        assertThat(px / typeScale).as("a bar long enough to read, short enough to fit, against the type").isBetween(50.0, 150.0);
    }

    /**
     * The renderer keeps the locator's outline between frames and makes it again when the inset's
     * box moves: a renderer that has drawn a large map draws a small one exactly as a new one does.
     */
    @Test
    void aRendererReusedAtAnotherSizeDrawsWhatANewOneDraws() {
        MapRenderer reused = new MapRenderer();
        drawImage(reused, WIDTH, HEIGHT, fourIslands());
        MapViewport small = MapViewport.fit(mapData.coastline().bounds(), 800, 600, 10);
        BufferedImage again = drawImage(reused, 800, 600, small);
        BufferedImage fresh = drawImage(new MapRenderer(), 800, 600, small);
        assertThat(again.getRGB(0, 0, 800, 600, null, 0, 800)).isEqualTo(fresh.getRGB(0, 0, 800, 600, null, 0, 800));
    }

    /**
     * A renderer that has drawn a dataset with more islands (Hokkaido among them, at the end of
     * the list) draws one with fewer as a new one does: the islands of the frame before must not
     * keep the names of this one's off their spots.
     */
    @Test
    void aRendererReusedForADatasetWithFewerIslandsDrawsWhatANewOneDraws() {
        Dataset firstTen = new Dataset(dataset.title(), dataset.defaultFrom(), dataset.defaultTo(), dataset.actors(),
                dataset.islands().subList(0, 10), dataset.administration(), dataset.claims(), dataset.borders(), dataset.events(),
                dataset.places(), dataset.sources(), dataset.tours(), dataset.glossary(), dataset.polls());
        MapViewport overTheIslands = new MapViewport(fourIslands().centreX(), fourIslands().centreY(), 2000);
        MapRenderer reused = new MapRenderer();
        drawImage(reused, WIDTH, HEIGHT, overTheIslands, dataset);
        BufferedImage again = drawImage(reused, WIDTH, HEIGHT, overTheIslands, firstTen);
        BufferedImage fresh = drawImage(new MapRenderer(), WIDTH, HEIGHT, overTheIslands, firstTen);
        assertThat(again.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH)).isEqualTo(fresh.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH));
    }

    private static BufferedImage drawImage(MapRenderer renderer, int width, int height, MapViewport viewport) {
        return drawImage(renderer, width, height, viewport, dataset);
    }

    private static BufferedImage drawImage(MapRenderer renderer, int width, int height, MapViewport viewport, Dataset data) {
        return drawImage(renderer, width, height, viewport, data, "1950-01-01");
    }

    private static BufferedImage drawImage(MapRenderer renderer, int width, int height, MapViewport viewport, Dataset data, String date) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        MapFrame frame = new MapFrame(mapData.coastline(), mapData.locator(), mapData.landBeyond(), mapData.graticule(), viewport, data,
                new IslandStatusIndex(data), new NameResolver(data), HistoricalDate.parse(date).startEpochDay(), date,
                NamingConvention.BOTH, Script.LATIN, null, null, List.of(), Palette.defaults(), true, true, false);
        renderer.render(new Graphics2DSurface(g, width, height), frame);
        g.dispose();
        return image;
    }

    private static MapViewport wholeRegion() {
        return MapViewport.fit(mapData.coastline().bounds(), WIDTH, HEIGHT, 10);
    }

    private static MapViewport fourIslands() {
        return MapViewport.fit(mapData.coastline().extentOf(List.of("etorofu-iturup", "kunashiri-kunashir", "shikotan", "habomai")),
                WIDTH, HEIGHT, 40);
    }

    /** Every name the renderer draws with a halo (islands, borders, places, degrees) on {@code date}, both names in Latin letters. */
    private static List<String> namesDrawn(MapViewport viewport, String date) {
        return namesDrawn(viewport, date, NamingConvention.BOTH, Script.LATIN);
    }

    private static List<String> namesDrawn(MapViewport viewport, String date, NamingConvention naming, Script script) {
        return textsDrawnBy("fillTextWithHalo", viewport, date, naming, script);
    }

    /** The texts a frame draws through the surface's method {@code drawing}. */
    private static List<String> textsDrawnBy(String drawing, MapViewport viewport, String date, NamingConvention naming, Script script) {
        List<String> texts = new ArrayList<>();
        render(viewport, date, naming, script, (method, args) -> {
            if (method.equals(drawing)) {
                texts.add((String) args[0]);
            }
        });
        return texts;
    }

    /** Renders a frame through Java2D, telling {@code calls} each drawing call by name with its arguments. */
    private static void render(MapViewport viewport, String date, NamingConvention naming, Script script,
            BiConsumer<String, Object[]> calls) {
        render(viewport, date, naming, script, calls, new DrawingSurface[1]);
    }

    /** The same, leaving the surface drawn on in {@code surface[0]}, for measuring text as it was drawn. */
    private static void render(MapViewport viewport, String date, NamingConvention naming, Script script,
            BiConsumer<String, Object[]> calls, DrawingSurface[] surface) {
        render(WIDTH, HEIGHT, viewport, date, naming, script, calls, surface);
    }

    /** The same at {@code width} × {@code height}. */
    private static void render(int width, int height, MapViewport viewport, String date, NamingConvention naming, Script script,
            BiConsumer<String, Object[]> calls, DrawingSurface[] surface) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        DrawingSurface target = new Graphics2DSurface(g, width, height);
        surface[0] = target;
        DrawingSurface recording = (DrawingSurface) Proxy.newProxyInstance(DrawingSurface.class.getClassLoader(),
                new Class<?>[] {DrawingSurface.class}, (proxy, method, args) -> {
                    calls.accept(method.getName(), args);
                    if (method.getName().equals("drawPicture")) {
                        // As a vector target does, so that the picture's own calls are recorded too.
                        ((Picture) args[0]).draw((DrawingSurface) proxy);
                        return null;
                    }
                    return method.invoke(target, args);
                });
        MapFrame frame = new MapFrame(mapData.coastline(), mapData.locator(), mapData.landBeyond(), mapData.graticule(), viewport, dataset,
                new IslandStatusIndex(dataset), new NameResolver(dataset), HistoricalDate.parse(date).startEpochDay(), date,
                naming, script, null, null, List.of(), Palette.defaults(), true, true, false);
        new MapRenderer().render(recording, frame);
        g.dispose();
    }
}
