package org.fourislands.core.model;

/** Whether names are shown in Latin letters or in their native script (kanji/kana, Cyrillic). */
public enum Script {
    LATIN,
    NATIVE
}
