package org.fourislands.core.model;

/** A border fixed by treaty, or a line that holds in practice without one. */
public enum BorderKind {
    TREATY,
    DE_FACTO
}
