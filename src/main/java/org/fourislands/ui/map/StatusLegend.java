package org.fourislands.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourislands.core.model.Actor;
import org.fourislands.core.model.Claim;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.status.IslandStatus;
import org.fourislands.core.status.IslandStatusIndex;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.TextStyle;
import org.fourislands.render.TextStyles;

/**
 * The key to the status colours, the hatching and the border lines: what the map's legend box
 * and an export's legend band both show, so that they always agree with the drawing.
 */
public final class StatusLegend {

    /** What a swatch shows: a status or a border of the map and the strips, or a mark of the timeline's lanes. */
    public enum Kind { ADMINISTRATOR, UNRECORDED, CONTESTED, TREATY_BORDER, DE_FACTO_BORDER, EVENT_ON_A_DAY, EVENT_TO_MONTH_OR_YEAR, EVENT_SPAN, EVENTS_CLUSTERED }

    /**
     * The key to the timeline's marks, for an export: on screen a student can rest the pointer on
     * a mark, but a slide's reader cannot ask what a hollow circle or a numbered badge means. The
     * words are few, so that the key shares the strips' rows: a row more took the height a tall
     * timeline needs for its strips of Urup, the northern Kurils and Sakhalin.
     */
    public static final List<Entry> TIMELINE_MARKS = List.of(
            new Entry(Kind.EVENT_ON_A_DAY, null, "Event, exact day"),
            new Entry(Kind.EVENT_TO_MONTH_OR_YEAR, null, "Month or year"),
            new Entry(Kind.EVENT_SPAN, null, "Span"),
            new Entry(Kind.EVENTS_CLUSTERED, null, "Events close together"));

    /** One line of the legend; {@code actor} is set for administrators only. */
    public record Entry(Kind kind, Actor actor, String text) {}

    /** An English name that ends in its abbreviation: "Union of Soviet Socialist Republics (USSR)". */
    private static final Pattern ABBREVIATED = Pattern.compile(".* \\(([A-Z]{2,})\\)");

    private final TextStyles styles = new TextStyles();
    private final double[] xs = new double[4];
    private final double[] ys = new double[4];

    /**
     * The name a key uses: the abbreviation an English name ends in ("USSR"), else the name. A
     * key is read at a glance, often small; the full name is in the tooltips and the panels.
     */
    static String shortName(Actor actor) {
        Matcher abbreviated = ABBREVIATED.matcher(actor.names().en());
        return abbreviated.matches() ? abbreviated.group(1) : actor.names().en();
    }

    /**
     * The entries for these statuses, and for a treaty border and the de facto line where they
     * are drawn. The hatching's entry names who else claims the land where one party does
     * ("Hatched: also claimed by Japan"): on a slide, "another party" left the reader to guess.
     */
    public static List<Entry> forStatuses(Dataset dataset, Collection<IslandStatus> statuses, boolean treatyBorderShown, boolean deFactoLineShown) {
        Map<String, Actor> administrators = new LinkedHashMap<>();
        // The map works the legend out again whenever its view holds other islands: the claimant
        // is looked up once, not once a claim.
        String onlyClaimant = null;
        boolean severalClaimants = false;
        boolean unrecorded = false;
        for (IslandStatus status : statuses) {
            if (status.administrator() != null) {
                administrators.putIfAbsent(status.administrator().id(), status.administrator());
            } else {
                unrecorded = true;
            }
            for (Claim claim : status.otherClaims()) {
                if (onlyClaimant == null) {
                    onlyClaimant = claim.claimantId();
                } else if (!onlyClaimant.equals(claim.claimantId())) {
                    severalClaimants = true;
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        administrators.values().forEach(actor -> entries.add(new Entry(Kind.ADMINISTRATOR, actor, "Administered by " + shortName(actor))));
        if (unrecorded) {
            // Before the dataset's first administration period (1855) its islands are plain land:
            // without a key, a map of 1800 read as land nobody held.
            entries.add(new Entry(Kind.UNRECORDED, null, "No administration recorded"));
        }
        if (onlyClaimant != null) {
            // With several claimants a list would widen the key until its type shrinks; each
            // hatched island's claimant is then the other party its colour does not name.
            String claimant = onlyClaimant;
            entries.add(new Entry(Kind.CONTESTED, null, severalClaimants ? "Hatched: also claimed by another party"
                    : "Hatched: also claimed by " + dataset.actor(claimant).map(StatusLegend::shortName).orElse(claimant)));
        }
        if (treatyBorderShown) {
            entries.add(new Entry(Kind.TREATY_BORDER, null, "Treaty border"));
        }
        if (deFactoLineShown) {
            entries.add(new Entry(Kind.DE_FACTO_BORDER, null, "De facto line"));
        }
        return entries;
    }

    /** The entries for the timeline's status strips of {@code islandIds} between two days. */
    public static List<Entry> forPeriod(IslandStatusIndex index, Dataset dataset, Collection<String> islandIds, double fromDay, double toDay) {
        List<IslandStatus> statuses = new ArrayList<>();
        for (String islandId : islandIds) {
            for (IslandStatusIndex.Segment segment : index.segments(islandId)) {
                if (segment.startDay() < toDay && segment.endDay() > fromDay) {
                    statuses.add(segment.status());
                }
            }
        }
        return forStatuses(dataset, statuses, false, false);
    }

    /** Draws the swatch of {@code entry} in the box x, y, w, h. */
    public void drawSwatch(DrawingSurface s, Palette palette, Entry entry, double x, double y, double w, double h) {
        switch (entry.kind()) {
            case ADMINISTRATOR, UNRECORDED -> {
                s.setFill(entry.actor() == null ? palette.get(PaletteSlot.LAND) : palette.get(PaletteSlot.forRole(entry.actor().colourRole())));
                s.fillRect(x, y, w, h);
                s.setStroke(palette.get(PaletteSlot.COASTLINE), 1);
                s.strokeRect(x, y, w, h);
            }
            case CONTESTED -> {
                xs[0] = x;
                ys[0] = y;
                xs[1] = x + w;
                ys[1] = y;
                xs[2] = x + w;
                ys[2] = y + h;
                xs[3] = x;
                ys[3] = y + h;
                s.beginPath();
                s.addRing(xs, ys, 4);
                s.fillHatchedPath(palette.get(PaletteSlot.LAND), palette.get(PaletteSlot.HATCH));
                s.setStroke(palette.get(PaletteSlot.COASTLINE), 1);
                s.strokePolygon(xs, ys, 4);
            }
            case TREATY_BORDER -> {
                s.setStroke(palette.get(PaletteSlot.BORDER_TREATY), 2.8);
                s.strokeLine(x, y + h / 2, x + w, y + h / 2);
            }
            case DE_FACTO_BORDER -> {
                s.setStroke(palette.get(PaletteSlot.BORDER_DE_FACTO), 2.8, 5, 3);
                s.strokeLine(x, y + h / 2, x + w, y + h / 2);
            }
            // The timeline's marks, drawn as its lanes draw them.
            case EVENT_ON_A_DAY -> {
                double r = Math.min(w, h) / 2 - 1;
                s.setFill(palette.get(PaletteSlot.ACCENT));
                s.fillOval(x + w / 2 - r, y + h / 2 - r, 2 * r, 2 * r);
            }
            case EVENT_TO_MONTH_OR_YEAR -> {
                double r = Math.min(w, h) / 2 - 1.5;
                s.setFill(palette.get(PaletteSlot.BACKGROUND));
                s.fillOval(x + w / 2 - r, y + h / 2 - r, 2 * r, 2 * r);
                s.setStroke(palette.get(PaletteSlot.ACCENT), 2);
                s.strokeOval(x + w / 2 - r, y + h / 2 - r, 2 * r, 2 * r);
            }
            case EVENT_SPAN -> {
                s.setFill(palette.get(PaletteSlot.ACCENT).withAlpha(0.35));
                s.fillRect(x, y + h / 4, w, h / 2);
                s.setStroke(palette.get(PaletteSlot.ACCENT), 1);
                s.strokeLine(x, y + h / 4, x + w, y + h / 4);
                s.strokeLine(x, y + 3 * h / 4, x + w, y + 3 * h / 4);
            }
            case EVENTS_CLUSTERED -> {
                s.setFill(palette.get(PaletteSlot.TEXT));
                s.fillRect(x, y, w, h);
                s.setFill(palette.get(PaletteSlot.BACKGROUND));
                s.fillText("3", x + w / 2, y + h / 2, Align.CENTER, Baseline.MIDDLE);
            }
        }
    }

    /** Draws the entries as a framed box (the map's legend), where and at the type scale {@link #box} laid it out. */
    public void drawBox(DrawingSurface s, Palette palette, List<Entry> entries, Box box) {
        double scale = box.typeScale();
        TextStyle style = styles.of(BOX_TYPE * scale, false);
        double swatch = 14 * scale;
        double left = box.left();
        s.setFill(palette.get(PaletteSlot.PANEL));
        s.fillRect(left, box.top(), box.width(), box.height());
        s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
        s.strokeRect(left, box.top(), box.width(), box.height());
        double y = box.top() + 9 * scale;
        for (int i = 0; i < entries.size(); i++) {
            drawSwatch(s, palette, entries.get(i), left + 10 * scale, y, swatch, swatch * 0.8);
            s.setTextStyle(style);
            s.setFill(palette.get(PaletteSlot.TEXT));
            List<String> lines = box.lines().get(i);
            for (int line = 0; line < lines.size(); line++) {
                s.fillText(lines.get(line), left + 18 * scale + swatch, y + swatch * 0.4 + line * BOX_LINE * scale, Align.LEFT, Baseline.MIDDLE);
            }
            y += (BOX_ROW + (lines.size() - 1) * BOX_LINE) * scale;
        }
    }

    /**
     * Where {@link #drawBox} puts the box, the type scale it shrinks to, and each entry's text in
     * lines (a long one, such as "Administered by Union of Soviet Socialist Republics (USSR)", in
     * two).
     */
    public record Box(double left, double top, double width, double height, double typeScale, List<List<String>> lines) {}

    /** The box's type size, a row's height and a wrapped entry's further lines' height, at type scale 1. */
    private static final double BOX_TYPE = 11.5;
    private static final double BOX_ROW = 18;
    private static final double BOX_LINE = 14;
    /** The box's type, as shares of the palette's, tried in turn: wrapping first, then smaller type. */
    private static final double[] BOX_SHRINKS = {1, 0.9, 0.8, 0.7, 0.6};

    /** How many layouts {@link #box} keeps. */
    private static final int MAX_LAYOUTS = 16;

    /** A box's layout: its type scale, size and lines. */
    private record Layout(double scale, double width, double height, List<List<String>> lines) {}

    /**
     * The layouts {@link #box} has made, by their entries, while the limits and type stay the
     * same: the map asks every frame, and panning and zooming switch between a few legends.
     */
    private final Map<List<Entry>, Layout> layouts = new HashMap<>();
    /**
     * The last box and what it was for: while a map pans it asks again with the very same
     * entries and corner, and gets the same box, without a look-up or a new box each frame.
     */
    private Box lastBox;
    private List<Entry> lastBoxEntries;
    private double lastBoxRight;
    private double lastBoxBottom;
    private double laidOutMaxWidth;
    private double laidOutMaxHeight;
    private double laidOutScale = Double.NaN;
    private String laidOutFamily;

    /**
     * The box for the entries, its bottom-right corner at right, bottom: the map keeps its labels
     * out of it, then draws it. On a small map an entry too long for {@code maxWidth} goes on in
     * a second line; where even so the box would exceed {@code maxWidth} × {@code maxHeight}, its
     * type shrinks, down to 60%, so that it does not cover the islands it explains. (It shrank
     * first, and a laptop's window read the legend in 9 px type.) The entries must not change
     * after they are passed in: the same list asks for the same box.
     */
    public Box box(DrawingSurface s, Palette palette, List<Entry> entries, double right, double bottom, double maxWidth, double maxHeight) {
        if (maxWidth != laidOutMaxWidth || maxHeight != laidOutMaxHeight || palette.typeScale() != laidOutScale
                || !palette.fontFamily().equals(laidOutFamily)) {
            layouts.clear();
            laidOutMaxWidth = maxWidth;
            laidOutMaxHeight = maxHeight;
            laidOutScale = palette.typeScale();
            laidOutFamily = palette.fontFamily();
            lastBox = null;
        }
        if (lastBox != null && entries == lastBoxEntries && right == lastBoxRight && bottom == lastBoxBottom) {
            return lastBox;
        }
        Layout layout = layouts.get(entries);
        if (layout == null) {
            if (layouts.size() >= MAX_LAYOUTS) {
                layouts.clear();
            }
            layout = layOutBox(s, palette.typeScale(), entries, maxWidth, maxHeight);
            layouts.put(List.copyOf(entries), layout);
        }
        lastBox = new Box(right - layout.width(), bottom - layout.height(), layout.width(), layout.height(), layout.scale(), layout.lines());
        lastBoxEntries = entries;
        lastBoxRight = right;
        lastBoxBottom = bottom;
        return lastBox;
    }

    private Layout layOutBox(DrawingSurface s, double paletteScale, List<Entry> entries, double maxWidth, double maxHeight) {
        Layout layout = null;
        for (double shrink : BOX_SHRINKS) {
            double scale = paletteScale * shrink;
            s.setTextStyle(styles.of(BOX_TYPE * scale, false));
            double textRoom = maxWidth - (14 + 30) * scale;
            List<List<String>> lines = new ArrayList<>();
            double textWidth = 0;
            double height = 12 * scale;
            for (Entry entry : entries) {
                List<String> entryLines = wrapped(s, entry.text(), textRoom);
                for (String line : entryLines) {
                    textWidth = Math.max(textWidth, s.textWidth(line));
                }
                lines.add(entryLines);
                height += (BOX_ROW + (entryLines.size() - 1) * BOX_LINE) * scale;
            }
            layout = new Layout(scale, textWidth + (14 + 30) * scale, height, lines);
            if (layout.width() <= maxWidth && layout.height() <= maxHeight) {
                return layout;
            }
        }
        return layout;
    }

    /**
     * The width of the widest word of any entry, swatch included, in type of {@code size}: the
     * least width the row layout can wrap the entries into.
     */
    public double widestWord(DrawingSurface s, List<Entry> entries, double size) {
        s.setTextStyle(styles.of(size, false));
        double widest = 0;
        for (Entry entry : entries) {
            for (String word : entry.text().split(" ")) {
                widest = Math.max(widest, size * 2 + s.textWidth(word));
            }
        }
        return widest;
    }

    /** The height {@link #drawRow} would use for these entries. */
    public double rowHeight(DrawingSurface s, List<Entry> entries, double maxWidth, double size) {
        return layRow(s, null, entries, 0, 0, maxWidth, size);
    }

    /**
     * Draws the entries in a row from x, y, wrapping within {@code maxWidth}, in text of
     * {@code size} pixels (an export's legend band, presentation mode's legend). An entry too
     * long for the width on its own goes on over several lines rather than in smaller type.
     * Returns the height used.
     */
    public double drawRow(DrawingSurface s, Palette palette, List<Entry> entries, double x, double y, double maxWidth, double size) {
        return layRow(s, palette, entries, x, y, maxWidth, size);
    }

    /** The width the entries take in one row, unwrapped, in text of {@code size} pixels. */
    public double rowWidth(DrawingSurface s, List<Entry> entries, double size) {
        s.setTextStyle(styles.of(size, false));
        double width = 0;
        for (Entry entry : entries) {
            width += (ROW_SWATCH_WIDTH + ROW_SWATCH_GAP) * size + s.textWidth(entry.text());
        }
        return entries.isEmpty() ? 0 : width + (entries.size() - 1) * ROW_ENTRY_GAP * size;
    }

    /** A row's swatch, the gap after it and the gap between entries, in shares of the type's size. */
    private static final double ROW_SWATCH_WIDTH = 1.5;
    private static final double ROW_SWATCH_GAP = 0.5;
    private static final double ROW_ENTRY_GAP = 1.4;

    /** Lays the entries out in wrapped rows and returns the height; draws them too unless {@code palette} is null. */
    private double layRow(DrawingSurface s, Palette palette, List<Entry> entries, double x, double y, double maxWidth, double size) {
        TextStyle style = styles.of(size, false);
        s.setTextStyle(style);
        double swatchW = size * ROW_SWATCH_WIDTH;
        double swatchH = size * 0.95;
        double gap = size * ROW_ENTRY_GAP;
        double rowH = size * 1.6;
        double lineH = size * 1.25;
        double textLeft = swatchW + size * ROW_SWATCH_GAP;
        double cx = x;
        double cy = y;
        double rowBottom = y + rowH;
        for (Entry entry : entries) {
            double itemW = textLeft + s.textWidth(entry.text());
            if (cx > x && cx + itemW > x + maxWidth) {
                cx = x;
                cy = rowBottom;
                rowBottom = cy + rowH;
            }
            List<String> lines = itemW <= maxWidth ? List.of(entry.text()) : wrapped(s, entry.text(), maxWidth - textLeft);
            if (palette != null) {
                drawSwatch(s, palette, entry, cx, cy + (rowH - swatchH) / 2, swatchW, swatchH);
                s.setTextStyle(style);
                s.setFill(palette.get(PaletteSlot.TEXT));
                for (int line = 0; line < lines.size(); line++) {
                    s.fillText(lines.get(line), cx + textLeft, cy + rowH / 2 + line * lineH, Align.LEFT, Baseline.MIDDLE);
                }
            }
            rowBottom = Math.max(rowBottom, cy + rowH + (lines.size() - 1) * lineH);
            cx += Math.min(itemW, maxWidth) + gap;
        }
        return entries.isEmpty() ? 0 : rowBottom - y;
    }

    /** {@code text} broken at spaces into lines no wider than {@code width} (a word wider than that stands alone). */
    private static List<String> wrapped(DrawingSurface s, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && s.textWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
