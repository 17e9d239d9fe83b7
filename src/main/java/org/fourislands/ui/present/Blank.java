package org.fourislands.ui.present;

/** What covers the screen in presentation mode: nothing, or a black or white screen (the clicker's B and W). */
public enum Blank {
    NONE, BLACK, WHITE
}
