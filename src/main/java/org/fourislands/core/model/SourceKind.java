package org.fourislands.core.model;

/** What kind of publication a source is. */
public enum SourceKind {
    PRIMARY,
    SCHOLARLY,
    JOURNALISM,
    OFFICIAL,
    REFERENCE
}
