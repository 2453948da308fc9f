package org.chaord.atlas.ui.panel;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.chaord.atlas.i18n.Texts;
import org.chaord.atlas.model.StateChange;
import org.chaord.atlas.model.StatusChanges;
import org.chaord.atlas.model.StatusEvent;
import org.chaord.atlas.render.ChangeClassStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The side panel's part in compare mode: how the selected country's class moved From → To, the day and source that
 * decide it, and every event of the view's treaties in between, each opening its source.
 */
final class ChangesSection {

    private ChangesSection() {
    }

    static List<Node> of(StatusChanges changes, String iso3, Texts t, SourceOpener sources) {
        List<Node> nodes = new ArrayList<>();
        Label heading = new Label(t.get("compare.panelHeading", t.date(changes.from()), t.date(changes.to())));
        heading.setId("panel-changes-heading");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        nodes.add(heading);
        Optional<StateChange> found = changes.changeOf(iso3);
        if (found.isEmpty()) {
            Label none = new Label(t.get("compare.panelNone", t.date(changes.from()), t.date(changes.to())));
            none.setId("panel-change");
            none.setWrapText(true);
            nodes.add(none);
            return nodes;
        }
        StateChange c = found.get();
        Label move = new Label(ChangeClassStyle.label(t, c.change()) + ": " + t.className(changes.view(), c.fromClass())
                + " \u2192 " + t.className(changes.view(), c.toClass()));
        move.setId("panel-change");
        move.getStyleClass().add("panel-status");
        move.setWrapText(true);
        nodes.add(move);
        for (StatusEvent e : c.events()) {
            Hyperlink link = new Hyperlink(t.get("event." + e.type().csvName()) + " \u2014 " + t.eventDate(e));
            link.setId("panel-change-event-" + e.treaty().name() + "-" + e.type().csvName());
            link.getStyleClass().add("event-link");
            link.setTooltip(new Tooltip(e.source()));
            link.setOnAction(x -> sources.open(e.source()));
            nodes.add(link);
        }
        if (c.events().isEmpty() && c.date() != null) { // e.g. an entry into force computed by the treaty rule
            Hyperlink decisive = new Hyperlink(t.date(c.date()));
            decisive.setId("panel-change-decisive");
            decisive.setTooltip(new Tooltip(c.source()));
            decisive.setOnAction(x -> sources.open(c.source()));
            nodes.add(decisive);
        }
        return nodes;
    }
}
