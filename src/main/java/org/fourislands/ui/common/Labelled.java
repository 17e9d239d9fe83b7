package org.fourislands.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A read-only converter for choice boxes whose items have a label of their own. */
public final class Labelled<T> extends StringConverter<T> {

    private final Function<T, String> label;
    private final String nullLabel;

    private Labelled(Function<T, String> label, String nullLabel) {
        this.label = label;
        this.nullLabel = nullLabel;
    }

    /** Shows each item as {@code label(item)}, and null as {@code nullLabel}. */
    public static <T> Labelled<T> by(Function<T, String> label, String nullLabel) {
        return new Labelled<>(label, nullLabel);
    }

    @Override
    public String toString(T item) {
        return item == null ? nullLabel : label.apply(item);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("not editable");
    }
}
