package org.fourislands.core.model;

/** A reference to an entry of the bibliography, with an optional page, section or footnote. */
public record Citation(String sourceId, String locator) {}
