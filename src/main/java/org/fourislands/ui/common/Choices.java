package org.fourislands.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Helpers for choice controls. */
public final class Choices {

    private Choices() {}

    /** A read-only converter that shows each choice by its label. */
    public static <T> StringConverter<T> showing(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
