package org.fourislands.core.model;

/** One side's or one author's reading of an event, always attributed and sourced. */
public record Interpretation(
        Perspective perspective, String attribution, String text, boolean turningPoint, Citation source) {}
