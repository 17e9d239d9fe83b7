package org.fourislands.ui.export;

import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.data.Credits;
import org.fourislands.core.geo.MapData;
import org.fourislands.core.geo.MapExtents;
import org.fourislands.core.model.HistoricalEvent;
import org.fourislands.core.model.Island;
import org.fourislands.core.model.Poll;
import org.fourislands.core.time.DatePrecision;
import org.fourislands.core.time.HistoricalDate;
import org.fourislands.core.time.TimeWindow;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.RegionSurface;
import org.fourislands.render.Rgba;
import org.fourislands.render.TextStyle;
import org.fourislands.ui.map.MapFrame;
import org.fourislands.ui.map.MapRenderer;
import org.fourislands.ui.map.MapViewport;
import org.fourislands.ui.map.StatusLegend;
import org.fourislands.ui.polls.PollChartRenderer;
import org.fourislands.ui.timeline.TimelineFrame;
import org.fourislands.ui.timeline.TimelineRenderer;
import org.locationtech.jts.geom.Envelope;

/**
 * Lays out an export on any drawing surface: a title band, the view (the timeline, the map, a
 * slide of map, caption and timeline, or a poll chart) drawn by the views' own renderers, a legend, and an
 * attribution footer. The same code draws the PNG, the SVG, the PDF and the dialog's preview.
 * Not thread-safe: one composer per export.
 */
public final class ExportComposer {

    /** A slide's caption band between map and timeline, at type scale 1. */
    private static final double SLIDE_CAPTION_H = 54;

    private final MapRenderer mapRenderer = new MapRenderer();
    private final TimelineRenderer timelineRenderer = new TimelineRenderer();
    private final StatusLegend legend = new StatusLegend();
    private final PollChartRenderer pollRenderer = new PollChartRenderer();

    /** Draws the export described by {@code options} on {@code s}, in the colours of {@code themePalette}. */
    public void draw(DrawingSurface s, ExportSource source, ExportOptions options, Palette themePalette) {
        double k = options.effectiveTypeScale();
        // Lines grow with the type, so that a 4K export is the 720p one enlarged, not a thinner
        // drawing; the theme's own scales stay (the projector's type is larger, as on screen).
        Palette palette = themePalette.withScales(themePalette.typeScale() * k, themePalette.lineScale() * k);
        if (options.transparent()) {
            palette = palette.withColour(PaletteSlot.BACKGROUND, Rgba.TRANSPARENT);
        }
        s.usePalette(palette);
        double w = s.width();
        double h = s.height();
        s.setFill(palette.get(PaletteSlot.BACKGROUND));
        s.fillRect(0, 0, w, h);

        double pad = 18 * k;
        double titleH = options.showTitle() ? 50 * k : 0;
        double footerH = options.showFooter() ? 26 * k : 0;
        // The map carries its own legend box, as on screen; the timeline gets a band below it for
        // its status strips and its marks. On a slide the band keys only what the map's legend
        // does not: the statuses the strips show at other dates (the 1855 slide's strips run on
        // to the Russian Federation), so that the timeline keeps its height.
        double legendSize = 13 * k;
        double beside = h - titleH - footerH;
        boolean hasTimeline = options.kind().hasTimeline();
        double titleWidth = 0;
        if (options.showTitle()) {
            s.setFill(palette.get(PaletteSlot.TEXT));
            String titleText = fitText(s, title(source, options), 26 * k, w - 2 * pad);
            s.fillText(titleText, pad, titleH / 2, Align.LEFT, Baseline.MIDDLE);
            titleWidth = s.textWidth(titleText);
        }
        // The key to the timeline's marks stands in the title bar where the title leaves room,
        // taking no height from the timeline; else it joins the band.
        boolean marksKeyed = options.showLegend() && hasTimeline;
        double marksWidth = legend.rowWidth(s, StatusLegend.TIMELINE_MARKS, legendSize);
        boolean marksInTitleBar = marksKeyed && options.showTitle() && titleWidth + 2 * pad + marksWidth <= w - 2 * pad;
        boolean marksInBand = marksKeyed && !marksInTitleBar;
        List<StatusLegend.Entry> legendEntries = !options.showLegend() || !hasTimeline ? List.of()
                : options.showStrips() ? stripEntries(s, source, options, palette, w, beside, legendSize, pad, marksInBand)
                : marksInBand ? StatusLegend.TIMELINE_MARKS : List.of();
        double legendH = legendBandHeight(s, legendEntries, w, legendSize, pad);
        double contentTop = titleH;
        double contentH = beside - legendH;

        switch (options.kind()) {
            case TIMELINE -> drawTimeline(s, timelineFrame(source, options, palette), 0, contentTop, w, contentH);
            case MAP -> drawMap(s, source, options, palette, 0, contentTop, w, contentH);
            case SLIDE -> drawSlide(s, source, options, palette, contentTop, w, contentH);
            case POLL -> drawPoll(s, source, options, palette, contentTop, w, contentH);
        }
        if (!legendEntries.isEmpty()) {
            legend.drawRow(s, palette, legendEntries, pad, contentTop + contentH + pad / 4, w - 2 * pad, legendSize);
        }
        if (marksInTitleBar) {
            legend.drawRow(s, palette, StatusLegend.TIMELINE_MARKS, w - pad - marksWidth, titleH / 2 - legendSize * 0.8, marksWidth + 1, legendSize);
        }
        if (options.showFooter()) {
            double y = h - footerH / 2;
            s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 1);
            s.strokeLine(pad, h - footerH, w - pad, h - footerH);
            s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
            s.setTextStyle(new TextStyle(11 * k, false));
            s.fillText(Credits.footer(source.dataset()), pad, y, Align.LEFT, Baseline.MIDDLE);
            s.fillText("Names: " + options.naming().label(), w - pad, y, Align.RIGHT, Baseline.MIDDLE);
        }
    }

    private double legendBandHeight(DrawingSurface s, List<StatusLegend.Entry> entries, double w, double size, double pad) {
        return entries.isEmpty() ? 0 : legend.rowHeight(s, entries, w - 2 * pad, size) + pad / 2;
    }

    /**
     * The statuses the timeline's strips show over the export's range, for the legend band under
     * it. A tall timeline has strips for Urup, the northern Kurils and Sakhalin too, in colours
     * of their own (the Russian Empire, the years Sakhalin was open to both): which strips it has
     * depends on its height, which the band takes from. On a slide the band keys only what the
     * map's legend does not.
     *
     * @param beside the height the view and the band share
     */
    private List<StatusLegend.Entry> stripEntries(DrawingSurface s, ExportSource source, ExportOptions options, Palette palette,
            double w, double beside, double legendSize, double pad, boolean withMarks) {
        TimelineFrame frame = timelineFrame(source, options, palette);
        List<StatusLegend.Entry> everyStrip = entriesFor(source, options, TimelineRenderer.stripIslandsAt(frame, Double.MAX_VALUE), withMarks);
        List<Island> shown = TimelineRenderer.stripIslandsAt(frame,
                timelineHeight(options, frame, palette, beside - legendBandHeight(s, everyStrip, w, legendSize, pad)));
        List<StatusLegend.Entry> entries = entriesFor(source, options, shown, withMarks);
        // Keyed for fewer strips the band is lower, and the timeline may then have room for more:
        // key them all, which keeps it below that room.
        if (!TimelineRenderer.stripIslandsAt(frame, timelineHeight(options, frame, palette,
                beside - legendBandHeight(s, entries, w, legendSize, pad))).equals(shown)) {
            entries = everyStrip;
        }
        return entries;
    }

    /**
     * The band's entries for a timeline with these strips: the statuses they show (on a slide,
     * those the map's legend does not), then, {@code withMarks}, the key to the marks.
     */
    private List<StatusLegend.Entry> entriesFor(ExportSource source, ExportOptions options, List<Island> strips, boolean withMarks) {
        List<String> ids = strips.stream().map(Island::id).toList();
        List<StatusLegend.Entry> entries = new ArrayList<>(
                StatusLegend.forPeriod(source.statusIndex(), source.dataset(), ids, options.range().start(), options.range().end()));
        if (options.kind() == ExportKind.SLIDE) {
            double day = options.date().lastEpochDay();
            entries.removeAll(StatusLegend.forPeriod(source.statusIndex(), source.dataset(), disputedIds(source), day, day + 1));
        }
        if (withMarks) {
            entries.addAll(StatusLegend.TIMELINE_MARKS);
        }
        return entries;
    }

    /** The timeline's height in an export whose view has {@code contentH}: all of it, or on a slide what map and caption leave. */
    private static double timelineHeight(ExportOptions options, TimelineFrame frame, Palette palette, double contentH) {
        if (options.kind() == ExportKind.TIMELINE) {
            return contentH;
        }
        double captionH = SLIDE_CAPTION_H * palette.typeScale();
        return contentH - captionH - slideMapHeight(contentH, captionH, frame);
    }

    /** A slide's map takes 58 % of the height, less where the timeline would not fit all its lanes in the rest. */
    private static double slideMapHeight(double contentH, double captionH, TimelineFrame timeline) {
        return Math.round(Math.min((contentH - captionH) * 0.58, contentH - captionH - TimelineRenderer.smallestHeight(timeline)));
    }

    /**
     * The default title says what and when: "Four Islands — 1945–1960", "Four Islands — status on
     * 2 February 1946", and for a month or a year, "status at the end of 1875", the day the map
     * shows (decision 0014).
     */
    public static String defaultTitle(ExportOptions options) {
        return switch (options.kind()) {
            case TIMELINE -> "Four Islands — " + rangeText(options.range());
            case MAP -> statusTitle(options);
            // A slide's timeline has years of its own, which the title gives too.
            case SLIDE -> statusTitle(options) + ", timeline " + rangeText(options.range());
            case POLL -> "Four Islands — opinion poll";
        };
    }

    private static String statusTitle(ExportOptions options) {
        return "Four Islands — status " + (options.date().precision() == DatePrecision.DAY ? "on " : "at the end of ") + options.date().toDisplayText();
    }

    /** The title to print: the user's; else the default, which for a poll is the poll's own title. */
    static String title(ExportSource source, ExportOptions options) {
        if (options.title() != null && !options.title().isBlank()) {
            return options.title();
        }
        return options.kind() == ExportKind.POLL ? poll(source, options).title() : defaultTitle(options);
    }

    private void drawPoll(DrawingSurface s, ExportSource source, ExportOptions options, Palette palette, double top, double w, double h) {
        Poll poll = poll(source, options);
        RegionSurface.drawInRegion(s, 0, top, w, h, region -> pollRenderer.render(region, poll, source.dataset(), palette));
    }

    /** The poll a poll chart shows. */
    private static Poll poll(ExportSource source, ExportOptions options) {
        return source.dataset().polls().stream().filter(p -> p.id().equals(options.pollId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no poll with id '" + options.pollId() + "' in the dataset"));
    }

    /** "1945–1960" or "1956" for whole years; "3 May 1956 – 19 October 1956" otherwise. */
    static String rangeText(TimeWindow range) {
        HistoricalDate from = range.firstDay();
        HistoricalDate to = range.lastDay();
        boolean wholeYears = from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31;
        if (wholeYears) {
            return from.year() == to.year() ? Integer.toString(from.year()) : from.year() + "–" + to.year();
        }
        return from.toDisplayText() + " – " + to.toDisplayText();
    }

    private void drawSlide(DrawingSurface s, ExportSource source, ExportOptions options, Palette palette, double top, double w, double h) {
        double k = palette.typeScale();
        double captionH = SLIDE_CAPTION_H * k;
        // A small slide in the projector's larger type keeps every lane of the timeline, with its strips keyed below.
        TimelineFrame timeline = timelineFrame(source, options, palette);
        double mapH = slideMapHeight(h, captionH, timeline);
        double timelineTop = top + mapH + captionH;
        drawMap(s, source, options, palette, 0, top, w, mapH);
        s.setFill(palette.get(PaletteSlot.TEXT));
        String captionText = fitText(s, caption(source, options), 22 * k, w - 36 * k);
        s.fillText(captionText, 18 * k, top + mapH + captionH / 2, Align.LEFT, Baseline.MIDDLE);
        // The slide's timeline is a strip under the map; its renderer shrinks the type until all lanes fit.
        drawTimeline(s, timeline, 0, timelineTop, w, top + h - timelineTop);
    }

    /**
     * Chooses the largest bold style up to {@code size}, down to 70% of it, in which {@code text}
     * fits {@code maxWidth}, and shortens the text with an ellipsis if even that is too wide.
     * Leaves the style set on {@code s} and returns the text to draw.
     */
    private static String fitText(DrawingSurface s, String text, double size, double maxWidth) {
        double tried = size;
        s.setTextStyle(new TextStyle(tried, true));
        while (s.textWidth(text) > maxWidth && tried > size * 0.7) {
            tried *= 0.95;
            s.setTextStyle(new TextStyle(tried, true));
        }
        String shown = text;
        while (shown.length() > 1 && s.textWidth(shown + "…") > maxWidth && s.textWidth(shown) > maxWidth) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.equals(text) ? text : shown.strip() + "…";
    }

    /** The slide's caption: the user's, or the event's title and date, or the date alone. */
    static String caption(ExportSource source, ExportOptions options) {
        if (options.caption() != null && !options.caption().isBlank()) {
            return options.caption();
        }
        HistoricalEvent event = event(source, options);
        if (event == null) {
            return "Status on " + options.date().toDisplayText();
        }
        return source.names().render(event.title(), options.naming(), options.script()) + " — " + event.date().toDisplayText();
    }

    private static HistoricalEvent event(ExportSource source, ExportOptions options) {
        return options.eventId() == null ? null : source.dataset().event(options.eventId()).orElse(null);
    }

    private void drawMap(DrawingSurface s, ExportSource source, ExportOptions options, Palette palette, double x, double y, double w, double h) {
        MapData data = source.mapData();
        double k = palette.typeScale();
        // A chosen extent (the view's) is shown exactly; a framed one gets a margin.
        MapViewport viewport = MapViewport.fit(mapExtent(source, options), w, h, options.mapExtent() != null ? 0 : 24 * k);
        // Without the title band, the map says its date itself, exactly as on screen.
        String mapTitle = options.showTitle() ? null : options.date().toDisplayText();
        MapFrame frame = new MapFrame(data.coastline(), data.locator(), data.landBeyond(), data.graticule(), viewport, source.dataset(),
                source.statusIndex(), source.names(), options.date().lastEpochDay(), mapTitle, options.naming(), options.script(),
                null, null, List.of(), palette, true, options.showLegend(), false);
        RegionSurface.drawInRegion(s, x, y, w, h, region -> mapRenderer.render(region, frame));
    }

    /** The chosen extent; else the four islands, widened to the event's islands and places (a slide is about them). */
    private static Envelope mapExtent(ExportSource source, ExportOptions options) {
        if (options.mapExtent() != null) {
            return options.mapExtent();
        }
        Envelope extent = MapExtents.ofDisputedIslands(source.mapData().coastline(), source.dataset());
        HistoricalEvent event = event(source, options);
        if (event != null) {
            extent.expandToInclude(MapExtents.ofEvent(source.mapData().coastline(), source.dataset(), event));
        }
        return extent;
    }

    private void drawTimeline(DrawingSurface s, TimelineFrame frame, double x, double y, double w, double h) {
        RegionSurface.drawInRegion(s, x, y, w, h, region -> {
            // A playhead only where the export has a date.
            if (Double.isNaN(frame.selectedDay())) {
                timelineRenderer.renderWithoutPlayhead(region, frame);
            } else {
                timelineRenderer.render(region, frame);
            }
        });
    }

    private static TimelineFrame timelineFrame(ExportSource source, ExportOptions options, Palette palette) {
        List<HistoricalEvent> events = source.dataset().events().stream().filter(options.filter()::matches).toList();
        HistoricalDate date = options.date();
        return new TimelineFrame(source.dataset(), events, source.statusIndex(), source.names(), options.range(),
                date == null ? Double.NaN : date.lastEpochDay(), event(source, options), null, List.of(), null,
                options.naming(), options.script(), palette, null, false, options.showStrips());
    }

    private static List<String> disputedIds(ExportSource source) {
        return source.dataset().islands().stream().filter(Island::isDisputed).map(Island::id).toList();
    }
}
