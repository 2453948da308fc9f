package org.chaord.atlas.ui.internal;

import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a window's views listen to on models that outlive the window (the view-model, the playback), ended together
 * when the window goes: a new language builds a new window, and the old one's views must stop listening, or every
 * switch would keep a whole window alive and at work. FX thread only.
 */
public final class Subscriptions {

    private final List<Subscription> live = new ArrayList<>();

    /** Runs {@code onInvalid} each time {@code source} becomes invalid, until {@link #end}. */
    public void onInvalid(Observable source, Runnable onInvalid) {
        live.add(source.subscribe(onInvalid));
    }

    /** Runs {@code onChange} with the old and new value each time {@code source} changes, until {@link #end}. */
    public <T> void onChange(ObservableValue<T> source, BiConsumer<? super T, ? super T> onChange) {
        live.add(source.subscribe(onChange));
    }

    /** {@link Bind#twoWay} until {@link #end}: afterwards neither side follows the other. */
    public <T> void twoWay(ObservableValue<T> model, Property<T> control, Consumer<T> command) {
        live.add(Bind.twoWay(model, control, command));
    }

    /** Ends every subscription; the views stay as they are but follow nothing any more. */
    public void end() {
        live.forEach(Subscription::unsubscribe);
        live.clear();
    }
}
