package org.fourislands.ui.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.GridOnLand;
import org.fourislands.core.geo.LandPolygon;
import org.fourislands.core.geo.RingSet;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Island;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.ShownNames;
import org.fourislands.render.TextStyles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The islands' names on the map, placed through the frame's {@link MapLabels}: on each island,
 * or beside a disputed island its name would hide. What it measures of each island (its box, a
 * grid of points on its land, points along its coast, its outermost points) is made once per
 * base map and dataset; a frame only fills reused arrays. Part of {@link MapRenderer}; not
 * thread-safe.
 */
final class IslandNames {

    /** The size of a disputed island's name at type scale 1, in bold. */
    private static final double DISPUTED_ISLAND_TYPE = 15;
    /** The size of another island's name at type scale 1. */
    static final double OTHER_ISLAND_TYPE = 12.5;
    /**
     * A disputed island's name that finds no place tries again a fifth smaller each time, in
     * bold, down to the other islands' names in a laptop's window: a projector's map then shows
     * it small rather than not at all.
     */
    private static final double CROWDED_TYPE_STEP = 0.8;
    private static final double SMALLEST_CROWDED_TYPE = OTHER_ISLAND_TYPE;
    /** The least gap between an island's name and the view's edge. */
    private static final double EDGE_MARGIN_PX = 4;
    /**
     * A name on its anchor over more than this share of its island's land would hide the
     * island's fill and hatching, the very thing the map shows: it goes beside the island
     * instead, where there is room. A long island's name across its middle covers a fifth to a
     * third of it; Shikotan's over the four islands covers all of it, and Habomai's its islets.
     */
    private static final double NAME_COVERS_LAND = 0.5;
    /** The least spacing of the points kept along a coast, metres: a few pixels over the four islands. */
    private static final double COAST_SAMPLE_SPACING_M = 400;
    /** A grid of this many points by this many over each island's box samples its land. */
    private static final int LAND_SAMPLES_ACROSS = 32;
    /** The gap between a small island's outermost point and its name beside it, px. */
    private static final double NAME_BESIDE_GAP_PX = 5;
    /**
     * How far a name in two lines beside its island keeps from every other island, in lines of
     * its type: a block that big ending next to another island reads as that island's (Kunashir's
     * over the whole region, beside Shikotan's specks). A one-line name starts at its island and
     * keeps no margin: Habomai's runs under Shikotan's over the four islands.
     */
    private static final double TWO_LINES_MARGIN = 0.5;
    private static final int EAST = 0;
    private static final int SOUTH_EAST = 1;
    private static final int SOUTH = 2;
    private static final int NORTH = 3;
    private static final int WEST = 4;
    /**
     * The spots tried for a name beside its island, each by the island's outermost point on that
     * side, in order: east first (the open Pacific beyond the chain), then south-east (below-right
     * of the southernmost point), south, north and west; each also a little off the point, along
     * the side (in shares of the name's height east and west, of its width south and north), where
     * a neighbour's name or the legend takes the spot by a few pixels.
     */
    private static final int[] SPOT_SIDES = {EAST, EAST, EAST, EAST, EAST, SOUTH_EAST, SOUTH, SOUTH, SOUTH, NORTH, NORTH, NORTH,
        WEST, WEST, WEST, WEST, WEST};
    private static final double[] SPOT_SHIFTS = {0, 0.25, -0.25, 0.5, -0.5, 0, 0, 0.25, -0.25, 0, 0.25, -0.25, 0, 0.25, -0.25, 0.5, -0.5};
    private static final double DIAGONAL = Math.sqrt(0.5);
    /**
     * The directions a disputed island's name is called out in, with a leader line to its land,
     * when no spot beside the island suits it (Kunashir over the whole region, hemmed in by
     * Hokkaido, Etorofu and Shikotan): unit vectors on screen, y down, south-east first, into the
     * open Pacific beyond the chain, then round the compass.
     */
    private static final double[] CALLOUT_X = {DIAGONAL, 1, DIAGONAL, 0, -DIAGONAL, 0, -1, -DIAGONAL};
    private static final double[] CALLOUT_Y = {DIAGONAL, 0, -DIAGONAL, 1, DIAGONAL, -1, 0, -DIAGONAL};
    /** How far from its island's coast a called-out name stands, in lines of its type, nearest first. */
    private static final double[] CALLOUT_REACH = {1.5, 2.5, 4, 6};
    /** The least gap between a called-out name, or its leader, and another island's land, px. */
    private static final double CALLOUT_CLEARANCE_PX = 3;
    /** Points tested along a leader for other land and names. */
    private static final int LEADER_SAMPLES = 8;

    private final MapLabels labels;
    private final TextStyles styles;
    private final ShownNames shownNames;
    /** A name's anchor, projected. */
    private final double[] projected = new double[2];
    /** Each named island's projected box, islets included, for the base map and dataset they were measured on. */
    private Map<String, Envelope> islandExtents = Map.of();
    /** Points on each named island's land, projected (x, y, x, y, …), for the same base map and dataset. */
    private Map<String, double[]> landSamples = Map.of();
    /**
     * Points along each named island's coast, its islets' included, no closer together than
     * {@link #COAST_SAMPLE_SPACING_M} (x, y, x, y, …, projected): how near a name is to an
     * island's land. The grid above misses islets smaller than its step.
     */
    private Map<String, double[]> coastSamples = Map.of();
    /**
     * Each named island's outermost points, projected: east x, y; south x, y; north x, y; west
     * x, y. A name beside an island stands by one of them, by its land rather than by its box:
     * beside the box of a long, slanting island (Kunashir over the whole region) a name stood by
     * the next island's land.
     */
    private Map<String, double[]> outermostPoints = Map.of();
    /** The same this frame, on screen, eight numbers per island of the dataset. */
    private double[] outermostOnScreen = new double[8 * 16];
    /** The base map and dataset the boxes and samples were measured on. */
    private BaseMap extentsMeasuredOn;
    private Dataset extentsMeasuredFor;
    /** Per island of the dataset, this frame: its box on screen, and whether that is in view. */
    private double[] islandBoxes = new double[4 * 16];
    private boolean[] boxInView = new boolean[16];
    /** How much of its island's land a name on its anchor would cover, as a share. */
    private double[] nameCover = new double[16];
    /** One spot beside an island tried for its name: x, y, alignment (see {@link #nameBesideIsland}). */
    private final double[] sideSpot = new double[3];
    /** Where a called-out name's leader starts for each way of {@link #CALLOUT_X}: x, y on screen. */
    private final double[] leaderStarts = new double[2 * CALLOUT_X.length];
    private final TwoLineNames twoLineNames = new TwoLineNames();
    /** This frame's islands and view, for {@link #readsAsOwn}. */
    private List<Island> frameIslands = List.of();
    private MapViewport frameView;
    private double frameWidth;
    private double frameHeight;
    /** The dataset's islands by id, for the same dataset. */
    private Map<String, Island> islandsById = Map.of();

    IslandNames(MapLabels labels, TextStyles styles, ShownNames shownNames) {
        this.labels = labels;
        this.styles = styles;
        this.shownNames = shownNames;
    }

    /**
     * Names the islands, most important first. A name that would hide most of a disputed island
     * (Shikotan and Habomai over the four islands, all four over the whole region) goes beside
     * the island, at the first spot where it covers no other island and stands nearer its own
     * land than any other, and the island's box is kept clear of every other name: its fill and
     * hatching, who administered it and whether another party claims it, are what the map is for.
     * A name with no such spot is called out farther off, with a leader line to its land; a name
     * with no room even for that is left out rather than put where it would read as another
     * island's.
     */
    void draw(DrawingSurface s, MapFrame frame, BaseMap map, MapViewport view, double w, double h) {
        if (frame.dataset() == null) {
            return;
        }
        Palette palette = frame.palette();
        boolean showIslets = view.metresPerPixel() < 60;
        List<Island> islands = frame.dataset().islands();
        measureIslandExtents(frame.dataset(), map);
        frameIslands = islands;
        frameView = view;
        frameWidth = w;
        frameHeight = h;
        if (boxInView.length < islands.size()) {
            nameCover = new double[islands.size()];
            boxInView = new boolean[islands.size()];
            islandBoxes = new double[4 * islands.size()];
            outermostOnScreen = new double[8 * islands.size()];
        }
        for (int i = 0; i < islands.size(); i++) {
            Island island = islands.get(i);
            nameCover[i] = 0;
            Envelope box = islandExtents.get(island.id());
            boxInView[i] = isNamedInThisView(island, showIslets) && box != null;
            if (boxInView[i]) {
                islandBoxes[4 * i] = view.toScreenX(box.getMinX(), w);
                islandBoxes[4 * i + 1] = view.toScreenY(box.getMaxY(), h);
                islandBoxes[4 * i + 2] = view.toScreenX(box.getMaxX(), w);
                islandBoxes[4 * i + 3] = view.toScreenY(box.getMinY(), h);
                boxInView[i] = islandBoxes[4 * i + 2] >= 0 && islandBoxes[4 * i] <= w && islandBoxes[4 * i + 3] >= 0 && islandBoxes[4 * i + 1] <= h;
                double[] outermost = outermostPoints.get(island.id());
                for (int k = 0; k < 8; k += 2) {
                    outermostOnScreen[8 * i + k] = view.toScreenX(outermost[k], w);
                    outermostOnScreen[8 * i + k + 1] = view.toScreenY(outermost[k + 1], h);
                }
            }
        }
        for (int i = 0; i < islands.size(); i++) {
            Island island = islands.get(i);
            if (!boxInView[i] || !island.isDisputed()) {
                continue;
            }
            useIslandNameStyle(s, island, palette);
            String name = shownNames.of(island.names());
            double width = s.textWidth(name);
            double line = s.lineHeight();
            map.project(island.labelPoint(), projected);
            double anchorX = view.toScreenX(projected[0], w);
            double anchorY = view.toScreenY(projected[1], h);
            nameCover[i] = shareOfLandCovered(landSamples.get(island.id()), view.toMapX(anchorX - width / 2, w), view.toMapX(anchorX + width / 2, w),
                    view.toMapY(anchorY + line / 2, h), view.toMapY(anchorY - line / 2, h));
            // The island is kept clear of other names whether or not its own finds a place beside it.
            if (nameCover[i] > NAME_COVERS_LAND) {
                labels.reserve(islandBoxes[4 * i], islandBoxes[4 * i + 1], islandBoxes[4 * i + 2], islandBoxes[4 * i + 3]);
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < islands.size(); i++) {
                Island island = islands.get(i);
                if (!isNamedInThisView(island, showIslets) || (island.partOf() != null) != (pass == 1)) {
                    continue;
                }
                useIslandNameStyle(s, island, palette);
                String name = shownNames.of(island.names());
                // A name that would hide its island goes beside it. A disputed island's name that
                // finds no place there in its own type tries again in smaller type, down to a
                // laptop's: over the whole chain the four are a few dozen pixels across, and
                // Kunashir's name went missing between its neighbours'.
                if (nameCover[i] > NAME_COVERS_LAND) {
                    boolean placed = placeBeside(s, palette, name, i);
                    double size = DISPUTED_ISLAND_TYPE * palette.typeScale();
                    while (!placed && island.isDisputed() && size > SMALLEST_CROWDED_TYPE) {
                        size = Math.max(SMALLEST_CROWDED_TYPE, size * CROWDED_TYPE_STEP);
                        s.setTextStyle(styles.of(size, true));
                        placed = placeBeside(s, palette, name, i);
                    }
                } else {
                    placeOnIsland(s, palette, island, name, map, view, w, h);
                }
            }
        }
    }

    /** Islands with a name anchor, the Habomai islets only close in, where they replace their group's name. */
    private static boolean isNamedInThisView(Island island, boolean showIslets) {
        if (island.labelPoint() == null) {
            return false;
        }
        boolean isIslet = island.partOf() != null;
        return isIslet ? showIslets : !(showIslets && "habomai".equals(island.id()));
    }

    private void useIslandNameStyle(DrawingSurface s, Island island, Palette palette) {
        s.setTextStyle(styles.of((island.isDisputed() ? DISPUTED_ISLAND_TYPE : OTHER_ISLAND_TYPE) * palette.typeScale(), island.isDisputed()));
    }

    /** A name on its island's anchor; one the view's edge would cut slides inside while it still sits on its island. */
    private void placeOnIsland(DrawingSurface s, Palette palette, Island island, String name, BaseMap map, MapViewport view, double w, double h) {
        map.project(island.labelPoint(), projected);
        double x = view.toScreenX(projected[0], w);
        double y = view.toScreenY(projected[1], h);
        double halfWidth = s.textWidth(name) / 2 + EDGE_MARGIN_PX;
        double halfHeight = s.lineHeight() / 2 + EDGE_MARGIN_PX;
        if (x + halfWidth < 0 || x - halfWidth > w || y + halfHeight < 0 || y - halfHeight > h || 2 * halfWidth > w || 2 * halfHeight > h) {
            return;
        }
        // A large island seen in part (Hokkaido beside the four) keeps its name.
        double labelX = Math.clamp(x, halfWidth, w - halfWidth);
        double labelY = Math.clamp(y, halfHeight, h - halfHeight);
        boolean slid = labelX != x || labelY != y;
        if (slid && !isLandOf(island, map.polygonAt(view.toMapX(labelX, w), view.toMapY(labelY, h)))) {
            return;
        }
        labels.place(s, palette, name, labelX, labelY, Align.CENTER, Baseline.MIDDLE, PaletteSlot.TEXT);
    }

    /**
     * Puts spot number {@code spot} beside island {@code i} in {@link #sideSpot} for a name
     * {@code width} × {@code height}, and says whether the name would stay {@code margin} px off
     * every other island and read as this one's.
     */
    private boolean spotSuits(int i, int spot, double width, double height, double margin) {
        nameBesideIsland(i, spot, width, height);
        return staysOffOtherIslands(i, sideSpot[0] - alignShift(sideSpot[2], width), sideSpot[1] - height / 2, width, height, margin)
                && readsAsOwn(i, spot, width, height);
    }

    /**
     * A small island's name beside its land, at the first spot that suits it and is clear of names;
     * both conventions' names, where no side has room for them in a line, in two lines (Habomai's
     * beside the legend in a laptop's window, in the projector's larger type); else called out
     * with a leader line, in one line or two; else left out. True if placed.
     */
    private boolean placeBeside(DrawingSurface s, Palette palette, String name, int i) {
        double width = s.textWidth(name);
        double line = s.lineHeight();
        for (int spot = 0; spot < SPOT_SIDES.length; spot++) {
            if (spotSuits(i, spot, width, line, 0) && labels.place(s, palette, name, sideSpot[0], sideSpot[1], sideAlign(), PaletteSlot.TEXT)) {
                return true;
            }
        }
        String[] lines = twoLineNames.of(name);
        double twoLines = lines == null ? 0 : Math.max(s.textWidth(lines[0]), s.textWidth(lines[1]));
        if (lines != null) {
            for (int spot = 0; spot < SPOT_SIDES.length; spot++) {
                if (spotSuits(i, spot, twoLines, 2 * line, line * TWO_LINES_MARGIN)
                        && labels.placeTwoLines(s, palette, lines[0], lines[1], sideSpot[0], sideSpot[1], sideAlign(), PaletteSlot.TEXT)) {
                    return true;
                }
            }
        }
        return callOut(s, palette, name, null, i, width, line) || lines != null && callOut(s, palette, lines[0], lines[1], i, twoLines, 2 * line);
    }

    /**
     * Calls out island {@code i}'s name ({@code first}, and {@code second} below it if not null)
     * at the first spot off its coast, nearest first, where the name and its leader keep clear of
     * every other island's land and every name, and draws the leader from the coast to the name;
     * true if placed.
     */
    private boolean callOut(DrawingSurface s, Palette palette, String first, String second, int i, double width, double height) {
        double[] coast = coastSamples.get(frameIslands.get(i).id());
        if (coast == null || coast.length == 0) {
            return false;
        }
        // Each way's leader starts at the coast point farthest that way.
        for (int way = 0; way < CALLOUT_X.length; way++) {
            double farthestReach = -Double.MAX_VALUE;
            for (int k = 0; k < coast.length; k += 2) {
                double x = frameView.toScreenX(coast[k], frameWidth);
                double y = frameView.toScreenY(coast[k + 1], frameHeight);
                double along = CALLOUT_X[way] * x + CALLOUT_Y[way] * y;
                if (along > farthestReach) {
                    farthestReach = along;
                    leaderStarts[2 * way] = x;
                    leaderStarts[2 * way + 1] = y;
                }
            }
        }
        for (double reach : CALLOUT_REACH) {
            for (int way = 0; way < CALLOUT_X.length; way++) {
                double dx = CALLOUT_X[way];
                double dy = CALLOUT_Y[way];
                double startX = leaderStarts[2 * way];
                double startY = leaderStarts[2 * way + 1];
                // The corner or the middle of an edge of the name's box that faces the island.
                double nearX = startX + dx * reach * height;
                double nearY = startY + dy * reach * height;
                double left = dx > 0.3 ? nearX : dx < -0.3 ? nearX - width : nearX - width / 2;
                double top = dy > 0.3 ? nearY : dy < -0.3 ? nearY - height : nearY - height / 2;
                double c = CALLOUT_CLEARANCE_PX;
                if (!labels.fits(left - 2, top - 1, left + width + 2, top + height + 1)
                        || nearOtherLand(i, left - c, top - c, left + width + c, top + height + c)
                        || leaderMeetsOtherLandOrNames(i, startX, startY, nearX, nearY)) {
                    continue;
                }
                s.setStroke(palette.get(PaletteSlot.HALO), 3 * palette.lineScale());
                s.strokeLine(startX, startY, nearX, nearY);
                s.setStroke(palette.get(PaletteSlot.TEXT), palette.lineScale());
                s.strokeLine(startX, startY, nearX, nearY);
                Align align = dx > 0.3 ? Align.LEFT : dx < -0.3 ? Align.RIGHT : Align.CENTER;
                double x = dx > 0.3 ? left : dx < -0.3 ? left + width : left + width / 2;
                return second == null
                        ? labels.place(s, palette, first, x, top + height / 2, align, PaletteSlot.TEXT)
                        : labels.placeTwoLines(s, palette, first, second, x, top + height / 2, align, PaletteSlot.TEXT);
            }
        }
        return false;
    }

    /** Whether a leader from island {@code i}'s coast at (x0, y0) to (x1, y1) would pass over another island or a name. */
    private boolean leaderMeetsOtherLandOrNames(int i, double x0, double y0, double x1, double y1) {
        double c = CALLOUT_CLEARANCE_PX;
        for (int k = 1; k <= LEADER_SAMPLES; k++) {
            double x = x0 + (x1 - x0) * k / LEADER_SAMPLES;
            double y = y0 + (y1 - y0) * k / LEADER_SAMPLES;
            if (nearOtherLand(i, x - c, y - c, x + c, y + c) || !labels.isFree(x - 1, y - 1, x + 1, y + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any island but {@code i} has land (a coast point or a point of its land's grid) in the box, on screen. */
    private boolean nearOtherLand(int i, double left, double top, double right, double bottom) {
        for (int other = 0; other < frameIslands.size(); other++) {
            if (other == i || !boxInView[other] || left > islandBoxes[4 * other + 2] || right < islandBoxes[4 * other]
                    || top > islandBoxes[4 * other + 3] || bottom < islandBoxes[4 * other + 1]) {
                continue;
            }
            String id = frameIslands.get(other).id();
            if (anyOnScreenIn(coastSamples.get(id), left, top, right, bottom) || anyOnScreenIn(landSamples.get(id), left, top, right, bottom)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code points} (x, y, x, y, …, projected) falls in the box on screen. */
    private boolean anyOnScreenIn(double[] points, double left, double top, double right, double bottom) {
        double minX = frameView.toMapX(left, frameWidth);
        double maxX = frameView.toMapX(right, frameWidth);
        double minY = frameView.toMapY(bottom, frameHeight);
        double maxY = frameView.toMapY(top, frameHeight);
        for (int k = 0; points != null && k < points.length; k += 2) {
            if (points[k] >= minX && points[k] <= maxX && points[k + 1] >= minY && points[k + 1] <= maxY) {
                return true;
            }
        }
        return false;
    }

    private Align sideAlign() {
        return sideSpot[2] == 0 ? Align.LEFT : sideSpot[2] == 1 ? Align.CENTER : Align.RIGHT;
    }

    /**
     * Where a name {@code width} × {@code height} goes at spot number {@code spot} beside island
     * {@code i}'s outermost land on that side (see {@link #SPOT_SIDES}), into {@link #sideSpot}: x, y of its middle, and
     * 0, 1 or 2 for left-, centre- or right-aligned.
     */
    private void nameBesideIsland(int i, int spot, double width, double height) {
        double[] p = outermostOnScreen;
        int o = 8 * i;
        double along = SPOT_SHIFTS[spot];
        switch (SPOT_SIDES[spot]) {
            case EAST -> setSideSpot(p[o] + NAME_BESIDE_GAP_PX, p[o + 1] + along * height, 0);
            case SOUTH_EAST -> setSideSpot(p[o + 2] + NAME_BESIDE_GAP_PX, p[o + 3] + height / 2, 0);
            case SOUTH -> setSideSpot(p[o + 2] + along * width, p[o + 3] + NAME_BESIDE_GAP_PX + height / 2, 1);
            case NORTH -> setSideSpot(p[o + 4] + along * width, p[o + 5] - NAME_BESIDE_GAP_PX - height / 2, 1);
            default -> setSideSpot(p[o + 6] - NAME_BESIDE_GAP_PX, p[o + 7] + along * height, 2);
        }
    }

    private void setSideSpot(double x, double y, double alignment) {
        sideSpot[0] = x;
        sideSpot[1] = y;
        sideSpot[2] = alignment;
    }

    /** How far left of its anchor a name starts: nothing left-aligned, half centred, all right-aligned. */
    private static double alignShift(double alignment, double width) {
        return alignment * width / 2;
    }

    /** The share of an island's land points inside a name's box, given in projected metres. */
    private static double shareOfLandCovered(double[] land, double minX, double maxX, double minY, double maxY) {
        int inside = 0;
        for (int k = 0; k < land.length; k += 2) {
            if (land[k] >= minX && land[k] <= maxX && land[k + 1] >= minY && land[k + 1] <= maxY) {
                inside++;
            }
        }
        return land.length == 0 ? 1 : 2.0 * inside / land.length;
    }

    /**
     * Whether a name {@code width} × {@code height} at {@link #sideSpot} (spot number
     * {@code spot}) reads as island {@code i}'s: the middle of the edge that faces the island, where
     * the eye joins the two, is nearer its own land than any other named island's. (East of
     * Kunashir's box, long and slanting, a name over the whole region stood by Shikotan's and
     * Habomai's specks.)
     */
    private boolean readsAsOwn(int i, int spot, double width, double height) {
        double left = sideSpot[0] - alignShift(sideSpot[2], width);
        double top = sideSpot[1] - height / 2;
        // The middle of the facing edge, on screen (a corner of it may come near the next island
        // while the name plainly stands by its own); worked out without allocating, every frame.
        int side = SPOT_SIDES[spot];
        double edgeLeft = switch (side) {
            case EAST, SOUTH_EAST -> left;
            case WEST -> left + width;
            default -> left + width / 4;
        };
        double edgeRight = switch (side) {
            case EAST -> left;
            case WEST -> left + width;
            case SOUTH_EAST -> left + width / 4;
            default -> left + width * 3 / 4;
        };
        double edgeTop = switch (side) {
            case EAST, WEST -> top + height / 4;
            case NORTH -> top + height;
            default -> top;
        };
        double edgeBottom = switch (side) {
            case EAST, WEST -> top + height * 3 / 4;
            case NORTH -> top + height;
            default -> top;
        };
        double minX = frameView.toMapX(edgeLeft, frameWidth);
        double maxX = frameView.toMapX(edgeRight, frameWidth);
        double minY = frameView.toMapY(edgeBottom, frameHeight);
        double maxY = frameView.toMapY(edgeTop, frameHeight);
        double own = nearestLandSquared(coastSamples.get(frameIslands.get(i).id()), minX, minY, maxX, maxY, 0);
        double ownPx = Math.sqrt(own) / frameView.metresPerPixel();
        for (int other = 0; other < frameIslands.size(); other++) {
            if (other == i || !boxInView[other]) {
                continue;
            }
            // An island whose box lies farther than the name's own land has no nearer coast: no need to walk it.
            double dx = Math.max(0, Math.max(islandBoxes[4 * other] - edgeRight, edgeLeft - islandBoxes[4 * other + 2]));
            double dy = Math.max(0, Math.max(islandBoxes[4 * other + 1] - edgeBottom, edgeTop - islandBoxes[4 * other + 3]));
            if (dx * dx + dy * dy >= ownPx * ownPx) {
                continue;
            }
            if (nearestLandSquared(coastSamples.get(frameIslands.get(other).id()), minX, minY, maxX, maxY, own) < own) {
                return false;
            }
        }
        return true;
    }

    /**
     * The squared distance from the box {@code minX..maxX} × {@code minY..maxY} to the nearest of
     * {@code land}'s points (x, y, x, y, …); once one is nearer than {@code enough}, that one's
     * (0 for the nearest of all).
     */
    private static double nearestLandSquared(double[] land, double minX, double minY, double maxX, double maxY, double enough) {
        double nearest = Double.MAX_VALUE;
        for (int k = 0; land != null && k < land.length; k += 2) {
            double dx = Math.max(0, Math.max(minX - land[k], land[k] - maxX));
            double dy = Math.max(0, Math.max(minY - land[k + 1], land[k + 1] - maxY));
            nearest = Math.min(nearest, dx * dx + dy * dy);
            if (nearest < enough) {
                return nearest;
            }
        }
        return nearest;
    }

    /** Whether a name's box, {@code left, top, width, height}, stays {@code margin} px off every other named island's box in view. */
    private boolean staysOffOtherIslands(int island, double left, double top, double width, double height, double margin) {
        left -= margin;
        top -= margin;
        width += 2 * margin;
        height += 2 * margin;
        for (int other = 0; other < frameIslands.size(); other++) {
            if (other != island && boxInView[other] && left < islandBoxes[4 * other + 2] && left + width > islandBoxes[4 * other]
                    && top < islandBoxes[4 * other + 3] && top + height > islandBoxes[4 * other + 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Measures each island's box, and keeps the points of a grid over the box that fall on its
     * land, its islets included, once per base map and dataset: how many of them a name's box
     * holds tells how much of the island it would hide.
     */
    private void measureIslandExtents(Dataset dataset, BaseMap map) {
        if (map == extentsMeasuredOn && dataset == extentsMeasuredFor) {
            return;
        }
        Map<String, Envelope> extents = new HashMap<>();
        Map<String, double[]> samples = new HashMap<>();
        Map<String, double[]> coasts = new HashMap<>();
        Map<String, double[]> outermost = new HashMap<>();
        for (Island island : dataset.islands()) {
            Set<String> ids = new HashSet<>();
            ids.add(island.id());
            dataset.islands().stream().filter(islet -> island.id().equals(islet.partOf())).map(Island::id).forEach(ids::add);
            Envelope box = map.extentOf(ids);
            if (box.isNull()) {
                continue;
            }
            extents.put(island.id(), box);
            List<LandPolygon> land = map.polygons().stream().filter(p -> ids.contains(p.islandId())).toList();
            List<RingSet> fullDetail = map.levels().getFirst().rings();
            samples.put(island.id(), GridOnLand.centres(land.stream().map(p -> fullDetail.get(p.index())).toList(), box, LAND_SAMPLES_ACROSS));
            coasts.put(island.id(), coastPoints(land));
            outermost.put(island.id(), outermostPoints(land));
        }
        islandExtents = extents;
        landSamples = samples;
        coastSamples = coasts;
        outermostPoints = outermost;
        islandsById = dataset.islandsById();
        extentsMeasuredOn = map;
        extentsMeasuredFor = dataset;
    }

    /** Points along the outer coasts of {@code land}, at least {@link #COAST_SAMPLE_SPACING_M} apart, every polygon's first kept. */
    private static double[] coastPoints(List<LandPolygon> land) {
        double[] points = new double[64];
        int found = 0;
        for (LandPolygon polygon : land) {
            Coordinate[] ring = polygon.projected().getExteriorRing().getCoordinates();
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (Coordinate c : ring) {
                if (found > 0 && !Double.isNaN(lastX) && Math.hypot(c.x - lastX, c.y - lastY) < COAST_SAMPLE_SPACING_M) {
                    continue;
                }
                if (found + 2 > points.length) {
                    points = Arrays.copyOf(points, points.length * 2);
                }
                points[found++] = c.x;
                points[found++] = c.y;
                lastX = c.x;
                lastY = c.y;
            }
        }
        return Arrays.copyOf(points, found);
    }

    /** The outermost points of {@code land}'s coasts: east x, y; south x, y; north x, y; west x, y (projected, north up). */
    private static double[] outermostPoints(List<LandPolygon> land) {
        double[] points = new double[8];
        double[] farthest = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (LandPolygon polygon : land) {
            for (Coordinate c : polygon.projected().getExteriorRing().getCoordinates()) {
                for (int way = 0; way < 4; way++) {
                    // How far the point lies towards the east, south, north or west.
                    double reach = OUTWARD_X[way] * c.x + OUTWARD_Y[way] * c.y;
                    if (reach > farthest[way]) {
                        farthest[way] = reach;
                        points[2 * way] = c.x;
                        points[2 * way + 1] = c.y;
                    }
                }
            }
        }
        return points;
    }

    /** East, south, north and west as unit vectors in projected metres (north up). */
    private static final double[] OUTWARD_X = {1, 0, 0, -1};
    private static final double[] OUTWARD_Y = {0, -1, 1, 0};

    /** Whether {@code land} is part of {@code island}: one of its own polygons or one of its islets'. */
    private boolean isLandOf(Island island, LandPolygon land) {
        if (land == null || land.islandId() == null) {
            return false;
        }
        Island owner = islandsById.get(land.islandId());
        return island.id().equals(land.islandId()) || owner != null && island.id().equals(owner.partOf());
    }
}
