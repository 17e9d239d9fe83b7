package org.fourislands.ui.map;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fourislands.core.geo.BaseMap;
import org.fourislands.core.geo.LandPolygon;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Place;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.ShownNames;
import org.fourislands.render.TextStyles;

/**
 * The dataset's places on the map, placed through the frame's {@link MapLabels} after the
 * islands' and borders' names: islands inside a unit (Shumshu, Paramushir) named like islands,
 * then towns, capes, straits and sites, each a dot with its name beside it. Which places are
 * named depends on the scale. Part of {@link MapRenderer}; not thread-safe.
 */
final class PlaceNames {

    /** A place's dot with its halo, px. */
    private static final double DOT_RADIUS = 4.5;
    /** The gap between a dot's centre and its name, px. */
    private static final double DOT_TO_NAME_PX = 7;
    /** The type of a place's name at type scale 1. */
    private static final double PLACE_TYPE = 11.5;
    /** The gap between an island's coast and its name beside it, px. */
    private static final double ISLAND_TO_NAME_PX = 5;
    /** The place kind of an island inside a dataset unit of several. */
    static final String ISLAND = "island";

    private final MapLabels labels;
    private final TextStyles styles;
    private final ShownNames shownNames;
    private final double[] projected = new double[2];
    /** The dataset's places, islands first: an island's name matters more than a town's on it. */
    private List<Place> inOrder = List.of();
    private Dataset orderedFor;
    /**
     * Each island place's land, for the base map it was found on: whether its name lies on the
     * island, or where beside it. Absent where the place's point lies in the sea.
     */
    private final Map<Place, IslandOutline> islandOutlines = new IdentityHashMap<>();
    private BaseMap outlinesFor;
    private final TwoLineNames twoLineNames = new TwoLineNames();

    PlaceNames(MapLabels labels, TextStyles styles, ShownNames shownNames) {
        this.labels = labels;
        this.styles = styles;
        this.shownNames = shownNames;
    }

    /** Names the places in view that the scale calls for and that find room. */
    void draw(DrawingSurface s, MapFrame frame, BaseMap map, MapViewport view, double w, double h) {
        if (frame.dataset() == null) {
            return;
        }
        useDataset(frame.dataset(), map);
        Palette palette = frame.palette();
        double mpp = view.metresPerPixel();
        for (int i = 0; i < inOrder.size(); i++) {
            Place place = inOrder.get(i);
            // A place beyond the coastlines' box would stand in open sea: the map has no land there.
            if (!visibleAt(place, mpp) || !BaseMap.covers(place.position())) {
                continue;
            }
            map.project(place.position(), projected);
            double x = view.toScreenX(projected[0], w);
            double y = view.toScreenY(projected[1], h);
            if (x < 0 || x > w || y < 0 || y > h) {
                continue;
            }
            String name = shownNames.of(place.names());
            if (ISLAND.equals(place.kind())) {
                s.setTextStyle(styles.of(IslandNames.OTHER_ISLAND_TYPE * palette.typeScale(), false));
                nameIsland(s, palette, islandOutlines.get(place), name, x, y, view, w, h);
                continue;
            }
            s.setTextStyle(styles.of(PLACE_TYPE * palette.typeScale(), false));
            if ("strait".equals(place.kind())) {
                labels.place(s, palette, name, x, y, Align.CENTER, PaletteSlot.TEXT_MUTED);
                continue;
            }
            // A dot is drawn only with its name, and never on another name: a dot left without
            // its name tells a student nothing, and sat on island names ("Shikotan") and panels.
            if (!labels.isFree(x - DOT_RADIUS, y - DOT_RADIUS, x + DOT_RADIUS, y + DOT_RADIUS)) {
                continue;
            }
            if (labels.place(s, palette, name, x + DOT_TO_NAME_PX, y, Align.LEFT, PaletteSlot.TEXT)
                    || labels.place(s, palette, name, x - DOT_TO_NAME_PX, y, Align.RIGHT, PaletteSlot.TEXT)) {
                labels.reserve(x - DOT_RADIUS, y - DOT_RADIUS, x + DOT_RADIUS, y + DOT_RADIUS);
                s.setFill(palette.get(PaletteSlot.HALO));
                s.fillOval(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
                s.setFill(palette.get(PaletteSlot.PLACE));
                s.fillOval(x - 3, y - 3, 6, 6);
            }
        }
    }

    /**
     * An island's name on its middle where it lies on the island's land in every row it takes,
     * in one line or in two, so that it reads as the island's; otherwise beside the island's
     * coast in the rows it takes, east then west, in one line or two, like a town's name beside
     * its dot. A name that finds no room is left out.
     */
    private void nameIsland(DrawingSurface s, Palette palette, IslandOutline land, String name, double x, double y, MapViewport view,
            double w, double h) {
        double line = s.lineHeight();
        double oneLine = s.textWidth(name);
        String[] lines = twoLineNames.of(name);
        double twoLines = lines == null ? 0 : Math.max(s.textWidth(lines[0]), s.textWidth(lines[1]));
        if (land != null) {
            if (liesOn(land, x, y, oneLine, line, view, w, h)) {
                labels.place(s, palette, name, x, y, Align.CENTER, PaletteSlot.TEXT);
                return;
            }
            if (lines != null && liesOn(land, x, y, twoLines, 2 * line, view, w, h)) {
                labels.placeTwoLines(s, palette, lines[0], lines[1], x, y, Align.CENTER, PaletteSlot.TEXT);
                return;
            }
        }
        if (placeBeside(s, palette, land, name, null, x, y, line, view, w, h) || lines == null) {
            return;
        }
        placeBeside(s, palette, land, lines[0], lines[1], x, y, 2 * line, view, w, h);
    }

    /** True if a name {@code width} × {@code height} centred on (x, y) lies on the land in every row it takes. */
    private static boolean liesOn(IslandOutline land, double x, double y, double width, double height, MapViewport view, double w, double h) {
        double south = view.toMapY(y + height / 2, h);
        double north = view.toMapY(y - height / 2, h);
        return land.covers(south, north) && view.toScreenX(land.innerWest(south, north), w) <= x - width / 2
                && x + width / 2 <= view.toScreenX(land.innerEast(south, north), w);
    }

    /**
     * A name ({@code first}, with {@code second} below it if not null) level with (x, y), just
     * east of the land's coast in the rows it takes, else just west of it; true if placed.
     */
    private boolean placeBeside(DrawingSurface s, Palette palette, IslandOutline land, String first, String second, double x, double y,
            double height, MapViewport view, double w, double h) {
        double east = x;
        double west = x;
        if (land != null) {
            double south = view.toMapY(y + height / 2, h);
            double north = view.toMapY(y - height / 2, h);
            east = view.toScreenX(land.outerEast(south, north), w);
            west = view.toScreenX(land.outerWest(south, north), w);
        }
        return placeAt(s, palette, first, second, east + ISLAND_TO_NAME_PX, y, Align.LEFT)
                || placeAt(s, palette, first, second, west - ISLAND_TO_NAME_PX, y, Align.RIGHT);
    }

    private boolean placeAt(DrawingSurface s, Palette palette, String first, String second, double x, double y, Align align) {
        return second == null ? labels.place(s, palette, first, x, y, align, PaletteSlot.TEXT)
                : labels.placeTwoLines(s, palette, first, second, x, y, align, PaletteSlot.TEXT);
    }

    private void useDataset(Dataset dataset, BaseMap map) {
        if (dataset != orderedFor) {
            orderedFor = dataset;
            List<Place> ordered = new ArrayList<>(dataset.places().size());
            dataset.places().stream().filter(place -> ISLAND.equals(place.kind())).forEach(ordered::add);
            dataset.places().stream().filter(place -> !ISLAND.equals(place.kind())).forEach(ordered::add);
            inOrder = List.copyOf(ordered);
            outlinesFor = null;
        }
        if (map != outlinesFor) {
            outlinesFor = map;
            islandOutlines.clear();
            for (Place place : inOrder) {
                if (ISLAND.equals(place.kind()) && BaseMap.covers(place.position())) {
                    map.project(place.position(), projected);
                    LandPolygon land = map.polygonAt(projected[0], projected[1]);
                    if (land != null) {
                        islandOutlines.put(place, IslandOutline.of(land.projected()));
                    }
                }
            }
        }
    }

    /** Fewer places at small scales: settlements and sites on the islands first, details when zoomed in. */
    static boolean visibleAt(Place place, double metresPerPixel) {
        return switch (place.kind()) {
            case "city" -> metresPerPixel < 2500;
            case ISLAND -> metresPerPixel < 1000;
            case "settlement", "strait" -> metresPerPixel < 900;
            case "military", "cape" -> metresPerPixel < 300;
            default -> metresPerPixel < 120;
        };
    }
}
