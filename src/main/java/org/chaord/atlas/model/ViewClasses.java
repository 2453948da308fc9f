package org.chaord.atlas.model;

import java.util.ArrayList;
import java.util.List;

/** Legend classes of views, and the pair rule (first × second treaty). */
final class ViewClasses {

    private ViewClasses() {
    }

    /** Both / first only / second only / neither, bound (ratified or in force) told apart from signed. */
    static StatusClass pair(StatusClass first, StatusClass second) {
        if (first == StatusClass.NOT_IN_OWN_RIGHT || second == StatusClass.NOT_IN_OWN_RIGHT) {
            return StatusClass.NOT_IN_OWN_RIGHT;
        }
        boolean firstIn = first.isBound() || first == StatusClass.SIGNED;
        boolean secondIn = second.isBound() || second == StatusClass.SIGNED;
        if (firstIn && secondIn) {
            return first.isBound() && second.isBound() ? StatusClass.BOTH_BOUND : StatusClass.BOTH_SIGNED;
        }
        if (secondIn) {
            return second.isBound() ? StatusClass.SECOND_ONLY_BOUND : StatusClass.SECOND_ONLY_SIGNED;
        }
        if (firstIn) {
            return first.isBound() ? StatusClass.FIRST_ONLY_BOUND : StatusClass.FIRST_ONLY_SIGNED;
        }
        return StatusClass.NEITHER;
    }

    /**
     * A single treaty's legend: party, ratified, signed, then invited and observer only where the treaty has such
     * events, denounced for Council of Europe treaties (their rule names it) or where it occurs, then no action.
     */
    static List<StatusClass> forTreaty(Treaty treaty, MembershipHistory history) {
        List<StatusClass> classes = new ArrayList<>(List.of(StatusClass.PARTY, StatusClass.RATIFIED, StatusClass.SIGNED));
        if (history.hasEvent(treaty.id(), EventType.INVITED)) {
            classes.add(StatusClass.INVITED);
        }
        if (history.hasEvent(treaty.id(), EventType.OBSERVER)) {
            classes.add(StatusClass.OBSERVER);
        }
        if (treaty.family() == TreatyFamily.COE || history.hasEvent(treaty.id(), EventType.DENOUNCED)) {
            classes.add(StatusClass.DENOUNCED);
        }
        classes.add(StatusClass.NONE);
        return List.copyOf(classes);
    }

    /**
     * The framework legend: a class appears when the data have a framework of each kind in it and some state is in
     * it on some day; "bound by none" always.
     */
    static List<StatusClass> frameworks(Iterable<Treaty> treaties, java.util.Set<StatusClass> ever) {
        boolean un = false, budapest = false, regional = false;
        for (Treaty t : treaties) {
            if (t.isFramework()) {
                un |= t.family() == TreatyFamily.UN;
                budapest |= t.family() == TreatyFamily.COE;
                regional |= t.family().isRegional();
            }
        }
        List<StatusClass> classes = new ArrayList<>();
        for (StatusClass c : StatusClass.FRAMEWORKS) {
            boolean shown = switch (c) {
                case FRAMEWORK_UN -> un;
                case FRAMEWORK_BUDAPEST -> budapest;
                case FRAMEWORK_REGIONAL -> regional;
                case FRAMEWORK_UN_BUDAPEST -> un && budapest;
                case FRAMEWORK_UN_REGIONAL -> un && regional;
                case FRAMEWORK_BUDAPEST_REGIONAL -> budapest && regional;
                case FRAMEWORK_ALL -> un && budapest && regional;
                default -> true;
            };
            if (shown && (c == StatusClass.FRAMEWORK_NONE || ever.contains(c))) {
                classes.add(c);
            }
        }
        return List.copyOf(classes);
    }
}
