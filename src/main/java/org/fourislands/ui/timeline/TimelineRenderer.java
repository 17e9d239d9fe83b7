package org.fourislands.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.NamingConvention;
import org.fourislands.core.model.Script;
import org.fourislands.core.status.IslandFacts;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.core.time.DatePrecision;
import org.fourislands.core.time.Eras;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TickScale;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Rgba;
import org.fourislands.render.ShownNames;
import org.fourislands.render.TextStyle;
import org.fourislands.render.TextStyles;
import org.fourislands.ui.map.MapRenderer;

/**
 * Draws the timeline: the adaptive axis, era bands, one status strip per island unit, one lane
 * per category with clustered markers, span bars and labels, the selected range, the playhead
 * and the overview strip. The same code draws the screen and every export. Binary search finds
 * the visible events; the layout is cached per zoom level (see {@link TimelineLayout}); hit
 * testing uses the geometry of the last frame. Not thread-safe: one renderer per view or export.
 */
public final class TimelineRenderer {

    /** What lies under a point of the timeline. */
    public sealed interface Hit {}

    /** A single event marker or its label. */
    public record EventHit(HistoricalEvent event) implements Hit {}

    /** A cluster badge: the span of its events. */
    public record ClusterHit(double firstDay, double lastDay, int count) implements Hit {}

    /** A status strip at a day: the island and the status segment there. */
    public record StripHit(Island island, IslandStatusIndex.Segment segment) implements Hit {}

    /** The playhead handle or line. */
    public record PlayheadHit() implements Hit {}

    /** The axis row: clicking it moves the playhead. */
    public record AxisHit(double day) implements Hit {}

    /** The overview strip at a day. */
    public record OverviewHit(double day, boolean insideWindow) implements Hit {}

    /** Empty plot at a day. */
    public record PlotHit(double day) implements Hit {}

    private static final double AXIS_H = 28;
    /** How far apart ticks are at the least, at type scale 1: far enough that their labels never overlap. */
    private static final double MIN_TICK_SPACING = 70;
    private static final double ERA_H = 15;
    /**
     * A status strip's height at type scale 1: room for its name, in the gutter at the size of the
     * event names ({@link #LABEL_PX}), with a pixel or so between one strip's letters and the next's.
     */
    private static final double STRIP_H = 13;
    /**
     * The size of event names and of the gutter's row names at type scale 1: the strips' names were
     * set at 10.5 in 11 px rows, the timeline's smallest type, about 12 px when presenting at 720p.
     */
    private static final double LABEL_PX = 12;
    /**
     * A strip's height at type scale 1 where the lanes have room to spare (see {@link
     * #stripRowHeight}): a line of its name (1.25 × {@link #LABEL_PX}) and half a pixel.
     */
    private static final double ROOMY_STRIP_H = 15.5;
    private static final double OVERVIEW_H = 26;
    private static final double MIN_LANE_H = 16;
    /** A cluster badge's height at type scale 1. */
    private static final double BADGE_H = 16;
    /** The least room, px, between a badge moved inside the plot and the lane's next marker or badge. */
    private static final double BADGE_GAP = 3;
    /** How far from the playhead a cluster's events may lie for its count to be under it, at type scale 1. */
    private static final double COUNT_SEARCH_PX = 40;
    /** Where in a lane markers sit (their centre) and how much of it a bar takes, as shares of its height; bars start {@value #BAR_INSET} px down. */
    private static final double MARKER_ROW = 0.62;
    private static final double BAR_SHARE = 0.30;
    private static final double BAR_INSET = 3;
    private static final double MIN_BAR_PX = 3;
    /** The gutter's width at type scale 1, where its row names need no more. */
    private static final double GUTTER_W = 170;
    /** The most of the width the gutter may take, however long a row's name. */
    private static final double GUTTER_SHARE = 0.25;
    /** Where row names start in the gutter, and the room they leave at its end. */
    private static final double GUTTER_TEXT_X = 8;
    private static final double GUTTER_PADDING = 14;
    /** The smallest share of its row's type a name in the gutter may be set in to be whole, before it is shortened instead. */
    private static final double MIN_GUTTER_TYPE_SHARE = 0.75;
    /** Pixels right of the plot that names may use: the canvas is that much wider than the plot. */
    private static final double PLOT_RIGHT_MARGIN = 8;
    /**
     * Pixels between the gutter and the plot (scaled with the type), so that a marker at the
     * window's very start, with its selection ring, is drawn whole: in the whole period that is
     * the 1855 treaty, the event the app opens on.
     */
    private static final double PLOT_LEFT_MARGIN = 11;
    /** How far capitals reach above a name's middle, as a share of its size (measured on the bundled font). */
    private static final double CAPITALS_ABOVE_MIDDLE = 0.4;

    // Geometry of the last frame, for hit testing.
    private double gutter;
    private final TextStyles styles = new TextStyles();
    private final TimelineColours colours = new TimelineColours();
    private final ShownNames shownNames = new ShownNames();
    /** Gutter labels as fitted, by text style, for one gutter width and one palette (its font). */
    private final Map<TextStyle, Map<String, GutterLabel>> gutterLabels = new HashMap<>();
    private double gutterLabelsGutter = -1;
    private Palette gutterLabelsPalette;
    private double plotLeft;
    /**
     * The time the dataset covers, made once per dataset: the overview spans it (every event,
     * not only the filtered ones, so that the strip does not move under the pointer while a range
     * is dragged), and no status strip or era runs past its end.
     */
    private Dataset coveredFor;
    private TimeWindow covered;
    private double plotWidth;
    private double stripsTop;
    /** This frame's strip height (see {@link #stripRowHeight}). */
    private double stripRowH;
    private double lanesTop;
    private double laneHeight;
    /** This frame's bars: how far below a lane's top they start, and how tall they are. */
    private double barInset;
    private double barHeight;
    /** How far below a lane's top its bars end, their lower edge included: names in the markers' row keep below it. */
    private double barsEnd;
    /** The badge being drawn: its ends and where its count goes (see {@link #placeBadge}). */
    private double badgeLeft;
    private double badgeRight;
    private double countX;
    /** The lane's cluster holding the selected event, or null; the event's marker x and the clear disc round it. */
    private TimelineLayout.Item selectedCluster;
    /** The event names this frame drew, with their boxes: the playhead's line stops at them. */
    private final DrawnNames drawnNames = new DrawnNames();
    /** Where the playhead's line is left out, so that it runs behind what it would cut (see {@link #findPlayheadGaps}). */
    private final PlayheadGaps playheadGaps = new PlayheadGaps();
    private double selectedX;
    private double selectedHalo;
    private double overviewTop;
    private double playheadTop;
    private TimeWindow window;
    /** The last frame's ticks and their unit, chosen once for the grid and the axis. */
    private TickScale.Unit tickUnit;
    private List<TickScale.Tick> ticks = List.of();
    private TimeWindow overviewWindow;
    private List<Island> stripIslands = List.of();
    private TimelineFrame lastFrame;
    /** The type scale the label layout was made for: labels are laid out again when it changes. */
    private double layoutTypeScale = Double.NaN;

    // Caches keyed by identity of what they were built from.
    private List<HistoricalEvent> lanesSource;
    private TimelineLanes lanes;
    /** What the layout's names were measured for: the events, the naming convention and the script. */
    private List<HistoricalEvent> namesEvents;
    private NamingConvention namesNaming;
    private Script namesScript;
    /** Whose events {@link #touching} holds: an island of a dataset, or none. */
    private Island touchingIsland;
    private Dataset touchingDataset;
    private Set<HistoricalEvent> touching;
    /** What {@link #stripIslands} was chosen from. */
    private Dataset stripsDataset;
    private boolean stripsShown;
    private boolean stripsWithContext;
    private List<HistoricalEvent> searchSource;
    private Set<HistoricalEvent> searchSet = Set.of();
    private TimelineLayout layout;
    private int[] density = new int[0];
    /** Reused by {@link #drawSpans}: runs of overlapping bars of each kind and of both, and the bars' ends. */
    private final SpanRuns coarseRuns = new SpanRuns();
    private final SpanRuns rangeRuns = new SpanRuns();
    private final SpanRuns allRuns = new SpanRuns();
    private double[] spanEdges = new double[64];
    /** Reused by {@link #drawAxis}: where each tick's label runs across, so that the playhead's date can hide the ones it would cut. */
    private double[] tickLabelLefts = new double[16];
    private double[] tickLabelRights = new double[16];
    private int tickLabels;
    /** Reused by {@link #drawOverview}: the density histogram's outline. */
    private double[] histogramXs = new double[0];
    private double[] histogramYs = new double[0];
    /** What {@link #density} was counted for: the events (by identity), the columns and the overview's span. */
    private List<HistoricalEvent> densityEvents;
    private TimeWindow densityWindow;

    /** Draws one frame of the timeline onto {@code surface}: exports use this. */
    public void render(DrawingSurface s, TimelineFrame frame) {
        renderWithoutPlayhead(s, frame);
        renderPlayhead(s, frame);
    }

    /**
     * Draws the playhead, with the geometry of the last {@link #renderWithoutPlayhead} call. The
     * screen draws it on an overlay, so that dragging it re-rasterises only the overlay.
     */
    public void renderPlayhead(DrawingSurface s, TimelineFrame frame) {
        if (frame.dataset() != null && window != null) {
            frame = fittedToHeight(frame, s.height());
            lastFrame = frame;
            colours.use(frame.palette());
            drawPlayhead(s, frame, playheadTop);
        }
    }

    /** Everything but the playhead. */
    public void renderWithoutPlayhead(DrawingSurface s, TimelineFrame frame) {
        frame = fittedToHeight(frame, s.height());
        lastFrame = frame;
        Palette palette = frame.palette();
        s.usePalette(palette);
        colours.use(palette);
        double scale = palette.typeScale();
        double w = s.width();
        double h = s.height();
        s.setFill(palette.get(PaletteSlot.BACKGROUND));
        s.fillRect(0, 0, w, h);
        if (frame.dataset() == null) {
            return;
        }
        double titleH = frame.title() == null ? 0 : 34 * scale;
        shownNames.use(frame.naming(), frame.script(), frame.names());
        boolean withContext = hasRoomForContextStrips(frame, h);
        if (frame.dataset() != stripsDataset || frame.showStrips() != stripsShown || withContext != stripsWithContext) {
            stripsDataset = frame.dataset();
            stripsShown = frame.showStrips();
            stripsWithContext = withContext;
            stripIslands = stripIslands(frame, withContext);
        }
        useLanesOf(frame);
        gutter = gutterWidth(s, palette, w);
        if (palette != gutterLabelsPalette || gutter != gutterLabelsGutter) {
            gutterLabels.clear();
            gutterLabelsPalette = palette;
            gutterLabelsGutter = gutter;
        }
        plotLeft = gutter + PLOT_LEFT_MARGIN * scale;
        plotWidth = Math.max(10, w - plotLeft - PLOT_RIGHT_MARGIN);
        window = frame.window();
        tickUnit = TickScale.unitFor(window, plotWidth, MIN_TICK_SPACING * scale);
        ticks = TickScale.ticks(window, tickUnit);
        if (frame.dataset() != coveredFor) {
            coveredFor = frame.dataset();
            covered = coveredFor.coveredSpan();
        }
        double axisTop = titleH;
        double erasTop = axisTop + AXIS_H * scale;
        stripsTop = erasTop + 2 * ERA_H * scale;
        overviewTop = frame.showOverview() ? h - OVERVIEW_H * scale : h;
        stripRowH = stripRowHeight(frame, scale);
        lanesTop = stripsTop + stripIslands.size() * stripRowH + 6;
        prepare(frame, s);

        if (frame.title() != null) {
            s.setTextStyle(styles.of(20 * scale, true));
            s.setFill(palette.get(PaletteSlot.TEXT));
            s.fillText(frame.title(), 12, titleH / 2, Align.LEFT, Baseline.MIDDLE);
        }
        drawLaneStripes(s, frame);
        drawGrid(s, frame, axisTop, overviewTop);
        drawEras(s, frame, erasTop);
        drawStrips(s, frame);
        drawLanes(s, frame);
        drawRange(s, frame, axisTop);
        drawAxis(s, frame, axisTop);
        playheadTop = axisTop;
        if (frame.showOverview()) {
            drawOverview(s, frame, w);
        }
    }

    /**
     * The frame with its type scale lowered, when need be, so that every row fits the height at
     * its smallest: large type (presentation mode, the projector theme) must never push lanes
     * under the overview strip. Never below 1.
     */
    private static TimelineFrame fittedToHeight(TimelineFrame frame, double h) {
        double scale = frame.palette().typeScale();
        if (frame.dataset() == null || scale <= 1) {
            return frame;
        }
        double fit = Math.max(1, (h - 10) / rowsAtScaleOne(frame));
        if (fit >= scale) {
            return frame;
        }
        return new TimelineFrame(frame.dataset(), frame.events(), frame.statusIndex(), frame.names(), frame.window(),
                frame.selectedDay(), frame.selectedEvent(), frame.selectedIsland(), frame.searchResults(), frame.selectedRange(),
                frame.naming(), frame.script(), frame.palette().withScales(fit, frame.palette().lineScale()), frame.title(), frame.showOverview(),
                frame.showStrips());
    }

    /** The height every row of {@code frame} needs at type scale 1, the smallest it is drawn at. */
    public static double smallestHeight(TimelineFrame frame) {
        return frame.dataset() == null ? 0 : rowsAtScaleOne(frame) + 10;
    }

    private static double rowsAtScaleOne(TimelineFrame frame) {
        long laneCount = frame.events().stream().map(HistoricalEvent::category).distinct().count();
        return (frame.title() == null ? 0 : 34) + AXIS_H + 2 * ERA_H + stripIslands(frame, false).size() * STRIP_H
                + laneCount * MIN_LANE_H + (frame.showOverview() ? OVERVIEW_H : 0);
    }

    /**
     * Context units get strips only when there is room for the lanes too: 434 px at type scale 1
     * for axis, eras, strips and lanes, besides the title and the overview where they are drawn
     * (an export has no overview). {@code frame} is fitted to the height already.
     */
    private static boolean hasRoomForContextStrips(TimelineFrame frame, double h) {
        double scale = frame.palette().typeScale();
        return h >= (434 + (frame.title() == null ? 0 : 34) + (frame.showOverview() ? OVERVIEW_H : 0)) * scale;
    }

    /**
     * The units whose status strips {@code frame} shows when drawn {@code h} high: an export keys
     * the statuses of these in its legend.
     */
    public static List<Island> stripIslandsAt(TimelineFrame frame, double h) {
        if (frame.dataset() == null) {
            return List.of();
        }
        TimelineFrame fitted = fittedToHeight(frame, h);
        return stripIslands(fitted, hasRoomForContextStrips(fitted, h));
    }

    /** Units that get a status strip: the disputed islands, then (with room) the context units; no islets or Hokkaido. */
    private static List<Island> stripIslands(TimelineFrame frame, boolean withContext) {
        List<Island> units = new ArrayList<>();
        if (!frame.showStrips()) {
            return units;
        }
        for (Island island : frame.dataset().islands()) {
            if (island.partOf() == null && !"hokkaido".equals(island.id()) && (withContext || island.isDisputed())) {
                units.add(island);
            }
        }
        units.sort((a, b) -> Boolean.compare(!a.isDisputed(), !b.isDisputed()));
        return units;
    }

    /**
     * Brings the lanes, highlight sets, lane height and layout up to date with the frame,
     * rebuilding only what changed (the layout once per zoom level).
     */
    /**
     * The gutter: {@link #GUTTER_W} at the type's scale, or as wide as its longest row name needs,
     * up to {@link #GUTTER_SHARE} of the width: a 1920×1080 export with the context strips cut
     * "Naka- and Kita-Chishima / Sre…" and "Minami-Karafuto / Yuzhny Sak…" short. Only a name
     * longer than that is shortened (see {@link #gutterText}).
     */
    private double gutterWidth(DrawingSurface s, Palette palette, double w) {
        double widest = 0;
        s.setTextStyle(labelStyle(palette));
        for (int i = 0; i < stripIslands.size(); i++) {
            Island island = stripIslands.get(i);
            widest = Math.max(widest, s.textWidth(shownNames.of(island.names())));
        }
        s.setTextStyle(laneNameStyle(palette));
        for (int l = 0; l < lanes.lanes.size(); l++) {
            TimelineLanes.Lane lane = lanes.lanes.get(l);
            widest = Math.max(widest, s.textWidth(lane.category.label()));
        }
        return Math.min(Math.max(GUTTER_W * palette.typeScale(), widest + GUTTER_PADDING), w * GUTTER_SHARE);
    }

    /** A lane's name: the event names' size, in bold. */
    private TextStyle laneNameStyle(Palette palette) {
        return styles.of(LABEL_PX * palette.typeScale(), true);
    }

    /**
     * A status strip's height: {@link #STRIP_H} at the type's scale, or a line of its name ({@link
     * #ROOMY_STRIP_H}) where the lanes would still be two and a half strips high (a 4K export's
     * lanes were 170 px high with one line each, while the strips' names touched one another).
     */
    private double stripRowHeight(TimelineFrame frame, double scale) {
        useLanesOf(frame);
        double roomy = ROOMY_STRIP_H * scale;
        double lanesHeight = overviewTop - stripsTop - stripIslands.size() * roomy - 10;
        return lanesHeight / Math.max(1, lanes.lanes.size()) >= 2.5 * roomy ? roomy : STRIP_H * scale;
    }

    private void useLanesOf(TimelineFrame frame) {
        if (frame.events() != lanesSource) {
            lanesSource = frame.events();
            lanes = new TimelineLanes(frame.events());
            layout = null;
        }
    }

    private void prepare(TimelineFrame frame, DrawingSurface s) {
        useLanesOf(frame);
        // The layout measured names in the naming convention and script it was made for.
        if (frame.events() != namesEvents || frame.naming() != namesNaming || frame.script() != namesScript) {
            namesEvents = frame.events();
            namesNaming = frame.naming();
            namesScript = frame.script();
            layout = null;
        }
        if (!sameIsland(frame.selectedIsland(), touchingIsland) || (frame.selectedIsland() != null && frame.dataset() != touchingDataset)) {
            touchingIsland = frame.selectedIsland();
            touchingDataset = frame.dataset();
            touching = null;
            if (frame.selectedIsland() != null) {
                touching = Collections.newSetFromMap(new IdentityHashMap<>());
                touching.addAll(IslandFacts.eventsTouching(frame.dataset(), frame.selectedIsland().id()));
            }
            layout = null;
        }
        if (frame.searchResults() != searchSource) {
            searchSource = frame.searchResults();
            searchSet = Collections.newSetFromMap(new IdentityHashMap<>());
            searchSet.addAll(frame.searchResults());
            layout = null;
        }
        if (frame.palette().typeScale() != layoutTypeScale) {
            layoutTypeScale = frame.palette().typeScale();
            layout = null;
        }
        double scale = frame.palette().typeScale();
        laneHeight = Math.max(MIN_LANE_H * scale, (overviewTop - lanesTop - 4) / Math.max(1, lanes.lanes.size()));
        // A bar's name sits at its middle, a marker's beside it lower down; in a short lane (a
        // laptop's window) the two rows of text would overlap, and a bar's name would reach up
        // into the names of the lane above, so both kinds of name share the markers' row.
        TextStyle labels = labelStyle(frame.palette());
        double labelSize = labels.size();
        boolean labelsShareARow = laneHeight * (MARKER_ROW - BAR_SHARE / 2) - BAR_INSET < labelSize * 1.2;
        barInset = BAR_INSET;
        barHeight = laneHeight * BAR_SHARE;
        if (labelsShareARow) {
            // A marker's name then reaches up into the bars' row: the bars move up and narrow so
            // that their lower edge clears the name's capitals instead of striking through them.
            double capitalsTop = laneHeight * MARKER_ROW - labelSize * CAPITALS_ABOVE_MIDDLE - 1;
            barInset = 1;
            barHeight = Math.clamp(capitalsTop - barInset, MIN_BAR_PX, barHeight);
        }
        barsEnd = barInset + barHeight + frame.palette().lineScale() / 2;
        double pxPerDay = plotWidth / window.span();
        if (layout == null || layout.labelsShareARow != labelsShareARow || !layout.fits(pxPerDay, window.start(), window.end())) {
            s.setTextStyle(labels);
            layout = new TimelineLayout(lanes, pxPerDay, window.start() - window.span(), window.end() + window.span(), touching,
                    searchSet, scale, labelsShareARow, s::textWidth, this::displayTitle);
        }
    }

    /** The same island by id: a reloaded dataset's island is another record. */
    private static boolean sameIsland(Island a, Island b) {
        return a == null ? b == null : b != null && a.id().equals(b.id());
    }

    private TextStyle badgeTextStyle(Palette palette) {
        return styles.of(11 * palette.typeScale(), true);
    }

    private String displayTitle(HistoricalEvent event) {
        return shownNames.render(event.title());
    }

    /** An event's name, and a strip's in the gutter. */
    private TextStyle labelStyle(Palette palette) {
        return styles.of(LABEL_PX * palette.typeScale(), false);
    }

    private double xOf(double day) {
        return plotLeft + window.toX(day, plotWidth);
    }

    private void drawGrid(DrawingSurface s, TimelineFrame frame, double top, double bottom) {
        // Thin rectangles rather than stroked lines: the software rasteriser's cost grows with a
        // shape's height, and two dozen full-height strokes cost about 4 ms a frame at 1080 px;
        // filled rectangles cover the same pixels (the round caps fall under the axis and the
        // overview, drawn later) at a fraction of that.
        double lineWidth = frame.palette().lineScale();
        double y0 = top + AXIS_H * frame.palette().typeScale();
        s.setFill(frame.palette().get(PaletteSlot.GRATICULE));
        for (int t = 0; t < ticks.size(); t++) {
            TickScale.Tick tick = ticks.get(t);
            double x = xOf(tick.day());
            s.fillRect(x - lineWidth / 2, y0, lineWidth, bottom - y0);
        }
    }

    private void drawAxis(DrawingSurface s, TimelineFrame frame, double top) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(0, top, plotLeft + plotWidth + 8, AXIS_H * scale);
        s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
        s.strokeLine(0, top + AXIS_H * scale, plotLeft + plotWidth + 8, top + AXIS_H * scale);
        s.setStroke(palette.get(PaletteSlot.TEXT_MUTED), 1);
        tickLabels = 0;
        for (int t = 0; t < ticks.size(); t++) {
            TickScale.Tick tick = ticks.get(t);
            double x = xOf(tick.day());
            s.setTextStyle(styles.of(12 * scale, tick.major()));
            s.strokeLine(x, top + AXIS_H * scale - (tick.major() ? 9 : 5), x, top + AXIS_H * scale);
            // A label the right edge would cut is left out: "200" read as a year of its own on a slide.
            if (x + 3 + s.textWidth(tick.label()) > s.width()) {
                continue;
            }
            s.setFill(palette.get(tick.major() ? PaletteSlot.TEXT : PaletteSlot.TEXT_MUTED));
            s.fillText(tick.label(), x + 3, top + AXIS_H * scale / 2 - 2, Align.LEFT, Baseline.MIDDLE);
            if (tickLabels == tickLabelLefts.length) {
                tickLabelLefts = Arrays.copyOf(tickLabelLefts, tickLabels * 2);
                tickLabelRights = Arrays.copyOf(tickLabelRights, tickLabels * 2);
            }
            tickLabelLefts[tickLabels] = x + 3;
            tickLabelRights[tickLabels++] = x + 3 + s.textWidth(tick.label());
        }
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(0, top, gutter - 2, AXIS_H * scale);
        s.setTextStyle(styles.of(11 * scale, true));
        s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
        s.fillText(unitName(tickUnit), GUTTER_TEXT_X, top + AXIS_H * scale / 2, Align.LEFT, Baseline.MIDDLE);
    }

    private static String unitName(TickScale.Unit unit) {
        return switch (unit) {
            case FIFTY_YEARS -> "50 years";
            case TEN_YEARS -> "10 years";
            case FIVE_YEARS -> "5 years";
            case YEAR -> "Years";
            case QUARTER -> "Quarters";
            case MONTH -> "Months";
            case WEEK -> "Weeks";
            case DAY -> "Days";
        };
    }

    private void drawEras(DrawingSurface s, TimelineFrame frame, double top) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double rowH = ERA_H * scale;
        s.setTextStyle(styles.of(11 * scale, false));
        for (int eraIndex = 0; eraIndex < Eras.ALL.size(); eraIndex++) {
            Eras.Era era = Eras.ALL.get(eraIndex);
            double y = top + (era.row() == Eras.Row.RUSSIA ? 0 : rowH);
            double x0 = Math.max(plotLeft, xOf(era.from().startEpochDay()));
            double x1 = Math.min(plotLeft + plotWidth, xOf(era.to() == null ? covered.end() : Math.min(era.to().startEpochDay(), covered.end())));
            if (x1 <= x0) {
                continue;
            }
            s.setFill(colours.era(eraIndex));
            s.fillRect(x0, y + 1, x1 - x0, rowH - 2);
            String label = frame.script() == Script.NATIVE ? era.nativeLabel() : era.label();
            if (s.textWidth(label) + 8 < x1 - x0) {
                s.setFill(palette.get(PaletteSlot.TEXT));
                s.fillText(label, (x0 + x1) / 2, y + rowH / 2, Align.CENTER, Baseline.MIDDLE);
            }
        }
        s.setTextStyle(styles.of(11 * scale, true));
        s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
        s.fillText("Russia / USSR", GUTTER_TEXT_X, top + rowH / 2, Align.LEFT, Baseline.MIDDLE);
        s.fillText("Japanese era", GUTTER_TEXT_X, top + rowH * 1.5, Align.LEFT, Baseline.MIDDLE);
    }

    private void drawStrips(DrawingSurface s, TimelineFrame frame) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double rowH = stripRowH;
        TextStyle names = labelStyle(palette);
        for (int i = 0; i < stripIslands.size(); i++) {
            Island island = stripIslands.get(i);
            double y = stripsTop + i * rowH;
            List<IslandStatusIndex.Segment> segments = frame.statusIndex().segments(island.id());
            for (int k = 0; k < segments.size(); k++) {
                IslandStatusIndex.Segment segment = segments.get(k);
                double x0 = Math.max(plotLeft, xOf(segment.startDay()));
                double x1 = Math.min(plotLeft + plotWidth, xOf(Math.min(segment.endDay(), covered.end())));
                if (x1 <= x0) {
                    continue;
                }
                Rgba fill = MapRenderer.fillFor(segment.status(), palette);
                if (segment.status().isContested()) {
                    // The same hatching as the map.
                    s.beginPath();
                    s.addRect(x0, y + 1, x1 - x0, rowH - 2);
                    s.fillHatchedPath(fill, palette.get(PaletteSlot.HATCH));
                } else {
                    s.setFill(fill);
                    s.fillRect(x0, y + 1, x1 - x0, rowH - 2);
                }
            }
            gutterText(s, names, shownNames.of(island.names()), y, rowH,
                    palette.get(island.isDisputed() ? PaletteSlot.TEXT : PaletteSlot.TEXT_MUTED));
        }
    }

    /** A row's name as the gutter shows it: the text, whole or shortened, and the style it is set in. */
    private record GutterLabel(String text, TextStyle style) {}

    /** A row label in the left gutter, fitted so that a long name never runs into the plot (see {@link #fittedToGutter}). */
    private void gutterText(DrawingSurface s, TextStyle style, String text, double top, double height, Rgba colour) {
        // Fitted once per name, style and gutter width, not letter by letter in every frame.
        Map<String, GutterLabel> fitted = gutterLabels.computeIfAbsent(style, newStyle -> new HashMap<>());
        GutterLabel label = fitted.get(text);
        if (label == null) {
            label = fittedToGutter(s, style, text);
            fitted.put(text, label);
        }
        s.setTextStyle(label.style());
        s.setFill(colour);
        s.fillText(label.text(), GUTTER_TEXT_X, top + height / 2, Align.LEFT, Baseline.MIDDLE);
    }

    /**
     * {@code text} as the gutter holds it: whole in {@code style}; else whole in smaller type, down
     * to {@link #MIN_GUTTER_TYPE_SHARE} of it, where even the widest gutter is too narrow (the
     * middle and northern Kurils in both conventions at 1920×1080, over a quarter of the width);
     * else shortened with an ellipsis.
     */
    private GutterLabel fittedToGutter(DrawingSurface s, TextStyle style, String text) {
        double room = gutter - GUTTER_PADDING;
        s.setTextStyle(style);
        double width = s.textWidth(text);
        if (width <= room) {
            return new GutterLabel(text, style);
        }
        // Widths grow with the size very nearly in proportion: the size is rounded down to a
        // quarter pixel, then measured.
        TextStyle smaller = styles.of(Math.floor(style.size() * room / width * 4) / 4, style.bold());
        s.setTextStyle(smaller);
        if (smaller.size() >= style.size() * MIN_GUTTER_TYPE_SHARE && s.textWidth(text) <= room) {
            return new GutterLabel(text, smaller);
        }
        s.setTextStyle(style);
        int keep = text.length();
        while (keep > 1 && s.textWidth(text.substring(0, keep) + "…") > room) {
            keep--;
        }
        return new GutterLabel(text.substring(0, keep).stripTrailing() + "…", style);
    }

    /**
     * Every other lane is tinted. The tint is worked out as an opaque colour and drawn before
     * the grid: a translucent fill over the lanes' 1920×700 px cost the software pipeline 3 ms a
     * frame in blending, an opaque one almost nothing.
     */
    private void drawLaneStripes(DrawingSurface s, TimelineFrame frame) {
        for (int l = 0; l < layout.lanes.size(); l += 2) {
            s.setFill(colours.lane(l));
            s.fillRect(0, lanesTop + l * laneHeight, plotLeft + plotWidth + 8, laneHeight);
        }
    }

    private void drawLanes(DrawingSurface s, TimelineFrame frame) {
        Palette palette = frame.palette();
        double pxPerDay = layout.pxPerDay;
        double offset = plotLeft - window.start() * pxPerDay;
        drawnNames.clear();
        for (int l = 0; l < layout.lanes.size(); l++) {
            TimelineLayout.LaneItems lane = layout.lanes.get(l);
            double top = lanesTop + l * laneHeight;
            drawSpans(s, frame, lane, l, offset, top, false);
            drawSpans(s, frame, lane, l, offset, top, true);
            // Dimmed items first, then the rest; each in a few batched paths rather than a call per marker.
            findSelectedInCluster(frame, lane, offset);
            drawPoints(s, frame, lane, colours.lane(l), offset, top, false);
            drawPoints(s, frame, lane, colours.lane(l), offset, top, true);
        }
        // Markers just before the window's start may reach into the gutter; the gutter is painted over them, then labelled.
        for (int l = 0; l < layout.lanes.size(); l++) {
            double top = lanesTop + l * laneHeight;
            s.setFill(colours.lane(l));
            s.fillRect(0, top, gutter - 1, laneHeight);
            gutterText(s, laneNameStyle(palette), layout.lanes.get(l).lane.category.label(), top, laneHeight, palette.get(PaletteSlot.TEXT));
        }
    }

    /**
     * Bars for ranges and for dates known only to the month or year: ranges the darker, coarse
     * dates the lighter, the two together darker still. Drawn as what they look like, which stays
     * cheap however many overlap:
     * <ul>
     * <li>each run of overlapping bars of a kind is one rectangle, in the accent colour already
     * blended over the lane (a translucent fill across the plot costs the software rasteriser a
     * blend per pixel, up to 3 ms a frame);</li>
     * <li>one top and one bottom line per run of any bars, and a one-pixel edge wherever a bar
     * starts or ends.</li>
     * </ul>
     * At 100,000 events a decade's lane holds hundreds of bars, sixty of them for each year, and
     * stroking every bar's outline cost 50 ms a frame.
     */
    private void drawSpans(DrawingSurface s, TimelineFrame frame, TimelineLayout.LaneItems lane, int laneIndex, double offset, double top,
            boolean touching) {
        Palette palette = frame.palette();
        double line = palette.lineScale();
        coarseRuns.clear();
        rangeRuns.clear();
        allRuns.clear();
        int edges = 0;
        // Spans are sorted by start, so each run of overlap closes in one pass.
        for (int i = 0; i < lane.spans.size(); i++) {
            TimelineLayout.Item span = lane.spans.get(i);
            if (span.anyTouchesIsland != touching) {
                continue;
            }
            span.nameDrawnAt = Double.NaN;
            double x0 = Math.max(plotLeft, span.x0 + offset);
            double x1 = Math.min(plotLeft + plotWidth, span.x1 + offset);
            if (x1 <= x0) {
                continue;
            }
            (lane.lane.events[span.first].isRange() ? rangeRuns : coarseRuns).add(x0, x1);
            allRuns.add(x0, x1);
            spanEdges = ensure(spanEdges, edges + 2);
            spanEdges[edges++] = x0;
            spanEdges[edges++] = x1;
        }
        if (edges == 0) {
            return;
        }
        s.setGlobalAlpha(touching ? 1 : 0.25);
        coarseRuns.fill(s, colours.coarseBar(laneIndex), top + barInset, barHeight);
        rangeRuns.fill(s, colours.rangeBar(laneIndex), top + barInset, barHeight);
        s.setFill(colours.overlapBar(laneIndex));
        for (int c = 0, r = 0; c < coarseRuns.count && r < rangeRuns.count;) {
            double from = Math.max(coarseRuns.start(c), rangeRuns.start(r));
            double to = Math.min(coarseRuns.end(c), rangeRuns.end(r));
            if (to > from) {
                s.fillRect(from, top + barInset, to - from, barHeight);
            }
            if (coarseRuns.end(c) < rangeRuns.end(r)) {
                c++;
            } else {
                r++;
            }
        }
        s.setFill(palette.get(PaletteSlot.ACCENT));
        for (int r = 0; r < allRuns.count; r++) {
            double x0 = allRuns.start(r) - line / 2;
            double width = allRuns.end(r) - allRuns.start(r) + line;
            s.fillRect(x0, top + barInset - line / 2, width, line);
            s.fillRect(x0, top + barInset + barHeight - line / 2, width, line);
        }
        Arrays.sort(spanEdges, 0, edges);
        double lastEdge = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < edges; e++) {
            // Edges closer than half a pixel would draw the same pixels again.
            if (spanEdges[e] - lastEdge >= 0.5) {
                s.fillRect(spanEdges[e] - line / 2, top + barInset + line / 2, line, barHeight - line);
                lastEdge = spanEdges[e];
            }
        }
        s.setTextStyle(labelStyle(palette));
        int firstName = drawnNames.count;
        // Walked from the right, so that each label knows where the next one starts: a bar whose
        // start has scrolled off the left slides its name into view only if that leaves the next
        // name clear (the layout keeps names apart only at their bars' starts).
        double nextLabel = Double.MAX_VALUE;
        for (int i = lane.spans.size() - 1; i >= 0; i--) {
            TimelineLayout.Item span = lane.spans.get(i);
            double x0 = Math.max(plotLeft, span.x0 + offset);
            double x1 = Math.min(plotLeft + plotWidth, span.x1 + offset);
            if (x1 <= x0 || span.anyTouchesIsland != touching) {
                continue;
            }
            if (lane.lane.events[span.first] == frame.selectedEvent()) {
                s.setStroke(palette.get(PaletteSlot.SELECTION), 2.5);
                s.strokeRect(x0, top + barInset, x1 - x0, barHeight);
            }
            if (span.label != null) {
                double atStart = span.x0 + offset + 4;
                double slid = Math.max(x0 + 4, Math.min(atStart, x1 - span.labelWidth - 4));
                // In a short lane, where bars' and markers' names share a row, a slid name must also
                // keep clear of the markers and their names.
                boolean clear = slid + span.labelWidth + layout.labelGapPx <= nextLabel
                        && (!layout.labelsShareARow || clearOfMarkers(lane, offset, slid, slid + span.labelWidth));
                double x = clear ? slid : atStart;
                if (x >= plotLeft && x1 - x0 > span.labelWidth + 8) {
                    // In the markers' row, under the bar, the name stands on the lane's colour as a
                    // marker's does; on the bar, the bar already hides the grid.
                    if (layout.labelsShareARow) {
                        addMarkerRowName(s, span.label, x, top, Align.LEFT);
                    } else {
                        double y = top + barInset + barHeight / 2;
                        double halfLine = s.lineHeight() / 2;
                        drawnNames.add(span.label, x, y, Align.LEFT, s.textWidth(span.label), y - halfLine, y + halfLine, false);
                    }
                    span.nameDrawnAt = x;
                }
                nextLabel = Math.min(nextLabel, x);
            }
        }
        drawnNames.draw(s, firstName, colours.lane(laneIndex), palette.get(PaletteSlot.TEXT), touching ? 1 : 0.25);
        s.setGlobalAlpha(1);
    }

    /**
     * Adds a name in a lane's markers' row to {@link #drawnNames}, on a knock-out box: its line,
     * down to the lane's end and not up over the lane's bars.
     */
    private void addMarkerRowName(DrawingSurface s, String name, double x, double laneTop, Align align) {
        double y = laneTop + laneHeight * MARKER_ROW;
        double halfLine = s.lineHeight() / 2;
        drawnNames.add(name, x, y, align, s.textWidth(name), Math.max(y - halfLine, laneTop + barsEnd), Math.min(y + halfLine, laneTop + laneHeight), true);
    }

    /** True when a marker's name, placed on that side, lies wholly within the plot (its right margin included). */
    private boolean nameFitsPlot(TimelineLayout.Item item, double offset, boolean onLeft) {
        double left = item.nameStart(onLeft) + offset;
        return left >= plotLeft && left + item.labelWidth <= plotLeft + plotWidth + PLOT_RIGHT_MARGIN;
    }

    /** True when no marker, badge or marker's name of the lane lies within {@code from..to} on screen. */
    private static boolean clearOfMarkers(TimelineLayout.LaneItems lane, double offset, double from, double to) {
        return clearOfMarkers(lane, offset, from, to, null);
    }

    /** The same, leaving {@code except} (the marker whose name is being placed) out. */
    private static boolean clearOfMarkers(TimelineLayout.LaneItems lane, double offset, double from, double to, TimelineLayout.Item except) {
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item == except) {
                continue;
            }
            double left = item.takenFrom() + offset;
            double right = item.takenTo() + offset;
            if (left < to && right > from) {
                return false;
            }
        }
        return true;
    }

    /**
     * The room for a name beside {@code item}'s marker on that side: from the marker to the plot's
     * edge or to the next marker or name in the lane, whichever is nearer, and on the left no more
     * than a name may run there ({@link TimelineLayout#maxLeftNamePx}); none when the marker's
     * end is outside the plot or another marker's name already runs past it.
     */
    private double roomBeside(TimelineLayout.LaneItems lane, double offset, TimelineLayout.Item item, boolean onLeft) {
        double anchor = item.nameAnchor(onLeft) + offset;
        double plotRight = plotLeft + plotWidth + PLOT_RIGHT_MARGIN;
        if (anchor < plotLeft || anchor > plotRight || !clearOfMarkers(lane, offset, anchor, anchor, item)) {
            return 0;
        }
        // Nothing covers the anchor, so every other marker and name lies wholly on one side of it.
        double limit = onLeft ? plotLeft : plotRight;
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item other = lane.points.get(p);
            double left = other.takenFrom() + offset;
            double right = other.takenTo() + offset;
            if (onLeft && other != item && right <= anchor) {
                limit = Math.max(limit, right);
            } else if (!onLeft && other != item && left >= anchor) {
                limit = Math.min(limit, left);
            }
        }
        return onLeft ? Math.min(anchor - limit, layout.maxLeftNamePx) : limit - anchor;
    }

    private static double[] ensure(double[] array, int size) {
        return array.length >= size ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    private static double radius(HistoricalEvent event, double scale) {
        return switch (event.importance()) {
            case 1 -> 6.5;
            case 2 -> 5.2;
            default -> 4.2;
        } * scale;
    }

    private boolean onScreen(TimelineLayout.Item item, double offset) {
        return item.x1 + offset >= plotLeft - 300 && item.x0 + offset <= plotLeft + plotWidth + 300;
    }

    /**
     * The lane's markers, cluster badges and labels that are (or are not) touching the selected
     * island. Shapes of one kind go into one path: the software rasteriser pays per call.
     */
    private void drawPoints(DrawingSurface s, TimelineFrame frame, TimelineLayout.LaneItems lane, Rgba laneBackground, double offset,
            double top, boolean touching) {
        boolean anyInPass = false;
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && onScreen(item, offset)) {
                anyInPass = true;
                break;
            }
        }
        if (!anyInPass) {
            return;
        }
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double mid = top + laneHeight * MARKER_ROW;
        double badgeH = BADGE_H * scale;
        TextStyle badgeText = badgeTextStyle(palette);
        double alpha = touching ? 1 : 0.22;
        s.setGlobalAlpha(alpha);
        s.setTextStyle(badgeText);
        boolean any = false;
        s.beginPath();
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && item.anyMatchesSearch && onScreen(item, offset)) {
                double cx = item.centre() + offset;
                if (item.count() == 1) {
                    s.addCircle(cx, mid, radius(lane.lane.events[item.first], scale) + 4);
                    any = true;
                } else if (placeBadge(s, lane, p, offset, scale)) {
                    s.addRect(badgeLeft - 3, mid - badgeH / 2 - 3, badgeRight - badgeLeft + 6, badgeH + 6);
                    any = true;
                }
            }
        }
        if (any) {
            s.setFill(palette.get(PaletteSlot.NEUTRAL));
            s.fillPath();
        }
        s.beginPath();
        boolean anyBadge = false;
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && item.count() > 1 && onScreen(item, offset) && placeBadge(s, lane, p, offset, scale)) {
                s.addRect(badgeLeft, mid - badgeH / 2, badgeRight - badgeLeft, badgeH);
                anyBadge = true;
            }
        }
        if (anyBadge) {
            s.setFill(palette.get(PaletteSlot.TEXT));
            s.fillPath();
        }
        // Markers of exact days first, then the hollow ones of dates known to the month or year.
        for (int pass = 0; pass < 2; pass++) {
            boolean exact = pass == 0;
            s.beginPath();
            boolean anyMarker = false;
            for (int p = 0; p < lane.points.size(); p++) {
                TimelineLayout.Item item = lane.points.get(p);
                if (item.anyTouchesIsland == touching && item.count() == 1 && onScreen(item, offset)) {
                    HistoricalEvent event = lane.lane.events[item.first];
                    if ((event.date().precision() == DatePrecision.DAY) == exact) {
                        s.addCircle(item.centre() + offset, mid, radius(event, scale));
                        anyMarker = true;
                    }
                }
            }
            if (!anyMarker) {
                continue;
            }
            if (exact) {
                s.setFill(palette.get(PaletteSlot.ACCENT));
                s.fillPath();
            } else {
                // Hollow: the date is known only to the month or year.
                s.setFill(palette.get(PaletteSlot.BACKGROUND));
                s.fillPath();
                s.setStroke(palette.get(PaletteSlot.ACCENT), 2);
                s.strokePath();
            }
        }
        s.setFill(palette.get(PaletteSlot.BACKGROUND));
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && item.count() > 1 && onScreen(item, offset) && placeBadge(s, lane, p, offset, scale)) {
                s.fillText(countLabel(item.count()), countX, mid, Align.CENTER, Baseline.MIDDLE);
            }
        }
        if (selectedCluster != null && selectedCluster.anyTouchesIsland == touching && onScreen(selectedCluster, offset)) {
            // On a clear disc, so that the selection ring shows on the dark badge.
            s.setFill(palette.get(PaletteSlot.BACKGROUND));
            s.fillOval(selectedX - selectedHalo, mid - selectedHalo, 2 * selectedHalo, 2 * selectedHalo);
            drawMarker(s, palette, frame.selectedEvent(), selectedX, mid, true);
            s.setTextStyle(badgeText);
        }
        s.setTextStyle(labelStyle(palette));
        int firstName = drawnNames.count;
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && item.label != null && onScreen(item, offset)) {
                // A name is never cut by the gutter or the plot's edge: a fragment ("ner in Japan")
                // reads as noise from the back of a classroom, and an export would keep it. One that
                // would be cut goes to the marker's other side when that side is free, or else is
                // shortened to the room it has, with an ellipsis, or left out.
                boolean onLeft = item.labelLeft;
                String name = item.label;
                if (!nameFitsPlot(item, offset, onLeft)) {
                    double other = item.nameStart(!onLeft) + offset;
                    boolean otherSideTakesIt = onLeft || item.labelWidth <= layout.maxLeftNamePx;
                    if (otherSideTakesIt && nameFitsPlot(item, offset, !onLeft) && clearOfMarkers(lane, offset, other, other + item.labelWidth, item)) {
                        onLeft = !onLeft;
                    } else {
                        // Shortened on the side with more room (the layout, which does not know where
                        // the plot ends, may put the name of the 1855 treaty left of 1855, or that of
                        // 1991 right of it, where the plot's edge leaves "The Sov…").
                        double room = roomBeside(lane, offset, item, onLeft);
                        double otherRoom = roomBeside(lane, offset, item, !onLeft);
                        if (otherRoom > room) {
                            onLeft = !onLeft;
                            room = otherRoom;
                        }
                        name = room >= layout.minLabelPx ? TimelineLayout.shortenedToFit(item.label, item.labelWidth, room, s::textWidth) : null;
                        if (name == null) {
                            continue;
                        }
                    }
                }
                addMarkerRowName(s, name, item.nameAnchor(onLeft) + offset, top, onLeft ? Align.RIGHT : Align.LEFT);
            }
        }
        drawnNames.draw(s, firstName, laneBackground, palette.get(PaletteSlot.TEXT), alpha);
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.anyTouchesIsland == touching && item.count() == 1 && lane.lane.events[item.first] == frame.selectedEvent()) {
                double r = radius(frame.selectedEvent(), scale);
                s.setStroke(palette.get(PaletteSlot.SELECTION), 2.5);
                s.strokeOval(item.centre() + offset - r - 3, mid - r - 3, 2 * r + 6, 2 * r + 6);
            }
        }
        s.setGlobalAlpha(1);
    }

    /** Badge counts as text, made once: a frame shows dozens of badges. */
    private static final String[] COUNT_LABELS = java.util.stream.IntStream.range(0, 1000).mapToObj(Integer::toString).toArray(String[]::new);

    private static String countLabel(int count) {
        return count < COUNT_LABELS.length ? COUNT_LABELS[count] : Integer.toString(count);
    }

    /**
     * Places a cluster's badge in {@link #badgeLeft}, {@link #badgeRight} and {@link #countX}:
     * over the cluster's markers and at least as wide as its count. The badge holding the
     * selected event shows that event's marker at its own date, ringed, with the count beside it
     * on the side where the badge has more room, and grows to hold both. (The marker used to stand
     * 12 px above the badge, which in a laptop's short lanes put it on the lane above's badges.)
     * A badge the plot's edge would cut is moved inside while its cluster reaches into the plot:
     * half a badge at the window's start read as a sliver with a stray digit ("3", "5"). Moved,
     * it must stay clear of the lane's next marker or badge inward, which it used to cover (two
     * counts one over the other, "9" and "4" read as "94"); where it would not, it is cut back to
     * the part of the cluster in the plot, and left out if even its count does not fit there.
     *
     * @return whether the badge is drawn: not when its cluster lies wholly beyond the plot's edge
     */
    private boolean placeBadge(DrawingSurface s, TimelineLayout.LaneItems lane, int index, double offset, double scale) {
        TimelineLayout.Item item = lane.points.get(index);
        double centre = item.centre() + offset;
        double countWidth = s.textWidth(countLabel(item.count()));
        double halfWidth = badgeHalfWidth(item, countWidth);
        badgeLeft = centre - halfWidth;
        badgeRight = centre + halfWidth;
        countX = centre;
        if (item == selectedCluster) {
            boolean countOnRight = badgeRight - selectedX >= selectedX - badgeLeft;
            countX = selectedX + (countOnRight ? 1 : -1) * (selectedHalo + 2 + countWidth / 2);
            badgeLeft = Math.min(badgeLeft, Math.min(selectedX - selectedHalo, countX - countWidth / 2 - 5));
            badgeRight = Math.max(badgeRight, Math.max(selectedX + selectedHalo, countX + countWidth / 2 + 5));
        }
        double plotRight = plotLeft + plotWidth + PLOT_RIGHT_MARGIN;
        if (badgeLeft >= plotLeft && badgeRight <= plotRight) {
            return true;
        }
        if (item.x1 + offset <= plotLeft || item.x0 + offset >= plotRight) {
            return false;
        }
        // Room between the plot's edges and the lane's neighbours on either side.
        double low = index == 0 ? plotLeft
                : Math.max(plotLeft, lane.points.get(index - 1).centre() + offset + halfExtent(s, lane, index - 1, scale) + BADGE_GAP);
        double high = index + 1 == lane.points.size() ? plotRight
                : Math.min(plotRight, lane.points.get(index + 1).centre() + offset - halfExtent(s, lane, index + 1, scale) - BADGE_GAP);
        double inside = badgeLeft < plotLeft ? plotLeft - badgeLeft : plotRight - badgeRight;
        if (badgeLeft + inside >= low && badgeRight + inside <= high) {
            badgeLeft += inside;
            badgeRight += inside;
            countX += inside;
            return true;
        }
        double left = Math.max(badgeLeft, low);
        double right = Math.min(badgeRight, high);
        // The selected event's marker and the count beside it, as placed above.
        double countReach = selectedHalo + 2 + countWidth + 5;
        boolean holdsTheSelected = item != selectedCluster
                || selectedX - selectedHalo >= left && selectedX + countReach <= right
                || selectedX + selectedHalo <= right && selectedX - countReach >= left;
        if (right - left < countWidth + 12 || !holdsTheSelected) {
            return false;
        }
        badgeLeft = left;
        badgeRight = right;
        if (item == selectedCluster) {
            boolean countOnRight = selectedX + countReach <= right;
            countX = selectedX + (countOnRight ? 1 : -1) * (selectedHalo + 2 + countWidth / 2);
        } else {
            countX = (left + right) / 2;
        }
        return true;
    }

    /**
     * Half the width the lane's item {@code index} takes: its marker's radius, or half its badge's
     * (over its markers, at least as wide as its count) before any move inside the plot.
     */
    private double halfExtent(DrawingSurface s, TimelineLayout.LaneItems lane, int index, double scale) {
        TimelineLayout.Item item = lane.points.get(index);
        return item.count() == 1 ? radius(lane.lane.events[item.first], scale)
                : badgeHalfWidth(item, s.textWidth(countLabel(item.count())));
    }

    /** Half a cluster's badge: over its markers, and at least as wide as its count with room either side. */
    private static double badgeHalfWidth(TimelineLayout.Item item, double countWidth) {
        return Math.max(item.x1 - item.x0, countWidth + 12) / 2;
    }

    /** Finds the cluster of the lane that holds the selected event, if one does, and where its marker goes. */
    private void findSelectedInCluster(TimelineFrame frame, TimelineLayout.LaneItems lane, double offset) {
        selectedCluster = null;
        HistoricalEvent selected = frame.selectedEvent();
        if (selected == null || selected.category() != lane.lane.category) {
            return;
        }
        for (int p = 0; p < lane.points.size(); p++) {
            TimelineLayout.Item item = lane.points.get(p);
            if (item.count() > 1 && contains(lane.lane, item, selected)) {
                selectedCluster = item;
                selectedX = (selected.startEpochDay() + selected.endEpochDayExclusive()) / 2.0 * layout.pxPerDay + offset;
                // The ring (3 px out, 2.5 wide) and a clear margin round it.
                selectedHalo = radius(selected, frame.palette().typeScale()) + 6;
                return;
            }
        }
    }

    private static boolean contains(TimelineLanes.Lane lane, TimelineLayout.Item item, HistoricalEvent event) {
        for (int i = item.first; i <= item.last; i++) {
            if (lane.events[i] == event) {
                return true;
            }
        }
        return false;
    }

    private void drawMarker(DrawingSurface s, Palette palette, HistoricalEvent event, double cx, double cy, boolean selected) {
        double r = radius(event, palette.typeScale());
        Rgba fill = palette.get(PaletteSlot.ACCENT);
        s.setFill(fill);
        if (event.date().precision() == DatePrecision.DAY) {
            s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        } else {
            // Hollow marker: the date is known only to the month or year.
            s.setFill(palette.get(PaletteSlot.BACKGROUND));
            s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            s.setStroke(fill, 2);
            s.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        if (selected) {
            s.setStroke(palette.get(PaletteSlot.SELECTION), 2.5);
            s.strokeOval(cx - r - 3, cy - r - 3, 2 * r + 6, 2 * r + 6);
        }
    }

    private void drawRange(DrawingSurface s, TimelineFrame frame, double top) {
        TimeWindow range = frame.selectedRange();
        if (range == null) {
            return;
        }
        double x0 = Math.max(plotLeft, xOf(range.start()));
        double x1 = Math.min(plotLeft + plotWidth, xOf(range.end()));
        if (x1 > x0) {
            s.setFill(colours.selectedRange());
            s.fillRect(x0, top, x1 - x0, overviewTop - top);
        }
    }

    private void drawPlayhead(DrawingSurface s, TimelineFrame frame, double top) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double x = playheadX(frame);
        if (x < plotLeft - 1 || x > plotLeft + plotWidth + 1) {
            return;
        }
        String label = playheadLabel(frame);
        s.setTextStyle(styles.of(13.5 * scale, true));
        double w = s.textWidth(label) + 14;
        double bx = Math.clamp(x - w / 2, plotLeft, plotLeft + plotWidth - w);
        double bh = AXIS_H * scale - 4;
        // A tick's label the date would cut is hidden whole: "Sep" left beside "1 September 1945"
        // reads as part of it. The axis's colour covers it (the playhead has its own canvas): its
        // panel over the background, opaque, as the translucent panel would let the label through.
        s.setFill(colours.axisCover());
        for (int i = 0; i < tickLabels; i++) {
            if (tickLabelRights[i] > bx && tickLabelLefts[i] < bx + w) {
                s.fillRect(tickLabelLefts[i] - 1, top + 1, tickLabelRights[i] - tickLabelLefts[i] + 2, bh);
            }
        }
        // Filled rectangles, not stroked lines: they cover the same pixels, and the software
        // rasteriser fills an upright rectangle without tracing its edges row by row.
        double line = palette.lineScale();
        findPlayheadGaps(s, frame, x, 2.5 * line);
        s.setFill(palette.get(PaletteSlot.HALO));
        fillPlayheadLine(s, x, 2.5 * line, top, overviewTop);
        s.setFill(palette.get(PaletteSlot.BORDER_DE_FACTO));
        fillPlayheadLine(s, x, 1.1 * line, top, overviewTop);
        s.setTextStyle(styles.of(13.5 * scale, true));
        s.fillRect(bx, top + 2, w, bh);
        s.setFill(palette.get(PaletteSlot.BACKGROUND));
        s.fillText(label, bx + w / 2, top + 2 + bh / 2, Align.CENTER, Baseline.MIDDLE);
    }

    /**
     * Puts in {@link #playheadGaps} what a line {@code reach} either side of {@code x} would cut:
     * the badges whose count it would cross, and the event names it would strike through
     * ("Japan and the U|nited States"). The playhead's line runs behind them, and the counts and
     * names stay whole. It still runs through the selected event's marker, whose count stands
     * beside it.
     */
    private void findPlayheadGaps(DrawingSurface s, TimelineFrame frame, double x, double reach) {
        playheadGaps.clear();
        int lanesCount = layout == null ? 0 : layout.lanes.size();
        double offset = layout == null ? 0 : plotLeft - window.start() * layout.pxPerDay;
        double badgeH = BADGE_H * frame.palette().typeScale();
        s.setTextStyle(badgeTextStyle(frame.palette()));
        for (int l = 0; l < lanesCount; l++) {
            if (crossesACount(s, frame, layout.lanes.get(l), x, reach, offset)) {
                double badgeTop = lanesTop + l * laneHeight + laneHeight * MARKER_ROW - badgeH / 2;
                playheadGaps.add(badgeTop, badgeTop + badgeH);
            }
        }
        for (int i = 0; i < drawnNames.count; i++) {
            if (drawnNames.lefts[i] < x + reach && drawnNames.rights[i] > x - reach) {
                playheadGaps.add(drawnNames.tops[i], drawnNames.bottoms[i]);
            }
        }
    }

    /** Fills the playhead's line, {@code halfWidth} either side of {@code x}, from {@code top} to {@code bottom}, but for its gaps. */
    private void fillPlayheadLine(DrawingSurface s, double x, double halfWidth, double top, double bottom) {
        double from = top;
        for (int g = 0; g < playheadGaps.count; g++) {
            if (playheadGaps.tops[g] > from) {
                s.fillRect(x - halfWidth, from, 2 * halfWidth, Math.min(playheadGaps.tops[g], bottom) - from);
            }
            from = Math.max(from, playheadGaps.bottoms[g]);
        }
        if (bottom > from) {
            s.fillRect(x - halfWidth, from, 2 * halfWidth, bottom - from);
        }
    }

    /** Whether a line {@code reach} either side of {@code x} would cross the count of one of the lane's badges. */
    private boolean crossesACount(DrawingSurface s, TimelineFrame frame, TimelineLayout.LaneItems lane, double x, double reach, double offset) {
        findSelectedInCluster(frame, lane, offset);
        // A count lies within its badge, or beside the selected event's marker: within a few
        // markers' widths of the cluster's events, which are sorted and do not overlap.
        double levelX = x - offset;
        double near = COUNT_SEARCH_PX * frame.palette().typeScale();
        for (int i = lane.firstPointAfter(levelX + near) - 1; i >= 0 && lane.points.get(i).x1 >= levelX - near; i--) {
            TimelineLayout.Item item = lane.points.get(i);
            if (item.count() > 1 && placeBadge(s, lane, i, offset, frame.palette().typeScale()) && Math.abs(x - countX) < s.textWidth(countLabel(item.count())) / 2 + 2 + reach) {
                return true;
            }
        }
        return false;
    }

    /**
     * The playhead stands in the middle of its day, as the markers of that day's events do: it
     * marks a whole day (the map shows the status on it), and at the start of the day it stood
     * half a day's width, some 20 px at a zoom of a few weeks, left of the selected event.
     */
    private double playheadX(TimelineFrame frame) {
        return xOf(frame.selectedDay() + 0.5);
    }

    /** The playhead date as precisely as the selection knows it: the event's own precision, or the day. */
    private static String playheadLabel(TimelineFrame frame) {
        HistoricalEvent event = frame.selectedEvent();
        if (event != null && event.date().lastEpochDay() == (long) frame.selectedDay()) {
            return event.date().toDisplayText();
        }
        return HistoricalDate.ofEpochDay((long) Math.floor(frame.selectedDay())).toDisplayText();
    }

    private void drawOverview(DrawingSurface s, TimelineFrame frame, double w) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double h = OVERVIEW_H * scale;
        overviewWindow = covered;
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(0, overviewTop, w, h);
        s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
        s.strokeLine(0, overviewTop, w, overviewTop);
        int columns = Math.max(1, (int) plotWidth);
        if (frame.events() != densityEvents || columns != density.length || !overviewWindow.equals(densityWindow)) {
            densityEvents = frame.events();
            densityWindow = overviewWindow;
            density = new int[columns];
            for (HistoricalEvent event : frame.events()) {
                int column = (int) overviewWindow.toX(event.startEpochDay(), columns);
                if (column >= 0 && column < columns) {
                    density[column]++;
                }
            }
        }
        int max = 1;
        for (int count : density) {
            max = Math.max(max, count);
        }
        // The histogram is one staircase polygon, not a bar per column: the software rasteriser
        // pays for the height of the edges it crosses, and neighbouring columns differ little.
        double base = overviewTop + h - 3;
        int points = 0;
        histogramXs = ensure(histogramXs, 2 * density.length + 2);
        histogramYs = ensure(histogramYs, 2 * density.length + 2);
        histogramXs[points] = plotLeft;
        histogramYs[points++] = base;
        for (int c = 0; c < density.length; c++) {
            double bar = density[c] == 0 ? 0 : Math.max(2, (h - 6) * Math.sqrt((double) density[c] / max));
            histogramXs[points] = plotLeft + c;
            histogramYs[points++] = base - bar;
            histogramXs[points] = plotLeft + c + 1;
            histogramYs[points++] = base - bar;
        }
        histogramXs[points] = plotLeft + density.length;
        histogramYs[points++] = base;
        s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
        s.fillPolygon(histogramXs, histogramYs, points);
        double x0 = plotLeft + overviewWindow.toX(window.start(), plotWidth);
        double x1 = plotLeft + overviewWindow.toX(window.end(), plotWidth);
        s.setFill(colours.overviewWindow());
        s.fillRect(Math.max(plotLeft, x0), overviewTop + 2, Math.max(3, Math.min(x1, plotLeft + plotWidth) - Math.max(plotLeft, x0)), h - 4);
        s.setStroke(palette.get(PaletteSlot.ACCENT), 1.5);
        s.strokeRect(Math.max(plotLeft, x0), overviewTop + 2, Math.max(3, Math.min(x1, plotLeft + plotWidth) - Math.max(plotLeft, x0)), h - 4);
        s.setTextStyle(styles.of(11 * scale, true));
        s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
        s.fillText("Overview", GUTTER_TEXT_X, overviewTop + h / 2, Align.LEFT, Baseline.MIDDLE);
    }


    /** What is under {@code (x, y)} in the last frame drawn. */
    public Hit hitTest(double x, double y) {
        if (lastFrame == null || layout == null || window == null) {
            return null;
        }
        double scale = lastFrame.palette().typeScale();
        // A click in the margins either side of the plot means the window's first or last day.
        double day = window.toDay(Math.clamp(x - plotLeft, 0, plotWidth), plotWidth);
        if (y >= overviewTop) {
            double overviewDay = overviewWindow == null ? day : overviewWindow.toDay(x - plotLeft, plotWidth);
            return new OverviewHit(overviewDay, window.contains(overviewDay));
        }
        if (x < gutter) {
            return null;
        }
        double playheadX = playheadX(lastFrame);
        double axisTop = lastFrame.title() == null ? 0 : 34 * scale;
        if (Math.abs(x - playheadX) <= 6 || (y < axisTop + AXIS_H * scale && Math.abs(x - playheadX) <= 40)) {
            return new PlayheadHit();
        }
        if (y < axisTop + AXIS_H * scale) {
            return new AxisHit(day);
        }
        if (y >= stripsTop && y < stripsTop + stripIslands.size() * stripRowH) {
            Island island = stripIslands.get((int) ((y - stripsTop) / stripRowH));
            for (IslandStatusIndex.Segment segment : lastFrame.statusIndex().segments(island.id())) {
                if (segment.startDay() <= day && day < segment.endDay()) {
                    return new StripHit(island, segment);
                }
            }
            return new PlotHit(day);
        }
        int laneIndex = (int) Math.floor((y - lanesTop) / laneHeight);
        if (y < lanesTop || laneIndex >= layout.lanes.size()) {
            return new PlotHit(day);
        }
        TimelineLayout.LaneItems lane = layout.lanes.get(laneIndex);
        double offset = plotLeft - window.start() * layout.pxPerDay;
        for (TimelineLayout.Item item : lane.points) {
            double x0 = item.x0 + offset - 3;
            double x1 = item.x1 + offset + 3;
            if (item.label != null) {
                x0 = item.labelLeft ? x0 - item.labelWidth - layout.labelGapPx : x0;
                x1 = item.labelLeft ? x1 : x1 + item.labelWidth + layout.labelGapPx;
            }
            if (x >= x0 && x <= x1) {
                return item.count() == 1 ? new EventHit(lane.lane.events[item.first])
                        : new ClusterHit(lane.lane.starts[item.first], lane.lane.ends[item.last], item.count());
            }
        }
        // Bars take the clicks above the markers' row; in a short lane their names are in that
        // row, clear of the markers' names, and take the clicks there too. Where bars overlap, the
        // one whose name is under the pointer wins, else the shortest: the longer one can still be
        // clicked beyond it.
        double barsReach = layout.labelsShareARow ? laneHeight : laneHeight * 0.45;
        if (y >= lanesTop + laneIndex * laneHeight + barsReach) {
            return new PlotHit(day);
        }
        TimelineLayout.Item hit = null;
        for (TimelineLayout.Item span : lane.spans) {
            if (x < span.x0 + offset || x > span.x1 + offset) {
                continue;
            }
            if (x >= span.nameDrawnAt && x <= span.nameDrawnAt + span.labelWidth) {
                hit = span;
                break;
            }
            if (hit == null || span.x1 - span.x0 < hit.x1 - hit.x0) {
                hit = span;
            }
        }
        return hit != null ? new EventHit(lane.lane.events[hit.first]) : new PlotHit(day);
    }

    /** Screen x of a day in the last frame. */
    public double xOfDay(double day) {
        return xOf(day);
    }

    /** Centre of the event's own marker in the last frame, or null when it is clustered or out of view. */
    public double[] markerCentre(HistoricalEvent event) {
        if (layout == null) {
            return null;
        }
        double offset = plotLeft - window.start() * layout.pxPerDay;
        for (int l = 0; l < layout.lanes.size(); l++) {
            TimelineLayout.LaneItems lane = layout.lanes.get(l);
            for (TimelineLayout.Item item : lane.points) {
                if (item.count() == 1 && lane.lane.events[item.first] == event) {
                    return new double[] {item.centre() + offset, lanesTop + l * laneHeight + laneHeight * MARKER_ROW};
                }
            }
        }
        return null;
    }

    /** The unit the last frame's axis and grid were drawn in. */
    public TickScale.Unit tickUnit() {
        return tickUnit;
    }

    /** The tick labels the last frame's axis drew, left to right: those the right edge would cut, the last, are not. */
    public List<String> tickLabels() {
        return ticks.subList(0, tickLabels).stream().map(TickScale.Tick::label).toList();
    }

    /** Bottom of the last lane in the last frame. */
    public double lanesBottom() {
        return lanesTop + lanes.lanes.size() * laneHeight;
    }

    /** Top of the overview strip in the last frame; the frame's height where it has none. */
    public double overviewTop() {
        return overviewTop;
    }

    /** The type scale the last frame was drawn at, once fitted to its height. */
    public double typeScale() {
        return lastFrame == null ? 1 : lastFrame.palette().typeScale();
    }

    /** Left edge of the plot in the last frame, for mapping pointer x to days. */
    public double plotLeft() {
        return plotLeft;
    }

    public double plotWidth() {
        return plotWidth;
    }

    /** Days of the dataset's full overview, for dragging in the overview strip. */
    public TimeWindow overview() {
        return overviewWindow;
    }

    /** Disjoint runs of overlapping bars, in order across the plot, as start and end pairs. */
    private static final class SpanRuns {
        private double[] bounds = new double[64];
        private int count;

        void clear() {
            count = 0;
        }

        /** Adds a bar that starts at or after every bar added before it. */
        void add(double x0, double x1) {
            if (count > 0 && x0 <= end(count - 1)) {
                bounds[2 * count - 1] = Math.max(end(count - 1), x1);
                return;
            }
            bounds = ensure(bounds, 2 * count + 2);
            bounds[2 * count] = x0;
            bounds[2 * count + 1] = x1;
            count++;
        }

        double start(int run) {
            return bounds[2 * run];
        }

        double end(int run) {
            return bounds[2 * run + 1];
        }

        void fill(DrawingSurface s, Rgba colour, double y, double height) {
            s.setFill(colour);
            for (int r = 0; r < count; r++) {
                s.fillRect(start(r), y, end(r) - start(r), height);
            }
        }
    }

    /**
     * The event names a frame draws, each with the box it stands on (its width by its line, or
     * less where a bar or the lane's end is nearer), kept for the playhead to stop at. A lane's
     * names are collected, then drawn together: their knock-out boxes, then their text.
     */
    private static final class DrawnNames {
        private String[] texts = new String[64];
        private double[] ys = new double[64];
        private double[] lefts = new double[64];
        private double[] rights = new double[64];
        private double[] tops = new double[64];
        private double[] bottoms = new double[64];
        private boolean[] rightAligned = new boolean[64];
        private boolean[] knockedOut = new boolean[64];
        private int count;

        void clear() {
            count = 0;
        }

        /**
         * Adds a name drawn at {@code x}, {@code y} (its middle) with that alignment, {@code width}
         * wide, on a box from {@code top} to {@code bottom}; {@code knockOut}: the box is filled
         * first, in the colour under the name.
         */
        void add(String text, double x, double y, Align align, double width, double top, double bottom, boolean knockOut) {
            if (count == texts.length) {
                int size = count * 2;
                texts = Arrays.copyOf(texts, size);
                ys = Arrays.copyOf(ys, size);
                lefts = Arrays.copyOf(lefts, size);
                rights = Arrays.copyOf(rights, size);
                tops = Arrays.copyOf(tops, size);
                bottoms = Arrays.copyOf(bottoms, size);
                rightAligned = Arrays.copyOf(rightAligned, size);
                knockedOut = Arrays.copyOf(knockedOut, size);
            }
            boolean right = align == Align.RIGHT;
            texts[count] = text;
            ys[count] = y;
            lefts[count] = right ? x - width : x;
            rights[count] = right ? x : x + width;
            tops[count] = top;
            bottoms[count] = bottom;
            rightAligned[count] = right;
            knockedOut[count] = knockOut;
            count++;
        }

        /**
         * Draws the names added since {@code first}: the knock-out boxes in {@code ground}, then the
         * text in {@code ink} at {@code alpha}. On its box of the lane's colour a name is not struck
         * through by the grid's lines ("Japan and the U|nited States"). A box rather than a halo:
         * one upright rectangle, which the software rasteriser fills without tracing its edges
         * (decision 0011), against the eight extra copies of the text a halo takes on a canvas.
         */
        void draw(DrawingSurface s, int first, Rgba ground, Rgba ink, double alpha) {
            // Opaque even for a dimmed name: a translucent box would let the grid's line through.
            s.setGlobalAlpha(1);
            s.setFill(ground);
            for (int i = first; i < count; i++) {
                if (knockedOut[i]) {
                    s.fillRect(lefts[i], tops[i], rights[i] - lefts[i], bottoms[i] - tops[i]);
                }
            }
            s.setGlobalAlpha(alpha);
            s.setFill(ink);
            for (int i = first; i < count; i++) {
                s.fillText(texts[i], rightAligned[i] ? rights[i] : lefts[i], ys[i], rightAligned[i] ? Align.RIGHT : Align.LEFT, Baseline.MIDDLE);
            }
        }
    }

    /** Stretches of the playhead's line left out, sorted by their top; they may overlap. */
    private static final class PlayheadGaps {
        private double[] tops = new double[16];
        private double[] bottoms = new double[16];
        private int count;

        void clear() {
            count = 0;
        }

        void add(double top, double bottom) {
            if (count == tops.length) {
                tops = Arrays.copyOf(tops, count * 2);
                bottoms = Arrays.copyOf(bottoms, count * 2);
            }
            int at = count;
            while (at > 0 && tops[at - 1] > top) {
                tops[at] = tops[at - 1];
                bottoms[at] = bottoms[at - 1];
                at--;
            }
            tops[at] = top;
            bottoms[at] = bottom;
            count++;
        }
    }
}
