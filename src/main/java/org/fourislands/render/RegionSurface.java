package org.fourislands.render;

/**
 * A rectangle of another surface seen as a surface of its own: a renderer drawn on it believes
 * the region is its whole target. The caller translates and clips the underlying surface to the
 * region first (see {@link #drawInRegion}); this only reports the region's size.
 */
public final class RegionSurface implements DrawingSurface {

    private final DrawingSurface target;
    private final double width;
    private final double height;

    private RegionSurface(DrawingSurface target, double width, double height) {
        this.target = target;
        this.width = width;
        this.height = height;
    }

    /** Something that draws a whole surface, such as a map or timeline renderer. */
    @FunctionalInterface
    public interface Drawing {
        void draw(DrawingSurface surface);
    }

    /** Runs {@code drawing} on the region x, y, w, h of {@code target}, clipped to it. */
    public static void drawInRegion(DrawingSurface target, double x, double y, double w, double h, Drawing drawing) {
        target.save();
        target.translate(x, y);
        target.clipRect(0, 0, w, h);
        drawing.draw(new RegionSurface(target, w, h));
        target.restore();
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
        target.save();
    }

    @Override
    public void restore() {
        target.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        target.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        target.clipRect(x, y, w, h);
    }

    @Override
    public void setFill(Rgba colour) {
        target.setFill(colour);
    }

    @Override
    public void setStroke(Rgba colour, double lineWidth, double... dashes) {
        target.setStroke(colour, lineWidth, dashes);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        target.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        target.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        target.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        target.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        target.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        target.strokePolyline(xs, ys, n);
    }

    @Override
    public void strokeThinLine(double[] xs, double[] ys, int n, double viewWidth, double viewHeight) {
        target.strokeThinLine(xs, ys, n, viewWidth, viewHeight);
    }

    @Override
    public void drawPicture(Picture picture) {
        target.drawPicture(picture);
    }

    @Override
    public void beginPath() {
        target.beginPath();
    }

    @Override
    public void addRing(double[] xs, double[] ys, int n) {
        target.addRing(xs, ys, n);
    }

    @Override
    public void addPolyline(double[] xs, double[] ys, int n) {
        target.addPolyline(xs, ys, n);
    }

    @Override
    public void fillHatchedPath(Rgba fill, Rgba hatch) {
        target.fillHatchedPath(fill, hatch);
    }

    @Override
    public void strokeHatchedPath(Rgba fill, Rgba hatch) {
        target.strokeHatchedPath(fill, hatch);
    }

    @Override
    public void addRect(double x, double y, double w, double h) {
        target.addRect(x, y, w, h);
    }

    @Override
    public void addCircle(double cx, double cy, double r) {
        target.addCircle(cx, cy, r);
    }

    @Override
    public void fillPath() {
        target.fillPath();
    }

    @Override
    public void strokePath() {
        target.strokePath();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        target.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        target.strokeOval(x, y, w, h);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        target.setGlobalAlpha(alpha);
    }

    @Override
    public void usePalette(Palette palette) {
        target.usePalette(palette);
    }

    @Override
    public void setTextStyle(TextStyle style) {
        target.setTextStyle(style);
    }

    @Override
    public void fillText(String text, double x, double y, Align align, Baseline baseline) {
        target.fillText(text, x, y, align, baseline);
    }

    @Override
    public void fillTextWithHalo(String text, double x, double y, Align align, Baseline baseline, Rgba halo, double haloWidth) {
        target.fillTextWithHalo(text, x, y, align, baseline, halo, haloWidth);
    }

    @Override
    public double textWidth(String text) {
        return target.textWidth(text);
    }

    @Override
    public double lineHeight() {
        return target.lineHeight();
    }
}
