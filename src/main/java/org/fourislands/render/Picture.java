package org.fourislands.render;

/**
 * A part of a view's frame that depends on nothing but its own components and draws only
 * within its box: the map's legend, the locator's outline. Implemented by records, whose
 * equality then means "draws the same", so that a surface may keep a picture as an image and
 * draw that image when an equal picture comes again ({@link DrawingSurface#drawPicture}).
 */
public interface Picture {

    /** A box: left, top, width and height. */
    record Box(double left, double top, double width, double height) {}

    /** The box it draws within; a stroke along the box's edge may reach half its width beyond it. */
    Box box();

    /** Draws the picture; it must read nothing but its own components (and the surface's text measures). */
    void draw(DrawingSurface s);
}
