package org.fourislands.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.Geodesy;
import org.fourislands.core.geo.Graticule;
import org.fourislands.core.geo.LandBeyond;
import org.fourislands.core.geo.LandPolygon;
import org.fourislands.core.geo.LevelOfDetail;
import org.fourislands.core.geo.RingSet;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.Border;
import org.fourislands.core.model.BorderKind;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.GeoPoint;
import org.fourislands.core.model.Island;
import org.fourislands.core.status.IslandStatus;
import org.fourislands.render.Contrast;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.Picture;
import org.fourislands.render.Rgba;
import org.fourislands.render.ShownNames;
import org.fourislands.render.TextStyles;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.ItemVisitor;

/**
 * Draws the map: sea, land filled by who administered it on the date, hatching where another
 * party claims it, borders in force, graticule, island and place names, the distance tool, and
 * the furniture (title, legend, scale bar, locator inset). The same code draws the screen and
 * every export. Culls with the base map's STRtree, picks the level of detail for the scale,
 * and projects into reused arrays, so a frame allocates almost nothing: its loops index their
 * lists, since an iterator a loop was most of what was left. Not thread-safe: one renderer per
 * view or export.
 */
public final class MapRenderer {

    private static final double MIN_POLYGON_PX = 0.6;
    /**
     * The width of the stroke, in its own fill, round land beyond the coastlines' box: wide enough
     * to cover the coast stroke (at most 1 px) along the box's edge and the hairline seam that
     * anti-aliasing leaves between two fills meeting there.
     */
    private static final double BEYOND_SEAM_PX = 2.5;
    /** The distance tool's crosshair: each arm's reach from the centre, and the gap left open round it, px. */
    private static final double CROSSHAIR_ARM_PX = 14;
    private static final double CROSSHAIR_GAP_PX = 4;
    /** The share of the map's width the legend's box may take before its entries wrap: a laptop's small map keeps its islands in view. */
    static final double LEGEND_MAX_WIDTH = 0.5;
    /**
     * The legend's box may take this share of the map's height before its type shrinks. At 0.27 a
     * five-entry legend on a 1280×720 window's map shrank to 7 px type, unreadable; the map's
     * fits leave the same share free (MapView), so that the legend never covers the islands.
     */
    static final double LEGEND_MAX_HEIGHT = 0.36;
    /** The gap between the legend's box and the map's right and bottom edges, px. */
    static final double LEGEND_EDGE_GAP_PX = 12;
    private static final double GROUP_GAP_PX = 128;
    private static final double GRATICULE_MIN_SPACING_PX = 240;
    private static final double GRATICULE_LINES_ACROSS = 5;
    private static final double METRES_PER_DEGREE = 111_000;
    private static final double GRATICULE_POINT_SPACING_PX = 40;
    private static final double LOCATOR_POINT_SPACING_PX = 1.5;
    /** Degrees between graticule lines tried before the largest, 5. */
    private static final int[] GRATICULE_STEPS = {1, 2};
    /** The scale bar's lengths within each power of ten, longest first. */
    private static final double[] SCALE_BAR_STEPS = {5, 2, 1};
    /** Borders are drawn thinner at scales coarser than this, metres a pixel (the whole region). */
    private static final double THIN_BORDERS_ABOVE_M_PER_PX = 1000;
    /** The longest the scale bar may be at type scale 1, px. */
    private static final double SCALE_BAR_MAX_PX = 140;
    /** The de facto line's dashes, px on and off; a constant, so that a frame does not allocate them. */
    private static final double[] DE_FACTO_DASHES = {9, 6};

    private final ShownNames shownNames = new ShownNames();
    private final TextStyles styles = new TextStyles();
    /** One point projected from longitude and latitude: a place, a border's vertex, a name's anchor. */
    private final double[] projected = new double[2];
    private double[] xs = new double[1024];
    private double[] ys = new double[1024];
    private double[] runXs = new double[1024];
    private double[] runYs = new double[1024];
    private final List<LandPolygon> visible = new ArrayList<>();
    private final Envelope visibleBox = new Envelope();
    private final ItemVisitor collectVisible = item -> visible.add((LandPolygon) item);
    private final MapLabels labels = new MapLabels();
    private final IslandNames islandNames = new IslandNames(labels, styles, shownNames);
    private final PlaceNames placeNames = new PlaceNames(labels, styles, shownNames);
    /** Border names, placed after the island names; degree names, placed after every other name. */
    private final PendingLabels borderLabels = new PendingLabels();
    private final PendingLabels graticuleLabels = new PendingLabels();
    /** The locator as last drawn; its outline made again when the locator or its box changes. */
    private LocatorPicture locatorPicture;
    /** This frame's legend entries, worked out before the names are placed. */
    private List<StatusLegend.Entry> frameLegend = List.of();
    /** Where this frame's legend box goes, laid out once before the names are placed. */
    private StatusLegend.Box frameLegendBox;
    private List<StatusLegend.Entry> drawnLegend;
    /** The legend box as last drawn, kept while it shows the same. */
    private LegendPicture legendPicture;
    private final StatusLegend legend = new StatusLegend();
    /** The statuses of the land in view, this frame and when the legend's entries were last worked out. */
    private final List<IslandStatus> legendStatuses = new ArrayList<>();
    private final List<IslandStatus> legendStatusesBefore = new ArrayList<>();
    private Dataset legendDataset;
    private long legendDay;
    /** Whether this frame draws a treaty border or the de facto line in view, and whether the legend's entries last did. */
    private boolean treatyBorderInView;
    private boolean deFactoLineInView;
    private boolean legendTreatyBorder;
    private boolean legendDeFactoLine;
    private List<StatusLegend.Entry> entriesBefore;
    private Rgba[] fills = new Rgba[64];
    private boolean[] contested = new boolean[64];
    private double[] lefts = new double[64];
    private double[] rights = new double[64];
    private long[] byLeftEdge = new long[64];
    private double extentLeft;
    private double extentRight;
    private final List<Rgba> fillColours = new ArrayList<>();
    private final List<Rgba> outlinedColours = new ArrayList<>();
    /** Whether each fill is outlined against the sea, worked out once per palette: contrast takes a few colours to compute. */
    private final Map<Rgba, Boolean> outlinedFills = new HashMap<>();
    private Palette outlinesWorkedOutFor;
    /** The furniture's panels as left, top, right, bottom: filled again each frame, never made anew. */
    private final double[] titleBox = new double[4];
    private final double[] scaleBarBox = new double[4];
    private final double[] locatorBox = new double[4];
    /** The scale bar's label and the length it gives, written out again only when the length changes. */
    private double scaleLabelKm = Double.NaN;
    private String scaleLabel;

    private final boolean cullAndSimplify;
    private Dataset indexedDataset;
    private Map<String, Island> islandsById = Map.of();
    public MapRenderer() {
        this(true);
    }

    private MapRenderer(boolean cullAndSimplify) {
        this.cullAndSimplify = cullAndSimplify;
    }

    /**
     * The benchmark's baseline: the same drawing, but every polygon at full detail, with no
     * culling (neither to the view nor by size) and no level of detail. Never used by the app.
     */
    public static MapRenderer withoutCullingOrLevelOfDetail() {
        return new MapRenderer(false);
    }

    /** Draws one frame of the map onto {@code surface}. */
    public void render(DrawingSurface surface, MapFrame frame) {
        drawnLegend = null;
        Palette palette = frame.palette();
        surface.usePalette(palette);
        double w = surface.width();
        double h = surface.height();
        surface.setFill(palette.get(PaletteSlot.SEA));
        surface.fillRect(0, 0, w, h);
        BaseMap map = frame.baseMap();
        if (map == null) {
            surface.setFill(palette.get(PaletteSlot.TEXT_MUTED));
            surface.setTextStyle(styles.of(14 * palette.typeScale(), false));
            surface.fillText("Loading coastlines…", w / 2, h / 2, Align.CENTER, Baseline.MIDDLE);
            return;
        }
        if (frame.dataset() != indexedDataset) {
            indexedDataset = frame.dataset();
            islandsById = frame.dataset() == null ? Map.of() : frame.dataset().islandsById();
        }
        shownNames.use(frame.naming(), frame.script(), frame.names());
        labels.startFrame(w, h);
        borderLabels.clear();
        graticuleLabels.clear();
        MapViewport view = frame.viewport();
        drawLand(surface, frame, map, view, w, h);
        drawGraticule(surface, frame, view, w, h);
        drawBorders(surface, frame, view, w, h);
        // Names go where the furniture will not cover them, most important first: islands,
        // borders, places, then the graticule's degrees.
        reserveFurniture(surface, frame, view, w, h);
        islandNames.draw(surface, frame, map, view, w, h);
        drawBorderLabels(surface, frame.palette());
        placeNames.draw(surface, frame, map, view, w, h);
        drawGraticuleLabels(surface, frame.palette());
        drawMeasurement(surface, frame, map, view, w, h);
        if (frame.showFurniture()) {
            drawTitle(surface, frame);
            drawScaleBar(surface, frame, view, h);
            drawLocator(surface, frame, view, w, h);
        }
        if (frame.showLegend()) {
            drawLegend(surface, frame);
        }
    }

    /** The status colour of a land polygon on the frame's date; plain land outside the dataset's units. */
    public static Rgba fillFor(IslandStatus status, Palette palette) {
        Actor administrator = status == null ? null : status.administrator();
        return administrator == null ? palette.get(PaletteSlot.LAND) : palette.get(PaletteSlot.forRole(administrator.colourRole()));
    }

    private IslandStatus statusOf(String islandId, MapFrame frame) {
        if (islandId == null || frame.statusIndex() == null || !islandsById.containsKey(islandId)) {
            return null;
        }
        return frame.statusIndex().statusOn(islandId, frame.epochDay());
    }

    private void drawLand(DrawingSurface s, MapFrame frame, BaseMap map, MapViewport view, double w, double h) {
        Palette palette = frame.palette();
        LevelOfDetail level = cullAndSimplify ? map.levelFor(view.metresPerPixel()) : map.levels().getFirst();
        visible.clear();
        if (cullAndSimplify) {
            map.query(view.visibleEnvelope(w, h, visibleBox), collectVisible);
        } else {
            visible.addAll(map.polygons());
        }
        int count = visible.size();
        if (fills.length < count) {
            int size = Math.max(count, fills.length * 2);
            fills = new Rgba[size];
            contested = new boolean[size];
            lefts = new double[size];
            rights = new double[size];
            byLeftEdge = new long[size];
        }
        fillColours.clear();
        for (int i = 0; i < count; i++) {
            LandPolygon polygon = visible.get(i);
            IslandStatus status = statusOf(polygon.islandId(), frame);
            int n = project(level.rings().get(polygon.index()).exterior(), view, w, h);
            // Land under a pixel across is not drawn: culling by size, which the naive baseline skips too.
            boolean big = screenExtent(n) >= MIN_POLYGON_PX || !cullAndSimplify;
            fills[i] = big ? fillFor(status, palette) : null;
            contested[i] = big && status != null && status.isContested();
            if (big && !fillColours.contains(fills[i])) {
                fillColours.add(fills[i]);
            }
            lefts[i] = extentLeft;
            rights[i] = extentRight;
            // Sort key: the left edge in quarter pixels above the index, so one primitive sort orders them.
            byLeftEdge[i] = (long) ((Math.clamp(extentLeft, -1e6, 1e6) + 1e6) * 4) << 24 | i;
        }
        Arrays.sort(byLeftEdge, 0, count);
        // Per colour, plain land and hatched land, each polygon with its lakes: rings are oriented
        // so that non-zero winding leaves the lakes open (BaseMap), so no pixel is painted twice.
        for (int i = 0; i < fillColours.size(); i++) {
            paintLand(s, palette, level, view, w, h, LandPaint.FILL, fillColours.get(i));
            paintLand(s, palette, level, view, w, h, LandPaint.HATCH, fillColours.get(i));
        }
        outlinedColours.clear();
        for (int i = 0; i < fillColours.size(); i++) {
            Rgba colour = fillColours.get(i);
            if (isOutlined(colour, palette)) {
                outlinedColours.add(colour);
            }
        }
        if (!outlinedColours.isEmpty()) {
            paintLand(s, palette, level, view, w, h, LandPaint.COAST, null);
        }
        drawLandBeyond(s, frame, view, w, h);
        outlineIsland(s, frame, level, view, w, h, frame.hoverIslandId(), palette.get(PaletteSlot.HOVER), 3.0);
        outlineIsland(s, frame, level, view, w, h, frame.selectedIslandId(), palette.get(PaletteSlot.SELECTION), 2.5);
    }

    /** The coast's width, px: finer over the whole region, where the coast is crowded. */
    private static double coastWidth(MapViewport view) {
        return view.metresPerPixel() < 200 ? 1.0 : 0.6;
    }

    /** Whether land of this fill has its coast stroked: worked out once per palette and colour. */
    private boolean isOutlined(Rgba fill, Palette palette) {
        if (palette != outlinesWorkedOutFor) {
            outlinesWorkedOutFor = palette;
            outlinedFills.clear();
        }
        Boolean outlined = outlinedFills.get(fill);
        if (outlined == null) {
            outlined = outlinesCoast(fill, palette.get(PaletteSlot.SEA));
            outlinedFills.put(fill, outlined);
        }
        return outlined;
    }

    /**
     * The land beyond the coastlines' box, in its unit's colour (plain land outside the units),
     * after the coastlines' own coast, so that each piece's seams, stroked in its fill, cover the
     * coast stroked along the box's edge, where the coastlines' land was cut and the land goes on.
     * Its shores are stroked as the coastlines' are, where its fill needs them.
     */
    private void drawLandBeyond(DrawingSurface s, MapFrame frame, MapViewport view, double w, double h) {
        LandBeyond beyond = frame.landBeyond();
        if (beyond == null) {
            return;
        }
        Palette palette = frame.palette();
        for (int p = 0; p < beyond.pieces().size(); p++) {
            LandBeyond.Piece piece = beyond.pieces().get(p);
            if (cullAndSimplify && !reachesView(piece.bounds(), view, w, h)) {
                continue;
            }
            IslandStatus status = statusOf(piece.islandId(), frame);
            Rgba fill = fillFor(status, palette);
            // Hatched land's seams are hatched too, so that the hatching runs on across the cut.
            Rgba hatch = status != null && status.isContested() ? palette.get(PaletteSlot.HATCH) : null;
            s.beginPath();
            addPolygon(s, piece.rings(), view, w, h);
            if (hatch != null) {
                s.fillHatchedPath(fill, hatch);
            } else {
                s.setFill(fill);
                s.fillPath();
            }
            if (isOutlined(fill, palette)) {
                strokeLines(s, piece.shores(), view, w, h, palette.get(PaletteSlot.COASTLINE), coastWidth(view), null);
            }
            strokeLines(s, piece.seams(), view, w, h, fill, BEYOND_SEAM_PX, hatch);
        }
    }

    /**
     * Strokes the lines that reach the view (every line for the naive baseline), in one path:
     * in {@code colour}, or, given a {@code hatch} colour, in {@code colour} hatched.
     */
    private void strokeLines(DrawingSurface s, List<LandBeyond.Line> lines, MapViewport view, double w, double h, Rgba colour,
            double width, Rgba hatch) {
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            LandBeyond.Line line = lines.get(i);
            if (cullAndSimplify && !reachesView(line.bounds(), view, w, h)) {
                continue;
            }
            if (!open) {
                s.beginPath();
                open = true;
            }
            int n = project(line.points(), view, w, h);
            s.addPolyline(xs, ys, n);
        }
        if (open) {
            s.setStroke(colour, width);
            if (hatch != null) {
                s.strokeHatchedPath(colour, hatch);
            } else {
                s.strokePath();
            }
        }
    }

    /** True if a projected box overlaps the view. */
    private static boolean reachesView(Envelope bounds, MapViewport view, double w, double h) {
        return bounds.getMaxX() >= view.toMapX(0, w) && bounds.getMinX() <= view.toMapX(w, w)
                && bounds.getMaxY() >= view.toMapY(h, h) && bounds.getMinY() <= view.toMapY(0, h);
    }

    /** The three ways land is painted, each in its own calls. */
    private enum LandPaint { FILL, HATCH, COAST }

    /**
     * Paints the visible polygons that {@code paint} takes in {@code colour} (every outlined
     * colour for the coast), grouped by where they lie across the screen: one call per run of
     * polygons whose left edges come within {@value #GROUP_GAP_PX} px of the run's right edge. The
     * software rasteriser paints each row of a call from its leftmost to its rightmost edge, so
     * Sakhalin and the Kurils in one call would paint (and, hatched, texture) all the sea between.
     */
    private void paintLand(DrawingSurface s, Palette palette, LevelOfDetail level, MapViewport view, double w, double h,
            LandPaint paint, Rgba colour) {
        boolean open = false;
        double groupRight = 0;
        for (int k = 0; k < visible.size(); k++) {
            int i = (int) (byLeftEdge[k] & 0xFFFFFF);
            if (!paints(paint, colour, i)) {
                continue;
            }
            if (open && lefts[i] > groupRight + GROUP_GAP_PX) {
                finishLand(s, palette, view, paint, colour);
                open = false;
            }
            if (!open) {
                s.beginPath();
                open = true;
                groupRight = rights[i];
            }
            groupRight = Math.max(groupRight, rights[i]);
            addPolygon(s, level.rings().get(visible.get(i).index()), view, w, h);
        }
        if (open) {
            finishLand(s, palette, view, paint, colour);
        }
    }

    private boolean paints(LandPaint paint, Rgba colour, int i) {
        return switch (paint) {
            case FILL -> !contested[i] && colour.equals(fills[i]);
            case HATCH -> contested[i] && colour.equals(fills[i]);
            case COAST -> fills[i] != null && outlinedColours.contains(fills[i]);
        };
    }

    private static void finishLand(DrawingSurface s, Palette palette, MapViewport view, LandPaint paint, Rgba colour) {
        switch (paint) {
            case FILL -> {
                s.setFill(colour);
                s.fillPath();
            }
            case HATCH -> s.fillHatchedPath(colour, palette.get(PaletteSlot.HATCH));
            case COAST -> {
                s.setStroke(palette.get(PaletteSlot.COASTLINE), coastWidth(view));
                s.strokePath();
            }
        }
    }

    /** Adds a polygon's exterior and its lakes to the current path. */
    private void addPolygon(DrawingSurface s, RingSet rings, MapViewport view, double w, double h) {
        int points = project(rings.exterior(), view, w, h);
        s.addRing(xs, ys, points);
        for (double[] hole : rings.holes()) {
            int holePoints = project(hole, view, w, h);
            s.addRing(xs, ys, holePoints);
        }
    }

    private void outlineIsland(DrawingSurface s, MapFrame frame, LevelOfDetail level, MapViewport view, double w, double h,
            String islandId, Rgba colour, double width) {
        if (islandId == null) {
            return;
        }
        Island island = islandsById.get(islandId);
        s.setStroke(colour, width);
        for (LandPolygon polygon : visible) {
            if (polygon.islandId() != null && (polygon.islandId().equals(islandId) || isPartOf(polygon.islandId(), island))) {
                int n = project(level.rings().get(polygon.index()).exterior(), view, w, h);
                s.strokePolygon(xs, ys, n);
            }
        }
    }

    /** True when the polygon's unit is an islet of the outlined group (outlining Habomai outlines every islet). */
    private boolean isPartOf(String polygonIslandId, Island group) {
        Island unit = islandsById.get(polygonIslandId);
        return group != null && unit != null && group.id().equals(unit.partOf());
    }

    private void drawGraticule(DrawingSurface s, MapFrame frame, MapViewport view, double w, double h) {
        Graticule graticule = frame.graticule();
        if (graticule == null) {
            return;
        }
        Palette palette = frame.palette();
        int every = graticuleInterval(view.metresPerPixel(), w, h);
        // Each stretch of a line that crosses the view is one thin line (at close zoom a degree
        // line runs kilometres of pixels off screen), thinned: the lines are sampled every 0.05°
        // for the closest zoom, which at small scales made thousands of 3-pixel segments. Lines
        // whose box misses the view are not projected at all: close up, that is all but one or
        // two of them. A canvas draws each as bands, not a stroke (LineBands): a stroked
        // graticule was a fifth to a quarter of every frame.
        s.setStroke(palette.get(PaletteSlot.GRATICULE), 0.8);
        for (int l = 0; l < graticule.lines().size(); l++) {
            Graticule.Line line = graticule.lines().get(l);
            Envelope bounds = line.bounds();
            if (line.degrees() % every != 0 || !reachesView(bounds, view, w, h)) {
                continue;
            }
            int n = project(line.points(), view, w, h);
            int runStart = -1;
            for (int i = 1; i <= n; i++) {
                boolean crosses = i < n && Math.max(xs[i - 1], xs[i]) >= 0 && Math.min(xs[i - 1], xs[i]) <= w
                        && Math.max(ys[i - 1], ys[i]) >= 0 && Math.min(ys[i - 1], ys[i]) <= h;
                if (crosses && runStart < 0) {
                    runStart = i - 1;
                } else if (!crosses && runStart >= 0) {
                    int kept = thin(runStart, i, GRATICULE_POINT_SPACING_PX);
                    s.strokeThinLine(runXs, runYs, kept, w, h);
                    runStart = -1;
                }
            }
            labelGraticuleLine(line, n, w, h);
        }
    }

    /** Labels a projected graticule line where it leaves the view: meridians at the bottom edge, parallels at the left. */
    private void labelGraticuleLine(Graticule.Line line, int n, double w, double h) {
        for (int i = 1; i < n; i++) {
            if (line.meridian() && (ys[i - 1] - (h - 4)) * (ys[i] - (h - 4)) <= 0 && xs[i] > 40 && xs[i] < w - 40) {
                graticuleLabels.add(line.label(), xs[i], h - 6, Align.CENTER, PaletteSlot.TEXT_MUTED);
                return;
            }
            if (!line.meridian() && (xs[i - 1] - 4) * (xs[i] - 4) <= 0 && ys[i] > 60 && ys[i] < h - 40) {
                graticuleLabels.add(line.label(), 6, ys[i], Align.LEFT, PaletteSlot.TEXT_MUTED);
                return;
            }
        }
    }

    /**
     * Degrees between graticule lines: 1, 2 or 5, the first that leaves at least a fifth of the
     * view's longer side between lines, and never under {@value #GRATICULE_MIN_SPACING_PX} px:
     * about four lines across, enough to read positions by, on a laptop or a projector alike.
     * More are clutter, and each full-height meridian costs the software rasteriser 0.25 ms.
     */
    public static int graticuleInterval(double metresPerPixel, double viewWidth, double viewHeight) {
        double minSpacing = Math.max(GRATICULE_MIN_SPACING_PX, Math.max(viewWidth, viewHeight) / GRATICULE_LINES_ACROSS);
        double degreePx = METRES_PER_DEGREE / metresPerPixel;
        for (int every : GRATICULE_STEPS) {
            if (every * degreePx >= minSpacing) {
                return every;
            }
        }
        return 5;
    }

    /**
     * True when land of colour {@code fill} gets a coastline: when the fill alone falls short of
     * the 3:1 contrast WCAG asks of graphics against the sea (plain land in pale themes). Status
     * colours stand out on their own, and outlining them cost a third of a frame.
     */
    public static boolean outlinesCoast(Rgba fill, Rgba sea) {
        return !Contrast.passes(fill, sea, Contrast.LARGE_TEXT_OR_GRAPHICS);
    }

    /**
     * Copies projected points {@code from..to-1} into {@code runXs}/{@code runYs}, keeping a point
     * only when it lies {@code spacing} px or more from the last one kept, and always the first
     * and the last. Returns how many were kept. The graticule's lines curve so gently that the
     * chords stray from them by well under 0.1 px; the locator is a sketch 150 px wide.
     */
    private int thin(int from, int to, double spacing) {
        if (runXs.length < xs.length) {
            runXs = new double[xs.length];
            runYs = new double[xs.length];
        }
        runXs[0] = xs[from];
        runYs[0] = ys[from];
        int kept = 1;
        double spacingSquared = spacing * spacing;
        for (int i = from + 1; i < to - 1; i++) {
            double dx = xs[i] - runXs[kept - 1];
            double dy = ys[i] - runYs[kept - 1];
            // Squared, not Math.hypot: hypot guards against overflow at a cost paid per point, every frame.
            if (dx * dx + dy * dy >= spacingSquared) {
                runXs[kept] = xs[i];
                runYs[kept] = ys[i];
                kept++;
            }
        }
        if (to - 1 > from) {
            runXs[kept] = xs[to - 1];
            runYs[kept] = ys[to - 1];
            kept++;
        }
        return kept;
    }

    private void drawBorders(DrawingSurface s, MapFrame frame, MapViewport view, double w, double h) {
        treatyBorderInView = false;
        deFactoLineInView = false;
        if (frame.dataset() == null) {
            return;
        }
        Palette palette = frame.palette();
        for (int b = 0; b < frame.dataset().borders().size(); b++) {
            Border border = frame.dataset().borders().get(b);
            if (!inForce(border, frame.epochDay())) {
                continue;
            }
            boolean deFacto = border.kind() == BorderKind.DE_FACTO;
            Rgba colour = palette.get(deFacto ? PaletteSlot.BORDER_DE_FACTO : PaletteSlot.BORDER_TREATY);
            double labelX = Double.NaN;
            double labelY = Double.NaN;
            double longest = -1;
            // Thinner over the whole region, where the islands the lines run between are a few
            // pixels wide and a full line's halo hid half of Kunashir.
            double weight = view.metresPerPixel() > THIN_BORDERS_ABOVE_M_PER_PX ? 0.6 : 1;
            for (int l = 0; l < border.lines().size(); l++) {
                List<GeoPoint> line = border.lines().get(l);
                int n = projectPoints(line, frame.baseMap(), view, w, h);
                s.setStroke(palette.get(PaletteSlot.HALO), 5.5 * weight);
                s.strokePolyline(xs, ys, n);
                if (deFacto) {
                    s.setStroke(colour, 2.8 * weight, DE_FACTO_DASHES);
                } else {
                    s.setStroke(colour, 2.8 * weight);
                }
                s.strokePolyline(xs, ys, n);
                if (crossesView(n, w, h)) {
                    treatyBorderInView |= !deFacto;
                    deFactoLineInView |= deFacto;
                }
                for (int i = 1; i < n; i++) {
                    double length = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
                    if (length > longest) {
                        longest = length;
                        labelX = (xs[i] + xs[i - 1]) / 2;
                        labelY = (ys[i] + ys[i - 1]) / 2;
                    }
                }
            }
            if (!Double.isNaN(labelX) && labelX > 0 && labelX < w && labelY > 0 && labelY < h) {
                String label = shownNames.render(border.label());
                // At the segment's middle; the side of the line is chosen when it is placed (drawBorderLabels).
                borderLabels.add(label, labelX, labelY, Align.CENTER, deFacto ? PaletteSlot.BORDER_DE_FACTO : PaletteSlot.BORDER_TREATY);
            }
        }
    }

    /** Each degree's name where its line leaves the view, bottom-aligned. */
    private void drawGraticuleLabels(DrawingSurface s, Palette palette) {
        s.setTextStyle(styles.of(11 * palette.typeScale(), false));
        for (int i = 0; i < graticuleLabels.size(); i++) {
            labels.place(s, palette, graticuleLabels.text(i), graticuleLabels.x(i), graticuleLabels.y(i), graticuleLabels.align(i), Baseline.BOTTOM,
                    graticuleLabels.colour(i));
        }
    }

    /**
     * Marks where the title, the scale bar, the locator and the legend will be drawn, so that no
     * name is placed under them; the legend's entries are worked out here, once.
     */
    private void reserveFurniture(DrawingSurface s, MapFrame frame, MapViewport view, double w, double h) {
        frameLegend = frame.showLegend() ? legendEntries(frame) : List.of();
        if (frame.showFurniture()) {
            double[] title = titleBox(s, frame);
            if (title != null) {
                labels.reserve(title[0], title[1], title[2], title[3]);
            }
            double[] scaleBar = scaleBarBox(frame, view, h);
            labels.reserve(scaleBar[0], scaleBar[1], scaleBar[2], scaleBar[3]);
            double[] locator = locatorBox(frame, w);
            if (locator != null) {
                labels.reserve(locator[0], locator[1], locator[2], locator[3]);
            }
        }
        if (!frameLegend.isEmpty()) {
            frameLegendBox = legend.box(s, frame.palette(), frameLegend, w - LEGEND_EDGE_GAP_PX, h - LEGEND_EDGE_GAP_PX, w * LEGEND_MAX_WIDTH, h * LEGEND_MAX_HEIGHT);
            labels.reserve(frameLegendBox.left(), frameLegendBox.top(), frameLegendBox.left() + frameLegendBox.width(),
                    frameLegendBox.top() + frameLegendBox.height());
        }
    }

    /**
     * Border names go after the island names, which matter more: each, found at the middle of
     * its line's longest segment, takes the right of its line, or the left when the right is taken.
     */
    private void drawBorderLabels(DrawingSurface s, Palette palette) {
        s.setTextStyle(styles.of(12 * palette.typeScale(), true));
        for (int i = 0; i < borderLabels.size(); i++) {
            String text = borderLabels.text(i);
            PaletteSlot colour = borderLabels.colour(i);
            if (!labels.place(s, palette, text, borderLabels.x(i) + 8, borderLabels.y(i), Align.LEFT, colour)) {
                labels.place(s, palette, text, borderLabels.x(i) - 8, borderLabels.y(i), Align.RIGHT, colour);
            }
        }
    }

    /** Whether any segment of the {@code n} projected points in xs, ys comes into the view's box: the legend keys only lines a reader can see. */
    private boolean crossesView(int n, double w, double h) {
        for (int i = 1; i < n; i++) {
            if (Math.max(xs[i], xs[i - 1]) >= 0 && Math.min(xs[i], xs[i - 1]) <= w && Math.max(ys[i], ys[i - 1]) >= 0 && Math.min(ys[i], ys[i - 1]) <= h) {
                return true;
            }
        }
        return false;
    }

    /**
     * The border in force on the frame's date whose line passes within {@code tolerance} px of
     * ({@code x}, {@code y}) on a {@code w} × {@code h} view, the nearest if several do; null for
     * none. For hovering and clicking a border on screen.
     */
    public Border borderNear(MapFrame frame, double x, double y, double w, double h, double tolerance) {
        if (frame.dataset() == null || frame.baseMap() == null) {
            return null;
        }
        Border nearest = null;
        double nearestDistance = tolerance;
        for (Border border : frame.dataset().borders()) {
            if (!inForce(border, frame.epochDay())) {
                continue;
            }
            for (List<GeoPoint> line : border.lines()) {
                int n = projectPoints(line, frame.baseMap(), frame.viewport(), w, h);
                for (int i = 1; i < n; i++) {
                    double distance = distanceToSegment(x, y, xs[i - 1], ys[i - 1], xs[i], ys[i]);
                    if (distance <= nearestDistance) {
                        nearestDistance = distance;
                        nearest = border;
                    }
                }
            }
        }
        return nearest;
    }

    /** Distance in px from (x, y) to the segment from (x0, y0) to (x1, y1). */
    static double distanceToSegment(double x, double y, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(((x - x0) * dx + (y - y0) * dy) / lengthSquared, 0, 1);
        return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
    }

    static boolean inForce(Border border, long epochDay) {
        return border.from().startEpochDay() <= epochDay && (border.to() == null || epochDay < border.to().startEpochDay());
    }

    private void drawMeasurement(DrawingSurface s, MapFrame frame, BaseMap map, MapViewport view, double w, double h) {
        List<GeoPoint> points = frame.measurePoints();
        Palette palette = frame.palette();
        int n = points.isEmpty() ? 0 : projectPoints(points, map, view, w, h);
        // With one point set from the keyboard, the line and its length follow the crosshair.
        GeoPoint second = points.size() == 2 ? points.get(1)
                : frame.crosshair() && points.size() == 1 ? map.projection().unproject(view.centreX(), view.centreY()) : null;
        if (points.size() == 1 && second != null) {
            xs[1] = w / 2;
            ys[1] = h / 2;
            n = 2;
        }
        if (n > 0) {
            s.setStroke(palette.get(PaletteSlot.HALO), 5);
            s.strokePolyline(xs, ys, n);
            s.setStroke(palette.get(PaletteSlot.ACCENT), 2.5, 6, 4);
            s.strokePolyline(xs, ys, n);
            s.setFill(palette.get(PaletteSlot.ACCENT));
            for (int i = 0; i < points.size(); i++) {
                s.fillOval(xs[i] - 5, ys[i] - 5, 10, 10);
            }
        }
        if (second != null) {
            double km = Geodesy.distanceKm(points.get(0), second);
            s.setTextStyle(styles.of(14 * palette.typeScale(), true));
            MapLabels.draw(s, palette, formatKm(km), (xs[0] + xs[1]) / 2, (ys[0] + ys[1]) / 2 - 10, Align.CENTER, Baseline.BOTTOM, PaletteSlot.ACCENT);
        }
        if (frame.crosshair()) {
            drawCrosshair(s, palette, w / 2, h / 2);
        }
    }

    /** A cross with a gap at its centre, so that the point under it stays visible. */
    private static void drawCrosshair(DrawingSurface s, Palette palette, double x, double y) {
        double arm = CROSSHAIR_ARM_PX * palette.typeScale();
        double gap = CROSSHAIR_GAP_PX * palette.typeScale();
        s.setStroke(palette.get(PaletteSlot.HALO), 5);
        strokeCross(s, x, y, arm, gap);
        s.setStroke(palette.get(PaletteSlot.ACCENT), 2);
        strokeCross(s, x, y, arm, gap);
    }

    private static void strokeCross(DrawingSurface s, double x, double y, double arm, double gap) {
        s.strokeLine(x - arm, y, x - gap, y);
        s.strokeLine(x + gap, y, x + arm, y);
        s.strokeLine(x, y - arm, x, y - gap);
        s.strokeLine(x, y + gap, x, y + arm);
    }

    /** "12.3 km" below 100 km, "123 km" above. */
    public static String formatKm(double km) {
        return km < 100 ? String.format(Locale.ROOT, "%.1f km", km) : String.format(Locale.ROOT, "%.0f km", km);
    }

    /** The title's panel as left, top, right, bottom (its text style set on {@code s}); null without a title. */
    private double[] titleBox(DrawingSurface s, MapFrame frame) {
        if (frame.title() == null) {
            return null;
        }
        double typeScale = frame.palette().typeScale();
        s.setTextStyle(styles.of(20 * typeScale, true));
        double padding = 10 * typeScale;
        return box(titleBox, padding, padding, padding + s.textWidth(frame.title()) + 2 * padding, padding + s.lineHeight() + padding);
    }

    private static double[] box(double[] box, double left, double top, double right, double bottom) {
        box[0] = left;
        box[1] = top;
        box[2] = right;
        box[3] = bottom;
        return box;
    }

    private void drawTitle(DrawingSurface s, MapFrame frame) {
        double[] box = titleBox(s, frame);
        if (box == null) {
            return;
        }
        Palette palette = frame.palette();
        double padding = box[0];
        panel(s, palette, box[0], box[1], box[2] - box[0], box[3] - box[1]);
        s.setFill(palette.get(PaletteSlot.TEXT));
        s.fillText(frame.title(), 2 * padding, (box[1] + box[3]) / 2, Align.LEFT, Baseline.MIDDLE);
    }

    /** The scale bar's length on screen for the view. */
    static double scaleBarPx(MapViewport view, double typeScale) {
        return scaleBarKm(view, typeScale) * 1000 / view.metresPerPixel();
    }

    /**
     * The scale bar's length in km: the round length nearest below {@link #SCALE_BAR_MAX_PX}
     * pixels, which grow with the type, so that a 4K slide's bar is as long beside its label as
     * a laptop's.
     */
    static double scaleBarKm(MapViewport view, double typeScale) {
        return niceKilometres(view.metresPerPixel() * SCALE_BAR_MAX_PX * typeScale / 1000);
    }

    /** The scale bar's panel as left, top, right, bottom. */
    private double[] scaleBarBox(MapFrame frame, MapViewport view, double h) {
        double scale = frame.palette().typeScale();
        double left = 14 * scale - 8;
        double top = h - 56 * scale;
        // As wide as the bar or its label ("1000 km"), whichever is longer.
        return box(scaleBarBox, left, top, left + Math.max(scaleBarPx(view, scale), 60 * scale) + 16, top + 40 * scale);
    }

    private void drawScaleBar(DrawingSurface s, MapFrame frame, MapViewport view, double h) {
        Palette palette = frame.palette();
        double scale = palette.typeScale();
        double km = scaleBarKm(view, scale);
        double px = scaleBarPx(view, scale);
        double x = 14 * scale;
        double y = h - 30 * scale;
        double[] box = scaleBarBox(frame, view, h);
        panel(s, palette, box[0], box[1], box[2] - box[0], box[3] - box[1]);
        s.setFill(palette.get(PaletteSlot.TEXT));
        s.fillRect(x, y, px, 5 * scale);
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(x + px / 2, y + 1, px / 2 - 1, 5 * scale - 2);
        s.setTextStyle(styles.of(12.5 * scale, true));
        s.setFill(palette.get(PaletteSlot.TEXT));
        if (km != scaleLabelKm) {
            scaleLabelKm = km;
            scaleLabel = formatScale(km);
        }
        s.fillText(scaleLabel, x, y - 4, Align.LEFT, Baseline.BOTTOM);
    }

    /** The scale bar's length: 1, 2 or 5 times a power of ten, at most {@code maxKm}. */
    public static double niceKilometres(double maxKm) {
        double power = Math.pow(10, Math.floor(Math.log10(maxKm)));
        for (double step : SCALE_BAR_STEPS) {
            if (step * power <= maxKm) {
                return step * power;
            }
        }
        return power;
    }

    /** "500 m" under one kilometre, "50 km" above. */
    public static String formatScale(double km) {
        return km < 1 ? String.format(Locale.ROOT, "%.0f m", km * 1000) : String.format(Locale.ROOT, "%.0f km", km);
    }

    /** The locator inset as left, top, right, bottom; null when there is none (no outline, or a map under 500 px wide). */
    private double[] locatorBox(MapFrame frame, double w) {
        if (frame.locator() == null || w < 500) {
            return null;
        }
        double boxW = Math.min(150 * frame.palette().typeScale(), w * 0.2);
        double left = w - boxW - 12;
        return box(locatorBox, left, 12, left + boxW, 12 + boxW * 0.8);
    }

    private void drawLocator(DrawingSurface s, MapFrame frame, MapViewport view, double w, double h) {
        double[] box = locatorBox(frame, w);
        if (box == null) {
            return;
        }
        BaseMap locator = frame.locator();
        Palette palette = frame.palette();
        LocatorOutline outline = locatorPicture != null && locatorPicture.outline().isFor(locator, box)
                ? locatorPicture.outline() : outlineLocator(locator, box);
        if (locatorPicture == null || locatorPicture.outline() != outline || locatorPicture.palette() != palette) {
            locatorPicture = new LocatorPicture(outline, palette);
        }
        s.drawPicture(locatorPicture);
        double left = box[0];
        double top = box[1];
        double boxW = box[2] - box[0];
        double boxH = box[3] - box[1];
        MapViewport inset = locatorPicture.outline().inset();
        // The view's corners, from the top left to the bottom right, in the inset.
        double x0 = Math.clamp(inset.toScreenX(view.toMapX(0, w), boxW) + left, left, left + boxW);
        double x1 = Math.clamp(inset.toScreenX(view.toMapX(w, w), boxW) + left, left, left + boxW);
        double y0 = Math.clamp(inset.toScreenY(view.toMapY(0, h), boxH) + top, top, top + boxH);
        double y1 = Math.clamp(inset.toScreenY(view.toMapY(h, h), boxH) + top, top, top + boxH);
        s.setStroke(palette.get(PaletteSlot.BORDER_DE_FACTO), 2);
        s.strokeRect(Math.min(x0, left + boxW - 3), Math.min(y0, top + boxH - 3), Math.max(3, x1 - x0), Math.max(3, y1 - y0));
        s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
        s.strokeRect(left, top, boxW, boxH);
    }

    /**
     * The locator's sea and land, which stay the same while the view moves (only the view's
     * frame, drawn over them, moves): a picture that a canvas keeps as an image.
     */
    private record LocatorPicture(LocatorOutline outline, Palette palette) implements Picture {

        @Override
        public Box box() {
            double[] box = outline.box();
            return new Box(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        }

        @Override
        public void draw(DrawingSurface s) {
            // The locator's polygons are cut to its own box when generated and the inset fits
            // that box, so nothing spills out and no clip is needed.
            Box box = box();
            s.setFill(palette.get(PaletteSlot.SEA));
            s.fillRect(box.left(), box.top(), box.width(), box.height());
            s.beginPath();
            for (int i = 0; i < outline.xs().length; i++) {
                s.addRing(outline.xs()[i], outline.ys()[i], outline.xs()[i].length);
            }
            s.setFill(palette.get(PaletteSlot.LAND));
            s.fillPath();
            s.setStroke(palette.get(PaletteSlot.COASTLINE), 0.5);
            s.strokePath();
        }
    }

    /**
     * The locator's outline projected into its box (left, top, right, bottom) and thinned: its
     * rings, and the inset's viewport. The box moves only when the map is resized or the type
     * scale changes, so the rings serve the frames after, which only move the view's frame over them.
     */
    private record LocatorOutline(BaseMap locator, double[] box, MapViewport inset, double[][] xs, double[][] ys) {
        boolean isFor(BaseMap locator, double[] box) {
            return this.locator == locator && Arrays.equals(this.box, box);
        }
    }

    private LocatorOutline outlineLocator(BaseMap locator, double[] box) {
        double left = box[0];
        double top = box[1];
        double boxW = box[2] - box[0];
        double boxH = box[3] - box[1];
        MapViewport inset = MapViewport.fit(locator.bounds(), boxW, boxH, 4);
        LevelOfDetail level = locator.levels().getFirst();
        List<double[]> ringXs = new ArrayList<>();
        List<double[]> ringYs = new ArrayList<>();
        for (LandPolygon polygon : locator.polygons()) {
            int points = projectInto(level.rings().get(polygon.index()).exterior(), inset, boxW, boxH, left, top);
            int kept = thin(0, points, LOCATOR_POINT_SPACING_PX);
            if (kept >= 3) {
                ringXs.add(Arrays.copyOf(runXs, kept));
                ringYs.add(Arrays.copyOf(runYs, kept));
            }
        }
        // Its own copy of the box: the renderer fills the same box again in every frame.
        return new LocatorOutline(locator, box.clone(), inset, ringXs.toArray(double[][]::new), ringYs.toArray(double[][]::new));
    }

    private void drawLegend(DrawingSurface s, MapFrame frame) {
        drawnLegend = frameLegend;
        if (!frameLegend.isEmpty()) {
            if (legendPicture == null || !legendPicture.shows(frame.palette(), frameLegend, frameLegendBox)) {
                legendPicture = new LegendPicture(legend, frame.palette(), frameLegend, frameLegendBox);
            }
            s.drawPicture(legendPicture);
        }
    }

    /** The legend box, which changes only with its entries, its layout and the palette: a picture that a canvas keeps as an image. */
    private record LegendPicture(StatusLegend legend, Palette palette, List<StatusLegend.Entry> entries, StatusLegend.Box layout)
            implements Picture {

        boolean shows(Palette palette, List<StatusLegend.Entry> entries, StatusLegend.Box layout) {
            return this.palette == palette && this.entries.equals(entries) && this.layout.equals(layout);
        }

        @Override
        public Picture.Box box() {
            return new Picture.Box(layout.left(), layout.top(), layout.width(), layout.height());
        }

        @Override
        public void draw(DrawingSurface s) {
            legend.drawBox(s, palette, entries, layout);
        }
    }

    /** Where the last frame drew its legend box, or null when it drew none. */
    StatusLegend.Box renderedLegendBox() {
        return drawnLegend == null || drawnLegend.isEmpty() ? null : frameLegendBox;
    }

    /**
     * The legend of the frame just rendered: the entries the box showed, or, when the frame had
     * no legend box, computed now from what was in view (the presentation's separate legend).
     */
    public List<StatusLegend.Entry> renderedLegend(MapFrame frame) {
        return frame.showLegend() && drawnLegend != null ? drawnLegend : legendEntries(frame);
    }

    /** The legend explains what is on screen: the statuses of the land in view, and the borders of the date. */
    public List<StatusLegend.Entry> legendEntries(MapFrame frame) {
        if (frame.dataset() == null || frame.statusIndex() == null) {
            return List.of();
        }
        legendStatuses.clear();
        for (int i = 0; i < visible.size(); i++) {
            IslandStatus status = statusOf(visible.get(i).islandId(), frame);
            if (status != null && !holdsSame(legendStatuses, status)) {
                legendStatuses.add(status);
            }
        }
        // Worked out again only when the statuses in view, the date or the dataset change:
        // panning within the same islands, or past an islet of one already in view, keeps the
        // entries (and their texts) of the frame before, in whatever order the land comes.
        boolean sameStatuses = legendStatuses.size() == legendStatusesBefore.size();
        for (int i = 0; sameStatuses && i < legendStatuses.size(); i++) {
            sameStatuses = holdsSame(legendStatusesBefore, legendStatuses.get(i));
        }
        if (entriesBefore == null || frame.dataset() != legendDataset || frame.epochDay() != legendDay
                || !sameStatuses || treatyBorderInView != legendTreatyBorder || deFactoLineInView != legendDeFactoLine) {
            entriesBefore = StatusLegend.forStatuses(frame.dataset(), legendStatuses, treatyBorderInView, deFactoLineInView);
            legendDataset = frame.dataset();
            legendDay = frame.epochDay();
            legendTreatyBorder = treatyBorderInView;
            legendDeFactoLine = deFactoLineInView;
            legendStatusesBefore.clear();
            legendStatusesBefore.addAll(legendStatuses);
        }
        return entriesBefore;
    }

    /**
     * Whether {@code statuses} holds this very status. The status index gives one instance per
     * status unit and stretch of time, so for one dataset and date sameness is identity; a
     * record's {@code equals} would compare the claim lists first, and allocated an iterator a
     * comparison, hundreds a frame.
     */
    private static boolean holdsSame(List<IslandStatus> statuses, IslandStatus status) {
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i) == status) {
                return true;
            }
        }
        return false;
    }

    private static void panel(DrawingSurface s, Palette palette, double x, double y, double w, double h) {
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(x, y, w, h);
        s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
        s.strokeRect(x, y, w, h);
    }

    /**
     * Projects a ring into {@code xs}/{@code ys}, growing them if needed: read the arrays only after
     * calling it (never pass {@code xs, ys, project(...)} in one argument list).
     */
    private int project(double[] flat, MapViewport view, double w, double h) {
        return projectInto(flat, view, w, h, 0, 0);
    }

    private int projectInto(double[] flat, MapViewport view, double w, double h, double offsetX, double offsetY) {
        int n = flat.length / 2;
        ensureCapacity(n);
        for (int i = 0; i < n; i++) {
            xs[i] = view.toScreenX(flat[2 * i], w) + offsetX;
            ys[i] = view.toScreenY(flat[2 * i + 1], h) + offsetY;
        }
        return n;
    }

    private int projectPoints(List<GeoPoint> points, BaseMap map, MapViewport view, double w, double h) {
        ensureCapacity(points.size());
        for (int i = 0; i < points.size(); i++) {
            map.project(points.get(i), projected);
            xs[i] = view.toScreenX(projected[0], w);
            ys[i] = view.toScreenY(projected[1], h);
        }
        return points.size();
    }

    /** The larger side of the first {@code n} projected points' box; leaves its left and right edges in {@code extentLeft}/{@code extentRight}. */
    private double screenExtent(int n) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        extentLeft = minX;
        extentRight = maxX;
        return Math.max(maxX - minX, maxY - minY);
    }

    private void ensureCapacity(int n) {
        if (xs.length < n) {
            xs = new double[Math.max(n, xs.length * 2)];
            ys = new double[xs.length];
        }
    }
}
