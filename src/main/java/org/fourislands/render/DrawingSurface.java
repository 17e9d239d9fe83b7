package org.fourislands.render;

/**
 * The small drawing interface every renderer draws through, so that the screen (a JavaFX
 * canvas) and every export (PNG, SVG, PDF) get exactly the same drawing. Coordinates are in the
 * target's pixels, origin top left. Implementations are not thread-safe.
 */
public interface DrawingSurface {

    /** Horizontal anchor of text relative to its x. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Vertical anchor of text relative to its y. */
    enum Baseline { TOP, MIDDLE, ALPHABETIC, BOTTOM }

    double width();

    double height();

    void save();

    void restore();

    /** Moves the origin; undone by {@link #restore}. Exports use it to place a view in a region of a slide. */
    void translate(double dx, double dy);

    /**
     * Limits drawing to a rectangle until {@link #restore}. Exports use it once per region; a
     * renderer never does, because each clip costs a full composite on a JavaFX canvas (decision 0005).
     */
    void clipRect(double x, double y, double w, double h);

    void setFill(Rgba colour);

    /** Sets the stroke colour and width; {@code dashes} may be empty for a solid line. */
    void setStroke(Rgba colour, double width, double... dashes);

    /** A solid line: without this overload every call would allocate an empty array of dashes. */
    default void setStroke(Rgba colour, double width) {
        setStroke(colour, width, SOLID);
    }

    /** No dashes: a solid line. */
    double[] SOLID = {};

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void strokeLine(double x0, double y0, double x1, double y1);

    /** Fills a closed polygon of the first {@code n} points. */
    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokePolyline(double[] xs, double[] ys, int n);

    /**
     * Strokes an open polyline of the first {@code n} points as {@link #strokePolyline} does,
     * for a long thin solid line that runs nearly straight up or across (a graticule line). What
     * lies outside the view, {@code viewWidth} × {@code viewHeight} from the origin, may be left
     * out. A canvas draws it as {@link LineBands}, which its software rasteriser fills at a
     * fraction of a stroke's cost; vector targets stroke it.
     */
    default void strokeThinLine(double[] xs, double[] ys, int n, double viewWidth, double viewHeight) {
        strokePolyline(xs, ys, n);
    }

    /**
     * Draws {@code picture}. A canvas keeps what it drew as an image and draws that image for an
     * equal picture in later frames, since its software rasteriser pays again for every shape
     * and letter of a legend in each frame; vector targets draw the picture's shapes.
     */
    default void drawPicture(Picture picture) {
        picture.draw(this);
    }

    /** Starts a path of several subpaths, to be filled or stroked in one go (much cheaper than one call per shape). */
    void beginPath();

    /** Adds a closed ring of the first {@code n} points to the current path. */
    void addRing(double[] xs, double[] ys, int n);

    /** Adds an open polyline of the first {@code n} points, as one subpath, to the current path. */
    void addPolyline(double[] xs, double[] ys, int n);

    /** Adds a rectangle to the current path. */
    void addRect(double x, double y, double w, double h);

    /** Adds a circle to the current path. */
    void addCircle(double cx, double cy, double r);

    /** Fills the current path with the fill colour (non-zero winding). */
    void fillPath();

    /** Strokes the current path with the stroke colour and width. */
    void strokePath();

    /**
     * Fills the current path (non-zero winding) with {@code fill} and the diagonal
     * {@link Hatching} in {@code hatch} over it, spaced and weighted by the line scale: the mark
     * for "also claimed by another party". One operation, so that a canvas paints each pixel of
     * the shape once. The fill colour is left as it was.
     */
    void fillHatchedPath(Rgba fill, Rgba hatch);

    /**
     * Strokes the current path with the width (and dashes) last set, painted as
     * {@link #fillHatchedPath} paints: {@code fill} with the hatching over it, anchored alike, so
     * that a stroke over the edge between two hatched areas carries the hatching on across it.
     * The stroke colour is left as it was.
     */
    void strokeHatchedPath(Rgba fill, Rgba hatch);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void setGlobalAlpha(double alpha);

    /**
     * Takes the theme's font family and line weight for what follows: text is drawn in the
     * palette's family (sizes and weights come with {@link #setTextStyle}), and every stroke
     * width and dash length is multiplied by its line scale (thicker on a projector).
     */
    void usePalette(Palette palette);

    void setTextStyle(TextStyle style);

    void fillText(String text, double x, double y, Align align, Baseline baseline);

    /** Draws text with a halo so that it stays readable over any fill. */
    void fillTextWithHalo(String text, double x, double y, Align align, Baseline baseline, Rgba halo, double haloWidth);

    /** The advance width of {@code text} in the current text style. */
    double textWidth(String text);

    /** Height of a line of text in the current style (ascent + descent). */
    double lineHeight();
}
