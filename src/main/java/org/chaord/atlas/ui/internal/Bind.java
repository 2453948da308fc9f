package org.chaord.atlas.ui.internal;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Binds a control to a view-model value that is read-only outward: the control shows the value, and what the user
 * picks goes through the model's command (which may refuse or adjust it; the control then shows what the model
 * kept). The returned subscription undoes the binding (a view that goes while the model stays).
 */
public final class Bind {

    private Bind() {
    }

    public static <T> Subscription twoWay(ObservableValue<T> model, Property<T> control, Consumer<T> command) {
        boolean[] updating = {false};
        control.setValue(model.getValue());
        ChangeListener<T> follow = (o, old, now) -> {
            updating[0] = true;
            try {
                control.setValue(now);
            } finally {
                updating[0] = false;
            }
        };
        ChangeListener<T> send = (o, old, now) -> {
            if (!updating[0] && !Objects.equals(now, model.getValue())) {
                command.accept(now);
                if (!Objects.equals(control.getValue(), model.getValue())) {
                    control.setValue(model.getValue());
                }
            }
        };
        model.addListener(follow);
        control.addListener(send);
        return () -> {
            model.removeListener(follow);
            control.removeListener(send);
        };
    }
}
