package org.fourislands.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws on a Java2D {@link Graphics2D}: the SVG and PDF exports hand in their libraries'
 * Graphics2D implementations, so the vector files get the very drawing the screen gets. Text is
 * drawn as text ({@code drawString}), so an SVG keeps real, searchable text elements.
 */
public final class Graphics2DSurface implements DrawingSurface {

    private final Graphics2D g;
    private final double width;
    private final double height;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Rgba, Color> colours = new HashMap<>();
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private BasicStroke line = new BasicStroke(1);
    private String family = Palette.DEFAULT_FONT_FAMILY;
    private double lineScale = 1;
    private TextStyle style = new TextStyle(12, false);
    private Font font;
    private float alpha = 1;

    private record State(java.awt.geom.AffineTransform transform, Shape clip, Color fill, Color stroke, BasicStroke line,
            TextStyle style, float alpha) {}

    public Graphics2DSurface(Graphics2D g, double width, double height) {
        this.g = g;
        this.width = width;
        this.height = height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        setTextStyle(style);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), fill, stroke, line, style, alpha));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        g.setTransform(state.transform());
        g.setClip(state.clip());
        fill = state.fill();
        stroke = state.stroke();
        line = state.line();
        setGlobalAlpha(state.alpha());
        setTextStyle(state.style());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    private Color awt(Rgba c) {
        return colours.computeIfAbsent(c, k -> new Color((float) k.red(), (float) k.green(), (float) k.blue(), (float) k.alpha()));
    }

    @Override
    public void setFill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void setStroke(Rgba colour, double lineWidth, double... dashes) {
        stroke = awt(colour);
        float[] dash = null;
        if (dashes.length > 0) {
            dash = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                dash[i] = (float) (dashes[i] * lineScale);
            }
        }
        line = new BasicStroke((float) (lineWidth * lineScale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        g.setColor(stroke);
        g.setStroke(line);
        g.draw(shape);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroke(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroke(new Line2D.Double(x0, y0, x1, y1));
    }

    private static Path2D.Double polyline(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double shape = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        appendPolyline(shape, xs, ys, n, closed);
        return shape;
    }

    private static void appendPolyline(Path2D.Double shape, double[] xs, double[] ys, int n, boolean closed) {
        if (n == 0) {
            return;
        }
        shape.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            shape.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            shape.closePath();
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill(polyline(xs, ys, n, true));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        stroke(polyline(xs, ys, n, true));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        stroke(polyline(xs, ys, n, false));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void addRing(double[] xs, double[] ys, int n) {
        appendPolyline(path, xs, ys, n, true);
    }

    @Override
    public void addPolyline(double[] xs, double[] ys, int n) {
        appendPolyline(path, xs, ys, n, false);
    }

    @Override
    public void addRect(double x, double y, double w, double h) {
        path.append(new Rectangle2D.Double(x, y, w, h), false);
    }

    @Override
    public void addCircle(double cx, double cy, double r) {
        path.append(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), false);
    }

    @Override
    public void fillPath() {
        fill(path);
    }

    @Override
    public void strokePath() {
        stroke(path);
    }

    @Override
    public void fillHatchedPath(Rgba fillColour, Rgba hatch) {
        fillHatched(path, fillColour, hatch);
    }

    @Override
    public void strokeHatchedPath(Rgba fillColour, Rgba hatch) {
        fillHatched(line.createStrokedShape(path), fillColour, hatch);
    }

    private void fillHatched(Shape shape, Rgba fillColour, Rgba hatch) {
        g.setColor(awt(fillColour));
        g.fill(shape);
        g.setColor(awt(hatch));
        Hatching.strokeClipped(g, shape, lineScale);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroke(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void setGlobalAlpha(double newAlpha) {
        alpha = (float) newAlpha;
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
    }

    @Override
    public void usePalette(Palette palette) {
        lineScale = palette.lineScale();
        if (!palette.fontFamily().equals(family)) {
            family = palette.fontFamily();
            fonts.clear();
            setTextStyle(style);
        }
    }

    @Override
    public void setTextStyle(TextStyle newStyle) {
        style = newStyle;
        font = fonts.computeIfAbsent(newStyle, s -> new Font(family, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        g.setFont(font);
        g.setColor(fill);
        g.drawString(text, (float) left(text, x, align), (float) baselineY(text, y, baseline));
    }

    /**
     * The halo is the glyph outlines stroked in the halo colour, then the text drawn as text on
     * top. In an SVG the halo is the same text stroked, in a group that carries the stroke: a
     * slide program without the bundled font substitutes one for both, and the halo stays round
     * its letters instead of leaving white ghosts of the bundled font's.
     */
    @Override
    public void fillTextWithHalo(String text, double x, double y, Align align, Baseline baseline, Rgba halo, double haloWidth) {
        if (!text.isEmpty() && g instanceof SVGGraphics2D) {
            Color haloColour = awt(halo);
            Map<String, String> stroke = new LinkedHashMap<>();
            stroke.put("stroke", String.format(Locale.ROOT, "rgb(%d,%d,%d)", haloColour.getRed(), haloColour.getGreen(), haloColour.getBlue()));
            stroke.put("stroke-opacity", Double.toString(haloColour.getAlpha() / 255.0));
            stroke.put("stroke-width", Double.toString(haloWidth));
            stroke.put("stroke-linejoin", "round");
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, stroke);
            g.setFont(font);
            g.setColor(haloColour);
            g.drawString(text, (float) left(text, x, align), (float) baselineY(text, y, baseline));
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "halo");
        } else if (!text.isEmpty()) {
            Shape outline = font.createGlyphVector(renderContext(), text)
                    .getOutline((float) left(text, x, align), (float) baselineY(text, y, baseline));
            g.setColor(awt(halo));
            g.setStroke(new BasicStroke((float) haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        fillText(text, x, y, align, baseline);
    }

    private FontRenderContext renderContext() {
        return g.getFontRenderContext();
    }

    private double left(String text, double x, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - textWidth(text) / 2;
            case RIGHT -> x - textWidth(text);
        };
    }

    private double baselineY(String text, double y, Baseline baseline) {
        LineMetrics metrics = font.getLineMetrics(text.isEmpty() ? "X" : text, renderContext());
        return switch (baseline) {
            case TOP -> y + metrics.getAscent();
            case MIDDLE -> y + (metrics.getAscent() - metrics.getDescent()) / 2;
            case ALPHABETIC -> y;
            case BOTTOM -> y - metrics.getDescent();
        };
    }

    @Override
    public double textWidth(String text) {
        return font.getStringBounds(text, renderContext()).getWidth();
    }

    @Override
    public double lineHeight() {
        return style.size() * 1.25;
    }
}
