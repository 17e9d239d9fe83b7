package org.fourislands.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.fourislands.render.Contrast;
import org.fourislands.render.DrawingSurface;
import org.fourislands.render.Hatching;
import org.fourislands.render.LineBands;
import org.fourislands.render.Palette;
import org.fourislands.render.Picture;
import org.fourislands.render.Rgba;
import org.fourislands.render.TextStyle;

/**
 * Draws on a JavaFX canvas. One per canvas: it caches fonts, colours and text widths so that a
 * redraw allocates little. FX thread only.
 */
public final class FxSurface implements DrawingSurface {

    private final Canvas canvas;
    private final GraphicsContext gc;
    private final LineBands.Rects fillBand;
    private final Text measurer = new Text();
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private String family = Fonts.FAMILY;
    private double lineScale = 1;
    private final Map<Rgba, Color> colours = new HashMap<>();
    private final List<HatchTile> hatchTiles = new ArrayList<>();
    private final Map<TextStyle, Map<String, Double>> widths = new HashMap<>();
    private final HaloImages halos = new HaloImages();
    private final PictureImages pictures = new PictureImages();
    private final BiFunction<Canvas, Double, FxSurface> pictureSurfaces;
    /** The canvas's transform, read into this one to see whether a picture's image can be drawn as it is. */
    private final Affine transform = new Affine();
    /** Device pixels a unit when this surface draws into an image of a picture; 0 on screen, where the window says. */
    private double pictureScale;
    private TextStyle style = new TextStyle(12, false);
    private Font font;

    public FxSurface(Canvas canvas) {
        this.canvas = canvas;
        this.gc = canvas.getGraphicsContext2D();
        this.fillBand = gc::fillRect;
        this.pictureSurfaces = this::pictureSurface;
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        setTextStyle(style);
    }

    @Override
    public double width() {
        return canvas.getWidth();
    }

    @Override
    public double height() {
        return canvas.getHeight();
    }

    /**
     * The pixels of {@code canvas}, transparent where nothing was drawn, into {@code into} (a new
     * image when null). FX thread only.
     */
    public static WritableImage snapshotOf(Canvas canvas, WritableImage into) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, into);
    }

    /** Makes the whole canvas transparent: overlays start each frame from nothing. */
    public void clear() {
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        gc.setFont(font);
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.beginPath();
    }

    /** Scales everything drawn from now on, until {@link #restore}: the export preview draws a slide in miniature. */
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    private Color fx(Rgba colour) {
        return colours.computeIfAbsent(colour, c -> new Color(c.red(), c.green(), c.blue(), c.alpha()));
    }

    @Override
    public void setFill(Rgba colour) {
        gc.setFill(fx(colour));
    }

    @Override
    public void setStroke(Rgba colour, double width, double... dashes) {
        gc.setStroke(fx(colour));
        gc.setLineWidth(width * lineScale);
        if (dashes.length == 0) {
            gc.setLineDashes((double[]) null);
        } else if (lineScale == 1) {
            gc.setLineDashes(dashes);
        } else {
            double[] scaled = new double[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                scaled[i] = dashes[i] * lineScale;
            }
            gc.setLineDashes(scaled);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.strokePolyline(xs, ys, n);
    }

    /** As bands filled in the stroke's paint, unless the line is dashed or does not suit them (see {@link LineBands}). */
    @Override
    public void strokeThinLine(double[] xs, double[] ys, int n, double viewWidth, double viewHeight) {
        if (gc.getLineDashes() == null) {
            Paint fill = gc.getFill();
            gc.setFill(gc.getStroke());
            boolean banded = LineBands.cut(xs, ys, n, gc.getLineWidth(), viewWidth, viewHeight, fillBand);
            gc.setFill(fill);
            if (banded) {
                return;
            }
        }
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void addRing(double[] xs, double[] ys, int n) {
        addPolyline(xs, ys, n);
        gc.closePath();
    }

    @Override
    public void addPolyline(double[] xs, double[] ys, int n) {
        gc.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            gc.lineTo(xs[i], ys[i]);
        }
    }

    @Override
    public void addRect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    /** How far a quarter circle's Bézier control points lie from its ends, as a share of the radius: JavaFX's own arcs use it. */
    private static final double QUARTER_CIRCLE_CONTROL = 0.5522847498307933;

    /**
     * Four cubic quarters, in the order and direction {@code GraphicsContext.arc} makes them, but
     * without the {@code Arc2D} and path iterator that it allocates for each circle: the timeline
     * adds a circle for every marker in every frame.
     */
    @Override
    public void addCircle(double cx, double cy, double r) {
        double k = QUARTER_CIRCLE_CONTROL * r;
        gc.moveTo(cx + r, cy);
        gc.bezierCurveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        gc.bezierCurveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
        gc.bezierCurveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        gc.bezierCurveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        gc.closePath();
    }

    @Override
    public void fillPath() {
        gc.fill();
    }

    @Override
    public void strokePath() {
        gc.stroke();
    }

    @Override
    public void fillHatchedPath(Rgba fill, Rgba hatch) {
        Paint previous = gc.getFill();
        gc.setFill(hatchTile(fill, hatch));
        gc.fill();
        gc.setFill(previous);
    }

    @Override
    public void strokeHatchedPath(Rgba fill, Rgba hatch) {
        Paint previous = gc.getStroke();
        gc.setStroke(hatchTile(fill, hatch));
        gc.stroke();
        gc.setStroke(previous);
    }

    /** A hatching tile made for a fill, a hatch colour and a line scale. */
    private record HatchTile(Rgba fill, Rgba hatch, double lineScale, ImagePattern pattern) {
        boolean isFor(Rgba fill, Rgba hatch, double lineScale) {
            return this.lineScale == lineScale && this.fill.equals(fill) && this.hatch.equals(hatch);
        }
    }

    /** The tile for these colours at the current line scale, made on first use; looking one up allocates nothing. */
    private ImagePattern hatchTile(Rgba fill, Rgba hatch) {
        for (int i = 0; i < hatchTiles.size(); i++) {
            if (hatchTiles.get(i).isFor(fill, hatch, lineScale)) {
                return hatchTiles.get(i).pattern();
            }
        }
        ImagePattern pattern = hatchPattern(fill, hatch, lineScale);
        hatchTiles.add(new HatchTile(fill, hatch, lineScale, pattern));
        return pattern;
    }

    /**
     * A tile of the fill with the hatching already over it, anchored at the origin so that the
     * lines run on across shapes. Opaque for an opaque fill, and several periods wide: the
     * software rasteriser fills a shape with such a tile in 40 % of the time that a fill followed
     * by a translucent one-period tile takes (decision 0011).
     */
    private static ImagePattern hatchPattern(Rgba fill, Rgba hatch, double lineScale) {
        int spacing = Hatching.spacingPx(lineScale);
        int size = Hatching.tilePx(lineScale);
        double lineWidth = Hatching.WIDTH * lineScale;
        WritableImage tile = new WritableImage(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double coverage = Hatching.coverage(x, y, spacing, lineWidth);
                Rgba pixel = Contrast.over(hatch.withAlpha(hatch.alpha() * coverage), fill);
                tile.getPixelWriter().setColor(x, y, new Color(pixel.red(), pixel.green(), pixel.blue(), pixel.alpha()));
            }
        }
        return new ImagePattern(tile, 0, 0, size, size, false);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void usePalette(Palette palette) {
        lineScale = palette.lineScale();
        useFamily(palette.fontFamily());
    }

    private void useFamily(String newFamily) {
        if (!newFamily.equals(family)) {
            family = newFamily;
            fonts.clear();
            widths.clear();
            setTextStyle(style);
        }
    }

    /**
     * Once drawn, a picture is kept as an image ({@link PictureImages}) and later frames draw
     * that image at whole device pixels. On a canvas that is scaled or moved (the export
     * dialog's preview) the image would be resampled, so there the picture draws itself.
     */
    @Override
    public void drawPicture(Picture picture) {
        if (!gc.getTransform(transform).isIdentity()) {
            picture.draw(this);
            return;
        }
        PictureImages.Placed placed = pictures.of(picture, renderScale(), family, lineScale, pictureSurfaces);
        gc.drawImage(placed.image(), placed.left(), placed.top(), placed.width(), placed.height());
    }

    /** A surface that draws into an image of a picture as this one draws: the same type family and line scale. */
    private FxSurface pictureSurface(Canvas imageCanvas, double scale) {
        FxSurface surface = new FxSurface(imageCanvas);
        surface.lineScale = lineScale;
        surface.useFamily(family);
        surface.pictureScale = scale;
        return surface;
    }

    @Override
    public void setTextStyle(TextStyle newStyle) {
        style = newStyle;
        // Looked up, then added: a lambda reading the family would be allocated on every call.
        font = fonts.get(newStyle);
        if (font == null) {
            font = Font.font(family, newStyle.bold() ? FontWeight.BOLD : FontWeight.NORMAL, newStyle.size());
            fonts.put(newStyle, font);
        }
        gc.setFont(font);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        gc.setTextAlign(textAlignment(align));
        gc.setTextBaseline(vPos(baseline));
        gc.fillText(text, x, y);
    }

    private static TextAlignment textAlignment(Align align) {
        return switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        };
    }

    private static VPos vPos(Baseline baseline) {
        return switch (baseline) {
            case TOP -> VPos.TOP;
            case MIDDLE -> VPos.CENTER;
            case ALPHABETIC -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        };
    }

    /**
     * The halo is the text drawn eight times around itself in the halo colour, once, into an
     * image that this and later frames draw whole ({@link HaloImages}): the eight copies drawn
     * every frame were a quarter of the map's frame. Stroking the text's outline instead goes
     * through the path rasteriser and cost about 3 ms a frame; four copies (the diagonals) left
     * gaps that showed each letter as a ghosted outline on a HiDPI screen.
     */
    @Override
    public void fillTextWithHalo(String text, double x, double y, Align align, Baseline baseline, Rgba halo, double haloWidth) {
        double scale = renderScale();
        HaloImages.Halo image = halos.of(text, font, fx(halo), haloWidth / 2, textAlignment(align), vPos(baseline), scale);
        // At whole device pixels, so that the image is copied, not resampled; the text goes with it.
        double left = Math.rint((x - image.anchorX()) * scale) / scale;
        double top = Math.rint((y - image.anchorY()) * scale) / scale;
        gc.drawImage(image.image(), left, top, image.image().getWidth() / scale, image.image().getHeight() / scale);
        fillText(text, left + image.anchorX(), top + image.anchorY(), align, baseline);
    }

    /** Device pixels a unit of the canvas: 1 off screen (exports), the window's render scale on it. */
    private double renderScale() {
        if (pictureScale > 0) {
            return pictureScale;
        }
        javafx.scene.Scene scene = canvas.getScene();
        javafx.stage.Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : window.getRenderScaleX();
    }

    @Override
    public double textWidth(String text) {
        // The lambda captures nothing, so it is made once, not in every call.
        Map<String, Double> known = widths.computeIfAbsent(style, newStyle -> new HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            measurer.setFont(font);
            measurer.setText(text);
            width = measurer.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }

    @Override
    public double lineHeight() {
        return style.size() * 1.25;
    }
}
