package org.fourislands.core.model;

/** Whether an island unit is one of the four disputed ones or shown for context. */
public enum IslandRole {
    DISPUTED,
    CONTEXT
}
