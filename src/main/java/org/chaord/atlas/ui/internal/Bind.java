package org.chaord.atlas.ui.internal;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Binds a control to a view-model value that is read-only outward: the control shows the value, and what the user
 * picks goes through the model's command (which may refuse or adjust it; the control then shows what the model
 * kept).
 */
public final class Bind {

    private Bind() {
    }

    public static <T> void twoWay(ObservableValue<T> model, Property<T> control, Consumer<T> command) {
        boolean[] updating = {false};
        control.setValue(model.getValue());
        model.addListener((o, old, now) -> {
            updating[0] = true;
            try {
                control.setValue(now);
            } finally {
                updating[0] = false;
            }
        });
        control.addListener((o, old, now) -> {
            if (!updating[0] && !Objects.equals(now, model.getValue())) {
                command.accept(now);
                if (!Objects.equals(control.getValue(), model.getValue())) {
                    control.setValue(model.getValue());
                }
            }
        });
    }
}
