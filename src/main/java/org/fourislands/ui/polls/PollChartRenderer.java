package org.fourislands.ui.polls;

import java.util.ArrayList;
import java.util.List;
import org.fourislands.core.model.Dataset;
import org.fourislands.core.model.Poll;
import org.fourislands.core.model.PollRow;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.DrawingSurface.Align;
import org.fourislands.render.DrawingSurface.Baseline;
import org.fourislands.render.Palette;
import org.fourislands.render.PaletteSlot;
import org.fourislands.render.TextStyle;

/**
 * Draws one poll for export — the question in full, who asked whom, grouped bars (one colour
 * per respondent group, one cluster per answer) with every exact percentage above its bar, and
 * the source — through the drawing interface, so a chart goes to PNG, SVG and PDF at slide
 * sizes. The on-screen polls view is a JavaFX BarChart with the same data and colours
 * (decision 0009).
 */
public final class PollChartRenderer {

    /** Draws {@code poll} over the whole of {@code s}. */
    public void render(DrawingSurface s, Poll poll, Dataset dataset, Palette palette) {
        s.usePalette(palette);
        double k = palette.typeScale();
        double w = s.width();
        double h = s.height();
        double pad = 16 * k;
        double textW = w - 2 * pad;

        double y = pad / 2;
        y = paragraph(s, palette, poll.questionAsShown(), new TextStyle(16 * k, true), PaletteSlot.TEXT, pad, y, textW);
        y = paragraph(s, palette, poll.pollster() + ", " + poll.year().toDisplayText() + " · " + poll.respondents(),
                new TextStyle(12 * k, false), PaletteSlot.TEXT_MUTED, pad, y, textW);
        y += drawLegend(s, palette, poll, pad, y + 4 * k, textW, 12 * k) + 10 * k;

        TextStyle small = new TextStyle(11 * k, false);
        List<String> footer = new ArrayList<>();
        java.util.Optional.ofNullable(dataset.sourcesById().get(poll.source().sourceId())).ifPresent(source -> footer.add("Source: " + source.citationText()
                + (poll.source().locator() == null ? "" : ", " + poll.source().locator())));
        if (poll.note() != null) {
            footer.add(poll.note());
        }
        double footerH = 0;
        s.setTextStyle(small);
        for (String text : footer) {
            footerH += wrap(s, text, textW).size() * s.lineHeight();
        }
        double bottom = h - pad / 2 - footerH;
        double footerY = bottom;
        for (String text : footer) {
            footerY = paragraph(s, palette, text, small, PaletteSlot.TEXT_MUTED, pad, footerY, textW);
        }
        drawBars(s, palette, poll, pad, y, w - pad, bottom - 6 * k);
    }

    private void drawBars(DrawingSurface s, Palette palette, Poll poll, double left, double top, double right, double bottom) {
        double k = palette.typeScale();
        TextStyle axisStyle = new TextStyle(11 * k, false);
        s.setTextStyle(axisStyle);
        double axisLabelW = s.textWidth("100") + 8 * k;
        double plotLeft = left + axisLabelW;
        int answers = poll.answers().size();
        double categoryW = (right - plotLeft) / answers;
        TextStyle categoryStyle = new TextStyle(12 * k, false);
        s.setTextStyle(categoryStyle);
        int categoryLines = 1;
        for (String answer : poll.answers()) {
            categoryLines = Math.max(categoryLines, Math.min(3, wrap(s, answer, categoryW - 8 * k).size()));
        }
        double plotBottom = bottom - categoryLines * s.lineHeight() - 6 * k;
        double plotTop = top + 18 * k;
        double max = Math.ceil(maxValue(poll) / 10) * 10;
        double scale = (plotBottom - plotTop) / Math.max(10, max);

        s.setTextStyle(axisStyle);
        for (int tick = 0; tick <= max; tick += max > 60 ? 20 : 10) {
            double ty = plotBottom - tick * scale;
            s.setStroke(palette.get(PaletteSlot.GRATICULE), 1);
            s.strokeLine(plotLeft, ty, right, ty);
            s.setFill(palette.get(PaletteSlot.TEXT_MUTED));
            s.fillText(Integer.toString(tick), plotLeft - 6 * k, ty, Align.RIGHT, Baseline.MIDDLE);
        }
        s.fillText("%", plotLeft - 6 * k, plotTop - 10 * k, Align.RIGHT, Baseline.MIDDLE);

        int groups = poll.rows().size();
        double clusterW = categoryW * 0.84;
        double barW = clusterW / groups;
        TextStyle valueStyle = valueStyle(s, poll, barW - 2, 11 * k);
        for (int a = 0; a < answers; a++) {
            double clusterLeft = plotLeft + a * categoryW + (categoryW - clusterW) / 2;
            for (int g = 0; g < groups; g++) {
                double value = poll.rows().get(g).values().get(a);
                double x = clusterLeft + g * barW;
                double barTop = plotBottom - value * scale;
                s.setFill(palette.get(PaletteSlot.chartSeries(g)));
                s.fillRect(x + 1, barTop, barW - 2, value * scale);
                s.setStroke(palette.get(PaletteSlot.PANEL_BORDER), 0.8);
                s.strokeRect(x + 1, barTop, barW - 2, value * scale);
                s.setTextStyle(valueStyle);
                s.setFill(palette.get(PaletteSlot.TEXT));
                // A halo of the background keeps a gridline from striking through the number.
                s.fillTextWithHalo(PollChart.percent(value), x + barW / 2, barTop - 3 * k, Align.CENTER, Baseline.BOTTOM,
                        palette.get(PaletteSlot.BACKGROUND), 3 * k);
            }
            s.setTextStyle(categoryStyle);
            s.setFill(palette.get(PaletteSlot.TEXT));
            List<String> lines = wrap(s, poll.answers().get(a), categoryW - 8 * k);
            for (int line = 0; line < Math.min(categoryLines, lines.size()); line++) {
                s.fillText(lines.get(line), plotLeft + (a + 0.5) * categoryW, plotBottom + 4 * k + line * s.lineHeight(),
                        Align.CENTER, Baseline.TOP);
            }
        }
        s.setStroke(palette.get(PaletteSlot.TEXT_MUTED), 1);
        s.strokeLine(plotLeft, plotBottom, right, plotBottom);
    }

    /** One size for every value label: the largest up to {@code size} (down to 60%) in which the widest fits a bar. */
    private static TextStyle valueStyle(DrawingSurface s, Poll poll, double barWidth, double size) {
        String widest = PollChart.percent(maxValue(poll));
        TextStyle style = new TextStyle(size, false);
        s.setTextStyle(style);
        while (s.textWidth(widest) > barWidth && style.size() > size * 0.6) {
            style = new TextStyle(style.size() * 0.92, false);
            s.setTextStyle(style);
        }
        return style;
    }

    /** One swatch and name per respondent group, wrapping; returns the height used. */
    private static double drawLegend(DrawingSurface s, Palette palette, Poll poll, double x, double y, double maxWidth, double size) {
        s.setTextStyle(new TextStyle(size, false));
        double rowH = size * 1.6;
        double cx = x;
        double cy = y;
        int index = 0;
        for (PollRow row : poll.rows()) {
            double itemW = size * 1.4 + s.textWidth(row.group());
            if (cx > x && cx + itemW > x + maxWidth) {
                cx = x;
                cy += rowH;
            }
            s.setFill(palette.get(PaletteSlot.chartSeries(index++)));
            s.fillRect(cx, cy + (rowH - size) / 2, size, size);
            s.setFill(palette.get(PaletteSlot.TEXT));
            s.fillText(row.group(), cx + size * 1.4, cy + rowH / 2, Align.LEFT, Baseline.MIDDLE);
            cx += itemW + size * 1.6;
        }
        return cy + rowH - y;
    }

    private static double maxValue(Poll poll) {
        return poll.rows().stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(100);
    }

    /** Draws wrapped text from x, y (top) and returns the y below it. */
    private static double paragraph(DrawingSurface s, Palette palette, String text, TextStyle style, PaletteSlot colour,
            double x, double y, double width) {
        s.setTextStyle(style);
        s.setFill(palette.get(colour));
        double line = y;
        for (String part : wrap(s, text, width)) {
            s.fillText(part, x, line, Align.LEFT, Baseline.TOP);
            line += s.lineHeight();
        }
        return line;
    }

    /** Breaks text into lines no wider than {@code width} in the current style, at spaces. */
    static List<String> wrap(DrawingSurface s, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && s.textWidth(candidate) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}
