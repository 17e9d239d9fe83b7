package org.fourislands.render;

/** A font for drawing text: size in pixels of the target, and whether bold. */
public record TextStyle(double size, boolean bold) {}
