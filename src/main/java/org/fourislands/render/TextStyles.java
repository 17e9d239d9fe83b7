package org.fourislands.render;

import java.util.Arrays;

/**
 * Text styles made once for each size and weight a renderer uses, then handed out again, so that
 * drawing a frame does not allocate them. A renderer uses a handful; should the sizes keep
 * changing (the type scale being dragged), the oldest are forgotten past {@value #LIMIT}. Not
 * thread-safe: one per renderer.
 */
public final class TextStyles {

    private static final int LIMIT = 64;

    private TextStyle[] made = new TextStyle[8];
    private int count;
    private int next;

    /** The style of {@code size} pixels, bold or not. */
    public TextStyle of(double size, boolean bold) {
        for (int i = 0; i < count; i++) {
            if (made[i].size() == size && made[i].bold() == bold) {
                return made[i];
            }
        }
        TextStyle style = new TextStyle(size, bold);
        if (count < made.length) {
            made[count++] = style;
        } else if (made.length < LIMIT) {
            made = Arrays.copyOf(made, made.length * 2);
            made[count++] = style;
        } else {
            made[next] = style;
            next = (next + 1) % LIMIT;
        }
        return style;
    }
}
