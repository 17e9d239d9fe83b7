package org.fourislands.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.core.time.DatePrecision;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Graphics2DSurface;
import org.fourislands.testing.ExplorerExtension;
import org.fourislands.testing.ExplorerHarness;
import org.fourislands.testing.FullDisk;
import org.fourislands.testing.ReadOnlyFolder;
import org.fourislands.ui.map.MapView;
import org.fourislands.ui.map.StatusLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports in every format, checked by decoding what was written: sizes, pixels, SVG structure, PDF pages. */
@ExtendWith(ExplorerExtension.class)
class ExportTest {

    private ExplorerHarness harness; // set by ExplorerExtension before each test

    @TempDir
    Path folder;

    private ExportSource source() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ExportSource.of(harness.window.state())).get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    private Path export(ExportSource source, ExportOptions options, String name) throws Exception {
        ExportService.Prepared prepared = WaitForAsyncUtils.asyncFx(() -> ExportService.prepare(source, options)).get();
        return prepared.writeTo(folder.resolve(name), false);
    }

    @ParameterizedTest
    @CsvSource({"TIMELINE, 1280, 720", "MAP, 1920, 1080", "SLIDE, 1000, 640", "SLIDE, 3840, 2160"})
    void aPngHasExactlyTheRequestedSize(ExportKind kind, int width, int height) throws Exception {
        ExportOptions options = ExportOptions.builder(kind).size(new ExportSize(width, height))
                .date(HistoricalDate.parse("1946-02-02")).build();
        BufferedImage image = ImageIO.read(export(source(), options, "out.png").toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void aTransparentPngHasTransparentCornersAndAnOpaqueMap() throws Exception {
        ExportOptions options = ExportOptions.builder(ExportKind.SLIDE).size(ExportSize.HD).transparent(true)
                .date(HistoricalDate.parse("1946-02-02")).build();
        BufferedImage image = ImageIO.read(export(source(), options, "clear.png").toFile());
        assertThat(image.getRGB(2, 2) >>> 24).as("title band corner alpha").isZero();
        assertThat(image.getRGB(640, 200) >>> 24).as("map centre alpha").isEqualTo(255);
    }

    /**
     * The map exported at the view's size, extent, date and type scale, without the export's own
     * title band and footer, is the view: every pixel within 2/255 per channel (there is no
     * difference today; the tolerance only absorbs rounding in the snapshot's blending).
     */
    @Test
    void theMapExportedAtTheViewsSizeMatchesTheScreen(FxRobot robot) throws Exception {
        ExportSource source = source();
        harness.setDate(robot, "1946-02-02");
        harness.fitFourIslands(robot);
        MapView map = harness.window.map();
        int w = (int) map.getWidth();
        int h = (int) map.getHeight();
        WritableImage screen = ExplorerHarness.snapshot(map);
        ExportOptions options = WaitForAsyncUtils.asyncFx(() -> ExportOptions.builder(ExportKind.MAP)
                .size(new ExportSize(w, h)).typeScale(harness.window.state().getTypeScale())
                .parts(false, map.legendShownProperty().get(), false)
                .date(harness.window.state().getSelectedDate())
                .names(harness.window.state().getNaming(), harness.window.state().getScript())
                .mapExtent(map.getViewport().visibleEnvelope(w, h)).build()).get();
        WritableImage exported = WaitForAsyncUtils.asyncFx(() -> ExportService.image(source, options)).get();

        int[] a = argb(screen);
        int[] b = argb(exported);
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            if (maxChannelDifference(a[i], b[i]) > 2) {
                differing++;
            }
        }
        assertThat(differing).as("pixels differing by more than 2/255 out of %d", a.length).isZero();
    }

    private static int[] argb(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    private static int maxChannelDifference(int p, int q) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return max;
    }

    @Test
    void anSvgIsWellFormedWithTheViewBoxAndTheEventTitlesAsText() throws Exception {
        ExportSource source = source();
        // 1956, where every event has room for its label at 1920 px; shown with two months more,
        // so that the December events' names have room before the edge (a name never runs past it).
        TimeWindow range = TimeWindow.covering(HistoricalDate.parse("1956-01"), HistoricalDate.parse("1956-12"));
        TimeWindow shown = TimeWindow.covering(HistoricalDate.parse("1956-01"), HistoricalDate.parse("1957-02"));
        ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).range(shown).build();
        Path file = export(source, options, "timeline.svg");

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox").split(" ")).extracting(Double::parseDouble).containsExactly(0.0, 0.0, 1920.0, 1080.0);
        // The bundled font travels inside the file, regular and bold, so that a viewer without it draws the layout as measured.
        String style = svg.getElementsByTagName("style").item(0).getTextContent();
        java.util.regex.Matcher faces = java.util.regex.Pattern.compile(
                "@font-face\\{font-family:\"Noto Sans CJK JP\";font-weight:(\\w+);src:url\\(data:font/otf;base64,([A-Za-z0-9+/=]+)\\)").matcher(style);
        java.util.Map<String, byte[]> embedded = new java.util.HashMap<>();
        while (faces.find()) {
            embedded.put(faces.group(1), java.util.Base64.getDecoder().decode(faces.group(2)));
        }
        assertThat(embedded.get("normal")).isEqualTo(org.fourislands.core.data.ClassPathResources.bytes(org.fourislands.render.BundledFonts.REGULAR));
        assertThat(embedded.get("bold")).isEqualTo(org.fourislands.core.data.ClassPathResources.bytes(org.fourislands.render.BundledFonts.BOLD));
        List<String> texts = svgTexts(file);
        // Events dated to the day are labelled beside their marker, shortened with an ellipsis where the next one is close.
        List<HistoricalEvent> dayEvents = source.dataset().events().stream()
                .filter(e -> e.startEpochDay() >= range.start() && e.startEpochDay() < range.end())
                .filter(e -> !e.isRange() && e.date().precision() == DatePrecision.DAY).toList();
        assertThat(dayEvents).hasSizeGreaterThanOrEqualTo(4);
        for (HistoricalEvent event : dayEvents) {
            String title = source.names().render(event.title(), options.naming(), options.script());
            assertThat(texts).as("a label for %s", event.id())
                    .anyMatch(text -> text.equals(title) || text.endsWith("…") && title.startsWith(text.substring(0, text.length() - 1)));
        }
        // Events known only to the month (or spanning months) are bars; inside the range each bar carries its name, whole or shortened.
        List<HistoricalEvent> bars = source.dataset().events().stream()
                .filter(e -> e.startEpochDay() >= range.start() && e.endEpochDayExclusive() <= range.end())
                .filter(e -> e.isRange() || e.date().precision() != DatePrecision.DAY).toList();
        assertThat(bars).isNotEmpty();
        for (HistoricalEvent event : bars) {
            String title = source.names().render(event.title(), options.naming(), options.script());
            assertThat(texts).as("a label inside the bar of %s", event.id())
                    .anyMatch(text -> text.equals(title) || text.endsWith("…") && title.startsWith(text.substring(0, text.length() - 1)));
        }
        assertThat(texts).contains("Treaties", "Shikotan").anyMatch(text -> text.startsWith("Four Islands — ") && text.contains("1956"));
    }

    /**
     * The layout, which does not know where the plot begins, puts the 1855 treaty's long name on
     * its marker's left, before 1855: the renderer must move it to the right, shortened to the
     * room before 1875's marker, rather than leave the first event of the whole period unnamed.
     */
    @Test
    void theWholePeriodNamesThe1855TreatyBesideItsMarker() throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).range(ExportOptions.FULL_RANGE).build();
        List<String> texts = svgTexts(export(source, options, "whole-period.svg"));
        String title = source.names().render(source.dataset().event("1855-treaty-of-shimoda").orElseThrow().title(), options.naming(), options.script());
        assertThat(texts).as("the 1855 treaty's name, whole or shortened")
                .anyMatch(text -> text.equals(title) || text.length() > 8 && text.endsWith("…") && title.startsWith(text.substring(0, text.length() - 1)));
    }

    /**
     * A map of the whole region, exported for a slide at 1280×720 or 1920×1080 in any naming,
     * names all four disputed islands: Kunashir's name, hemmed in by Hokkaido, Etorofu and
     * Shikotan, used to be left out, and Habomai's in Russian at 1280×720. A name in two lines
     * counts by its second line.
     */
    @ParameterizedTest(name = "{0}×{1}, {2}, {3}, {4}")
    @CsvSource({
            "1920, 1080, BOTH, LATIN, 1946-02-02", "1280, 720, RUSSIAN, LATIN, 1946-02-02", "1280, 720, BOTH, LATIN, 1869-09-20",
            "1920, 1080, JAPANESE, NATIVE, 2024-02-07", "1280, 720, BOTH, NATIVE, 1875-06-01"})
    void aRegionMapNamesEveryDisputedIsland(int width, int height, NamingConvention naming, Script script, String date) throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.MAP).format(ExportFormat.SVG).size(new ExportSize(width, height))
                .date(HistoricalDate.parse(date)).names(naming, script).mapExtent(source.mapData().coastline().bounds()).build();
        List<String> names = new ArrayList<>();
        composeRecorded(source, options, (method, args, target, g) -> {
            if (method.equals("fillTextWithHalo")) {
                names.add((String) args[0]);
            }
        });
        for (Island island : source.dataset().islands()) {
            if (island.isDisputed() && island.partOf() == null) {
                String name = island.names().display(naming, script);
                assertThat(names).as("%s's name", island.id()).containsAnyOf(asDrawn(name).toArray(String[]::new));
            }
        }
    }

    /**
     * Every tour step's map names each of the four islands in its view. Over the whole chain the
     * four are a few dozen pixels across: Kunashir's name, or Habomai's, found no place beside
     * its island in the disputed islands' type, and a teacher's 1875 map named three of the four.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void everyTourStepsMapNamesTheDisputedIslandsInItsView(int width, int height) throws Exception {
        ExportSource source = source();
        List<String> unnamed = new ArrayList<>();
        for (var tour : source.dataset().tours()) {
            for (var step : tour.steps()) {
                var view = step.view();
                if (view == null) {
                    continue;
                }
                ExportOptions options = ExportOptions.builder(ExportKind.MAP).format(ExportFormat.SVG).size(new ExportSize(width, height))
                        .date(source.dataset().event(step.eventId()).orElseThrow().date())
                        .mapExtent(source.mapData().coastline().projectedExtent(view)).build();
                List<String> names = new ArrayList<>();
                composeRecorded(source, options, (method, args, target, g) -> {
                    if (method.equals("fillTextWithHalo")) {
                        names.add((String) args[0]);
                    }
                });
                for (Island island : source.dataset().islands()) {
                    var point = island.labelPoint();
                    boolean inView = point != null && point.lon() > view.west() && point.lon() < view.east()
                            && point.lat() > view.south() && point.lat() < view.north();
                    // Close in, Habomai's islets are named in place of the group.
                    List<String> namesOfIt = source.dataset().islands().stream()
                            .filter(it -> it == island || island.id().equals(it.partOf()))
                            .map(it -> it.names().display(options.naming(), options.script()))
                            .flatMap(name -> asDrawn(name).stream())
                            .toList();
                    if (island.isDisputed() && island.partOf() == null && inView && names.stream().noneMatch(namesOfIt::contains)) {
                        unnamed.add(tour.id() + " / " + step.eventId() + ": " + island.id());
                    }
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /**
     * The texts a name is drawn as: whole, or, when both conventions' names go in two lines
     * ("Habomai /" over "Khabomai"), its last line, which only that name draws.
     */
    private static List<String> asDrawn(String name) {
        int separator = name.lastIndexOf(" / ");
        return separator < 0 ? List.of(name) : List.of(name, name.substring(separator + 3));
    }

    /**
     * No text of a slide is cut by its right edge: the timeline's last year ("2000" of 1945–2000
     * at 1280×720) was cut to "200", which read as a year of its own.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void noTextOfASlideIsCutByItsRightEdge(int width, int height) throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.SLIDE).format(ExportFormat.SVG).size(new ExportSize(width, height))
                .event("1956-joint-declaration", null)
                .range(TimeWindow.covering(HistoricalDate.parse("1945"), HistoricalDate.parse("2000"))).build();
        List<String> pastTheEdge = new ArrayList<>();
        composeRecorded(source, options, (method, args, target, g) -> {
            if (method.startsWith("fillText")) {
                String text = (String) args[0];
                double x = (double) args[1];
                double textWidth = target.textWidth(text);
                double left = switch ((DrawingSurface.Align) args[3]) {
                    case LEFT -> x;
                    case CENTER -> x - textWidth / 2;
                    case RIGHT -> x - textWidth;
                };
                // Where the text lies on the page (regions translate their drawing); text
                // wholly beyond the edge is clipped away unseen, text across it is cut.
                double pageLeft = g.getTransform().getTranslateX() + left;
                if (pageLeft < width && pageLeft + textWidth > width + 0.5) {
                    pastTheEdge.add(text + " to " + Math.round(pageLeft + textWidth));
                }
            }
        });
        assertThat(pastTheEdge).isEmpty();
    }

    /**
     * In a 4K timeline, where the lanes have height to spare, the status strips' names keep a
     * line's height apart: they were set a strip apart, less than their own line, and touched.
     */
    @Test
    void aFourKTimelinesStripNamesKeepALineApart() throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).size(ExportSize.UHD)
                .range(new TimeWindow(HistoricalDate.parse("1945-01-01").startEpochDay(), HistoricalDate.parse("1960-01-01").startEpochDay())).build();
        java.util.Set<String> stripNames = new java.util.HashSet<>();
        source.dataset().islands().forEach(island -> stripNames.add(source.names().render("{{" + island.id() + "}}", options.naming(), options.script())));
        List<double[]> lines = new ArrayList<>(); // middle, line height
        composeRecorded(source, options, (method, args, target, g) -> {
            if (method.equals("fillText") && (double) args[1] < 20
                    && stripNames.stream().anyMatch(name -> name.startsWith(((String) args[0]).replace("…", "")))) {
                lines.add(new double[] {(double) args[2], target.lineHeight()});
            }
        });
        assertThat(lines).as("strip names").hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)[0] - lines.get(i - 1)[0]).as("strip names %d and %d apart", i - 1, i).isGreaterThanOrEqualTo(lines.get(i)[1]);
        }
    }

    /**
     * A 1920×1080 timeline, which has room for the context strips, names every strip whole in
     * every naming and script, and no name runs into the plot: the gutter was 170 px at the
     * type's scale, and "Naka- and Kita-Chishima / Sre…" and "Minami-Karafuto / Yuzhny Sak…" were
     * cut short.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"BOTH, LATIN", "JAPANESE, LATIN", "RUSSIAN, LATIN", "BOTH, NATIVE", "JAPANESE, NATIVE", "RUSSIAN, NATIVE"})
    void aFullHdTimelineNamesEveryStripWhole(NamingConvention naming, Script script) throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).size(ExportSize.FULL_HD).names(naming, script)
                .range(new TimeWindow(HistoricalDate.parse("1945-01-01").startEpochDay(), HistoricalDate.parse("1960-01-01").startEpochDay())).build();
        org.fourislands.render.Rgba grid = WaitForAsyncUtils.asyncFx(() -> ThemePalettes.of(options.theme())).get()
                .get(org.fourislands.render.PaletteSlot.GRATICULE);
        Object[] fill = new Object[1];
        double[] plotLeft = {Double.MAX_VALUE};
        java.util.Map<String, Double> gutterNames = new java.util.HashMap<>(); // text and its right end
        composeRecorded(source, options, (method, args, target, g) -> {
            if (method.equals("setFill")) {
                fill[0] = args[0];
            } else if (method.equals("fillRect") && grid.equals(fill[0]) && (double) args[3] > 100) {
                plotLeft[0] = Math.min(plotLeft[0], (double) args[0]);
            } else if (method.equals("fillText") && (double) args[1] < 20) {
                gutterNames.put((String) args[0], (double) args[1] + target.textWidth((String) args[0]));
            }
        });
        List<Island> units = source.dataset().islands().stream().filter(island -> island.partOf() == null && !island.id().equals("hokkaido")).toList();
        assertThat(units).as("units with a strip").hasSize(8);
        for (Island unit : units) {
            String name = unit.names().display(naming, script);
            assertThat(gutterNames).as("%s's strip named whole", unit.id()).containsKey(name);
            assertThat(gutterNames.get(name)).as("the right end of \"%s\"", name).isLessThanOrEqualTo(plotLeft[0]);
        }
    }

    /**
     * A 4K timeline draws its markers and type at twice the size, and the layout's room round
     * each marker must grow with them: names and badges' counts used to touch their markers.
     * Every text drawn is checked against every marker's circle, with a pixel between them.
     */
    @Test
    void aTimelineAt4KKeepsEveryNameAndCountClearOfTheMarkers() throws Exception {
        ExportSource source = source();
        for (TimeWindow range : List.of(ExportOptions.FULL_RANGE,
                new TimeWindow(HistoricalDate.parse("1945-01-01").startEpochDay(), HistoricalDate.parse("1960-01-01").startEpochDay()))) {
            ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).size(ExportSize.UHD).range(range).build();
            org.fourislands.render.Palette palette = WaitForAsyncUtils.asyncFx(() -> ThemePalettes.of(options.theme())).get();
            ExportRenderer.registerJava2dFonts();
            java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            Graphics2DSurface target = new Graphics2DSurface(g, ExportSize.UHD.width(), ExportSize.UHD.height());
            List<double[]> texts = new ArrayList<>(); // left, right, top, bottom of the letters' middle band
            List<String> shown = new ArrayList<>();
            List<double[]> circles = new ArrayList<>(); // centre x, centre y, radius
            DrawingSurface recording = (DrawingSurface) java.lang.reflect.Proxy.newProxyInstance(DrawingSurface.class.getClassLoader(),
                    new Class<?>[] {DrawingSurface.class}, (proxy, method, args) -> {
                        if (method.getName().equals("fillText") && args[4] == DrawingSurface.Baseline.MIDDLE) {
                            double width = target.textWidth((String) args[0]);
                            double x = (double) args[1];
                            double left = switch ((DrawingSurface.Align) args[3]) {
                                case LEFT -> x;
                                case CENTER -> x - width / 2;
                                case RIGHT -> x - width;
                            };
                            double band = target.lineHeight() * 0.3;
                            texts.add(new double[] {left, left + width, (double) args[2] - band, (double) args[2] + band});
                            shown.add((String) args[0]);
                        } else if (method.getName().equals("addCircle")) {
                            circles.add(new double[] {(double) args[0], (double) args[1], (double) args[2]});
                        }
                        return method.invoke(target, args);
                    });
            new ExportComposer().draw(recording, source, options, palette);
            g.dispose();
            assertThat(circles).as("markers in %s", range).hasSizeGreaterThan(10);
            for (int t = 0; t < texts.size(); t++) {
                double[] text = texts.get(t);
                for (double[] circle : circles) {
                    boolean touches = text[0] - 1 < circle[0] + circle[2] && circle[0] - circle[2] < text[1] + 1
                            && text[2] < circle[1] + circle[2] && circle[1] - circle[2] < text[3];
                    assertThat(touches).as("\"%s\" against the marker at x %.0f, y %.0f, in %s", shown.get(t), circle[0], circle[1], range).isFalse();
                }
            }
        }
    }

    /**
     * An export in the projector theme has the projector's larger type, as the screen has: the
     * export's own scale for its size used to replace the theme's.
     */
    @Test
    void aProjectorExportHasTheProjectorsLargerType() throws Exception {
        ExportSource source = source();
        double[] sizes = new double[2];
        org.fourislands.ui.theme.Theme[] themes = {org.fourislands.ui.theme.Theme.LIGHT, org.fourislands.ui.theme.Theme.PROJECTOR};
        for (int t = 0; t < 2; t++) {
            ExportOptions options = ExportOptions.builder(ExportKind.MAP).format(ExportFormat.SVG).size(ExportSize.FULL_HD)
                    .theme(themes[t]).date(HistoricalDate.parse("1946-02-02")).build();
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(export(source, options, "map-" + themes[t] + ".svg").toFile()).getElementsByTagName("text");
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getTextContent().equals("Shikotan")) {
                    String style = ((Element) nodes.item(i)).getAttribute("style");
                    sizes[t] = Double.parseDouble(style.replaceAll(".*font-size: ([0-9.]+)px.*", "$1"));
                }
            }
        }
        assertThat(sizes[0]).as("Shikotan's name in the light theme, px").isPositive();
        assertThat(sizes[1] / sizes[0]).as("the projector's type against the light theme's").isCloseTo(1.2, org.assertj.core.api.Assertions.within(0.05));
    }

    /**
     * On a 1280×720 slide in the projector's larger type every lane of the timeline is drawn
     * above the key of its strips: the key's row used to take the last lane's room.
     */
    @Test
    void aSmallProjectorSlideDrawsEveryLaneAboveItsStripKey() throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.SLIDE).format(ExportFormat.SVG).size(ExportSize.HD)
                .theme(org.fourislands.ui.theme.Theme.PROJECTOR).date(HistoricalDate.parse("1945-09-01"))
                .event("1945-occupation-kunashiri", null).range(ExportOptions.FULL_RANGE).build();
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(export(source, options, "slide-projector.svg").toFile()).getElementsByTagName("text");
        double lastLane = Double.NaN;
        double key = Double.NaN;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            double y = Double.parseDouble(text.getAttribute("y"));
            switch (text.getTextContent()) {
                case "Society & opinion" -> lastLane = y;
                case "Administered by Russian Federation" -> key = y;
                default -> { }
            }
        }
        assertThat(lastLane).as("the last lane's name").isNotNaN();
        assertThat(key).as("the strip key's entry").isNotNaN();
        assertThat(lastLane).as("the last lane's baseline against the key's").isLessThan(key - 15);
    }

    /**
     * A slide's timeline strips show statuses its map's date does not, and a key below them says
     * what each colour is: the 1855 slide's map keys the Russian Empire, its strips run on to the
     * Russian Federation.
     */
    @Test
    void aSlideKeysItsTimelinesStatusStrips() throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.SLIDE).format(ExportFormat.SVG).size(ExportSize.FULL_HD)
                .date(HistoricalDate.parse("1855-02-07")).event("1855-treaty-of-shimoda", null).range(ExportOptions.FULL_RANGE).build();
        List<String> texts = svgTexts(export(source, options, "slide-1855.svg"));
        assertThat(texts).contains("Administered by Russian Empire", "Administered by Russian Federation",
                "Administered by USSR");
    }

    /**
     * A timeline's legend keys every colour its strips show. A tall one has strips for Urup, the
     * northern Kurils and Sakhalin too, in the Russian Empire's pink and the yellow of the years
     * Sakhalin was open to both, which the legend, made for the four islands, left unexplained.
     */
    @ParameterizedTest
    @CsvSource({"TIMELINE, 1920x1080, true", "TIMELINE, 1280x720, true", "TIMELINE, 3840x2160, true", "SLIDE, 1920x1080, false"})
    void aTimelinesLegendKeysEveryStripsColours(ExportKind kind, String size, boolean contextStrips) throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(kind).format(ExportFormat.SVG).size(ExportSize.parse(size))
                .range(ExportOptions.FULL_RANGE).date(HistoricalDate.parse("1956-10-19")).event("1956-joint-declaration", null).build();
        List<String> texts = svgTexts(export(source, options, "strips.svg"));
        List<String> stripped = new ArrayList<>();
        for (Island island : source.dataset().islands()) {
            String name = island.names().display(NamingConvention.BOTH, Script.LATIN);
            if (island.partOf() == null && texts.stream().anyMatch(t -> t.equals(name) || t.endsWith("…") && name.startsWith(t.substring(0, t.length() - 1).strip()))) {
                stripped.add(island.id());
            }
        }
        assertThat(stripped.contains("urup")).as("strips %s", stripped).isEqualTo(contextStrips);
        List<String> keys = StatusLegend.forPeriod(source.statusIndex(), source.dataset(), stripped, options.range().start(), options.range().end())
                .stream().map(StatusLegend.Entry::text).toList();
        assertThat(texts).containsAll(keys);
        assertThat(texts.contains("Administered by Russian Empire")).isEqualTo(contextStrips);
    }

    @Test
    void theStatusStripsCanBeLeftOutOfATimeline() throws Exception {
        ExportSource source = source();
        ExportOptions.Builder svg = ExportOptions.builder(ExportKind.TIMELINE).format(ExportFormat.SVG).size(ExportSize.HD);
        List<String> with = svgTexts(export(source, svg.build(), "with.svg"));
        List<String> without = svgTexts(export(source, svg.strips(false).build(), "without.svg"));
        String shikotan = source.dataset().island("shikotan").orElseThrow().names().display(NamingConvention.BOTH, Script.LATIN);
        assertThat(with).contains(shikotan).anyMatch(text -> text.startsWith("Hatched: also claimed by"));
        assertThat(without).doesNotContain(shikotan).noneMatch(text -> text.startsWith("Hatched")).contains("Treaties");
        // The marks are keyed either way: a slide's reader cannot rest a pointer on a hollow circle or a badge.
        List<String> marks = StatusLegend.TIMELINE_MARKS.stream().map(StatusLegend.Entry::text).toList();
        assertThat(with).containsAll(marks);
        assertThat(without).containsAll(marks);
        assertThat(svgTexts(export(source, ExportOptions.builder(ExportKind.MAP).format(ExportFormat.SVG).size(ExportSize.HD).build(), "map.svg")))
                .doesNotContainAnyElementsOf(marks);
    }

    /**
     * A map's names in an SVG keep their halos when a slide program lacks the bundled font: each
     * halo is the same text, at the same place, stroked by the group around it, so that whatever
     * font the program puts in stands in for both. (Outlines of the bundled font's glyphs used to
     * stay behind as white ghosts beside the substituted letters.)
     */
    @Test
    void aMapSvgsHalosAreItsNamesStrokedNotGlyphOutlines() throws Exception {
        ExportSource source = source();
        ExportOptions options = ExportOptions.builder(ExportKind.MAP).format(ExportFormat.SVG).size(ExportSize.HD)
                .date(HistoricalDate.parse("1946-02-02")).build();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(export(source, options, "map.svg").toFile());
        NodeList texts = svg.getElementsByTagName("text");
        int halos = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (!isHalo(text)) {
                continue;
            }
            halos++;
            assertThat(((Element) text.getParentNode().getParentNode()).getAttribute("stroke-width")).isNotEmpty();
            Element name = (Element) texts.item(i + 1);
            assertThat(name.getTextContent()).isEqualTo(text.getTextContent());
            assertThat(name.getAttribute("x")).isEqualTo(text.getAttribute("x"));
            assertThat(name.getAttribute("y")).isEqualTo(text.getAttribute("y"));
        }
        assertThat(halos).as("names with halos").isGreaterThan(5);
        assertThat(svgTexts(export(source, options, "map-again.svg"))).contains(
                source.dataset().island("shikotan").orElseThrow().names().display(NamingConvention.BOTH, Script.LATIN));
    }

    /** The SVG's texts as a reader sees them: a halo, the same text stroked by its group, is left out. */
    private static List<String> svgTexts(Path file) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!isHalo(nodes.item(i))) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }

    /** Whether an SVG text is a name's halo: drawn inside a group that strokes it. */
    private static boolean isHalo(org.w3c.dom.Node text) {
        return text.getParentNode().getParentNode() instanceof Element group && group.hasAttribute("stroke");
    }

    /** Every poll as an SVG chart at slide size: its question, its groups and every one of its percentages as text. */
    @Test
    void everyPollExportsAsAnSvgChartWithAllItsNumbers() throws Exception {
        ExportSource source = source();
        for (Poll poll : source.dataset().polls()) {
            ExportOptions options = ExportOptions.builder(ExportKind.POLL).format(ExportFormat.SVG).size(ExportSize.HD).poll(poll.id()).build();
            Path file = export(source, options, poll.id() + ".svg");
            List<String> texts = svgTexts(file);
            assertThat(texts).as(poll.id()).contains(poll.title());
            assertThat(String.join(" ", texts)).as(poll.id()).contains(poll.questionAsShown().split(" ")[0]);
            if (poll.question() == null) {
                // No words in quotation marks that the survey did not ask.
                assertThat(texts).as(poll.id()).contains("Question wording not given in the source.").noneMatch(text -> text.startsWith("“"));
            }
            for (PollRow row : poll.rows()) {
                assertThat(texts).as(poll.id()).contains(row.group());
            }
            List<String> values = poll.rows().stream().flatMap(r -> r.values().stream()).map(v -> String.format(java.util.Locale.ROOT, "%.1f%%", v)).toList();
            assertThat(texts).as("every percentage of %s", poll.id()).containsAll(values);
            long labelled = texts.stream().filter(t -> t.matches("\\d+\\.\\d%")).count();
            assertThat(labelled).as("one label per bar in %s", poll.id()).isEqualTo(values.size());
        }
    }

    @Test
    void aPdfOpensWithOnePageOfTheExportsSize() throws Exception {
        ExportOptions options = ExportOptions.builder(ExportKind.SLIDE).format(ExportFormat.PDF)
                .date(HistoricalDate.parse("1956-10-19")).event("1956-joint-declaration", null).build();
        Path file = export(source(), options, "slide.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(1920f);
            assertThat(page.getHeight()).isEqualTo(1080f);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Four Islands — status on 19 October 1956, timeline 1855–2024");
        }
    }

    @Test
    void anExportToAReadOnlyFolderFailsCleanlyAndLeavesNoFile() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        try (ReadOnlyFolder guard = ReadOnlyFolder.make(readOnly)) {
            ExportOptions options = ExportOptions.builder(ExportKind.TIMELINE).size(ExportSize.HD).build();
            ExportService.Prepared prepared = WaitForAsyncUtils.asyncFx(() -> ExportService.prepare(source(), options)).get();
            Path target = readOnly.resolve("timeline.png");
            // Root is refused by chattr +i (EPERM) rather than by permissions; the JDK named the hidden temporary file for it.
            String refusal = guard.isImmutable() ? "the folder " + readOnly + " takes no new files (Operation not permitted)"
                    : "permission denied in " + readOnly + " (is the folder read-only?)";
            assertThatThrownBy(() -> prepared.writeTo(target, false))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("cannot write " + target + ": " + refusal)
                    .hasMessageNotContaining(".part");
            try (var listing = Files.list(readOnly)) {
                assertThat(listing).isEmpty();
            }
        }
    }

    /** ImageIO wraps a write's failure in "I/O error writing PNG file!": the user reads the reason instead. */
    @Test
    void aPngThatCannotBeWrittenSaysWhy() {
        ExportRenderer.Pixels pixels = new ExportRenderer.Pixels(300, 200, new int[300 * 200]);
        assertThatThrownBy(() -> ExportRenderer.writePng(pixels, new FullDisk())).isInstanceOf(IOException.class)
                .hasMessage(FullDisk.MESSAGE);
    }

    @ParameterizedTest
    @CsvSource({"0x0", "150x1080", "1920x", "99999x1080", "wide"})
    void anInvalidSizeIsRefusedWithTheRule(String text) {
        assertThatThrownBy(() -> ExportSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid size");
    }

    /** What an export too large for the memory offers instead: the next smaller preset by pixels, or nothing below 1280×720. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"8192x8192, 3840×2160", "3840x2160, 1920×1080", "8192x200, 1280×720", "1920x1080, 1280×720", "2000x1000, 1280×720", "1280x720, ''"})
    void anExportTooLargeForTheMemoryOffersTheNextSmallerPreset(String size, String offered) {
        assertThat(ExportSize.parse(size).smallerPreset().map(ExportSize::toString).orElse("")).isEqualTo(offered);
    }

    @Test
    void typeGrowsWithTheSize() {
        assertThat(ExportSize.UHD.defaultTypeScale()).isEqualTo(3 * ExportSize.HD.defaultTypeScale());
        assertThat(ExportSize.FULL_HD.defaultTypeScale()).isEqualTo(1.5 * ExportSize.HD.defaultTypeScale());
    }

    @Test
    void theDefaultTitleSaysWhatAndWhen() {
        TimeWindow range = TimeWindow.covering(HistoricalDate.ofYear(1945), HistoricalDate.ofYear(1960));
        assertThat(ExportComposer.defaultTitle(ExportOptions.builder(ExportKind.TIMELINE).range(range).build()))
                .isEqualTo("Four Islands — 1945–1960");
        assertThat(ExportComposer.defaultTitle(ExportOptions.builder(ExportKind.MAP).date(HistoricalDate.parse("1946-02-02")).build()))
                .isEqualTo("Four Islands — status on 2 February 1946");
        // A month or a year is drawn as it ended, and the title says so (decision 0014).
        assertThat(ExportComposer.defaultTitle(ExportOptions.builder(ExportKind.MAP).date(HistoricalDate.parse("1875")).build()))
                .isEqualTo("Four Islands — status at the end of 1875");
        // A slide's title gives its timeline's years too.
        assertThat(ExportComposer.defaultTitle(ExportOptions.builder(ExportKind.SLIDE).date(HistoricalDate.parse("1945-08")).range(range).build()))
                .isEqualTo("Four Islands — status at the end of August 1945, timeline 1945–1960");
    }

    /** One drawing call of an export, after it was made, with the surface it went to and the Graphics2D under it. */
    private interface DrawingCall {
        void made(String method, Object[] args, Graphics2DSurface target, java.awt.Graphics2D g);
    }

    /**
     * Composes the export through Java2D, as an SVG's is, telling {@code calls} each drawing call;
     * the Graphics2D's transform says where the composer's regions have moved the drawing.
     */
    private static void composeRecorded(ExportSource source, ExportOptions options, DrawingCall calls) throws Exception {
        org.fourislands.render.Palette palette = WaitForAsyncUtils.asyncFx(() -> ThemePalettes.of(options.theme())).get();
        ExportRenderer.registerJava2dFonts();
        java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Graphics2DSurface target = new Graphics2DSurface(g, options.size().width(), options.size().height());
        DrawingSurface recording = (DrawingSurface) java.lang.reflect.Proxy.newProxyInstance(DrawingSurface.class.getClassLoader(),
                new Class<?>[] {DrawingSurface.class}, (proxy, method, args) -> {
                    if (method.getName().equals("drawPicture")) {
                        // As the target would, but through this surface, so that the picture's own calls are told too.
                        ((org.fourislands.render.Picture) args[0]).draw((DrawingSurface) proxy);
                        return null;
                    }
                    Object result = method.invoke(target, args);
                    calls.made(method.getName(), args, target, g);
                    return result;
                });
        new ExportComposer().draw(recording, source, options, palette);
        g.dispose();
    }
}
