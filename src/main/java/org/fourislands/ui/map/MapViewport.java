package org.fourislands.ui.map;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected map is on screen: the centre in map metres and the scale in
 * metres per pixel. Immutable; pans and zooms return new viewports, and zooming stays between
 * {@link #MIN_METRES_PER_PIXEL} and {@link #MAX_METRES_PER_PIXEL} (a fitted inset may go beyond).
 */
public record MapViewport(double centreX, double centreY, double metresPerPixel) {

    /** Closest zoom: one metre per pixel shows a single Habomai islet filling the view. */
    public static final double MIN_METRES_PER_PIXEL = 1.0;
    /** Farthest zoom: the whole region with margin on a small window. */
    public static final double MAX_METRES_PER_PIXEL = 5000.0;

    public MapViewport {
        if (!(metresPerPixel > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + metresPerPixel);
        }
    }

    /** The viewport that shows {@code extent} in a {@code width}×{@code height} view with {@code marginPx} around it. */
    public static MapViewport fit(Envelope extent, double width, double height, double marginPx) {
        double usableW = Math.max(1, width - 2 * marginPx);
        double usableH = Math.max(1, height - 2 * marginPx);
        double scale = Math.max(extent.getWidth() / usableW, extent.getHeight() / usableH);
        return new MapViewport(extent.centre().x, extent.centre().y, scale);
    }

    public double toScreenX(double x, double width) {
        return (x - centreX) / metresPerPixel + width / 2;
    }

    public double toScreenY(double y, double height) {
        return height / 2 - (y - centreY) / metresPerPixel;
    }

    public double toMapX(double screenX, double width) {
        return centreX + (screenX - width / 2) * metresPerPixel;
    }

    public double toMapY(double screenY, double height) {
        return centreY - (screenY - height / 2) * metresPerPixel;
    }

    /** Zooms by {@code factor} (>1 zooms in) keeping the map point under the screen point fixed. */
    public MapViewport zoomAround(double screenX, double screenY, double factor, double width, double height) {
        double mapX = toMapX(screenX, width);
        double mapY = toMapY(screenY, height);
        double newScale = Math.clamp(metresPerPixel / factor, MIN_METRES_PER_PIXEL, MAX_METRES_PER_PIXEL);
        return new MapViewport(mapX - (screenX - width / 2) * newScale, mapY + (screenY - height / 2) * newScale, newScale);
    }

    /** Moves the view by a screen distance, as a drag does. */
    public MapViewport panByPixels(double dx, double dy) {
        return new MapViewport(centreX - dx * metresPerPixel, centreY + dy * metresPerPixel, metresPerPixel);
    }

    /** This viewport with its centre moved the least distance that puts it inside {@code region}. */
    public MapViewport withCentreWithin(Envelope region) {
        double x = Math.clamp(centreX, region.getMinX(), region.getMaxX());
        double y = Math.clamp(centreY, region.getMinY(), region.getMaxY());
        return x == centreX && y == centreY ? this : new MapViewport(x, y, metresPerPixel);
    }

    /** The map-metre box visible in a view of that size. */
    public Envelope visibleEnvelope(double width, double height) {
        return visibleEnvelope(width, height, new Envelope());
    }

    /** The same box, written into {@code into}: the map's frames reuse one. */
    public Envelope visibleEnvelope(double width, double height, Envelope into) {
        into.init(toMapX(0, width), toMapX(width, width), toMapY(height, height), toMapY(0, height));
        return into;
    }

    /** Interpolates towards {@code target}; zoom is interpolated geometrically so it feels even. */
    public MapViewport interpolate(MapViewport target, double t) {
        double logScale = Math.log(metresPerPixel) + (Math.log(target.metresPerPixel) - Math.log(metresPerPixel)) * t;
        return new MapViewport(centreX + (target.centreX - centreX) * t, centreY + (target.centreY - centreY) * t, Math.exp(logScale));
    }
}
