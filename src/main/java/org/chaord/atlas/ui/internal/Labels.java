package org.chaord.atlas.ui.internal;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How choice boxes, combo boxes and sliders name their values: one display-only converter for all of them. */
public final class Labels {

    private Labels() {
    }

    /** Shows each value through {@code name}; the controls using it never parse typed text back. */
    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
