package org.chaord.atlas.ui;

import org.chaord.atlas.model.Atlas;
import org.chaord.atlas.model.View;

import java.util.ArrayList;
import java.util.List;

/** Which views the window offers, and which one each number key picks. Pure; no toolkit needed. */
public final class ViewChoices {

    /** Before any data are loaded: the four bundled treaties and their default pair. */
    static final List<View> BEFORE_LOADING = List.of(View.UNCC, View.ETS185, View.ETS189, View.CETS224, View.COMPARISON);

    /** Key 5 is the comparison, as the shortcut list has always said; the data's other views fill the other keys. */
    private static final int COMPARISON_KEY = 5;

    private ViewChoices() {
    }

    /** The data's views (every treaty, the default pair, which framework); {@link #BEFORE_LOADING} without data. */
    public static List<View> offered(Atlas atlas) {
        return atlas == null ? BEFORE_LOADING : atlas.views();
    }

    /** The views in the order of keys 1, 2, … (may be more than nine; only the first nine have a key). */
    public static List<View> byKey(List<View> offered) {
        List<View> views = new ArrayList<>(offered);
        if (views.remove(View.COMPARISON)) {
            views.add(Math.min(COMPARISON_KEY - 1, views.size()), View.COMPARISON);
        }
        return views;
    }
}
