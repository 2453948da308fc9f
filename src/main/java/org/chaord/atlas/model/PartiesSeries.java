package org.chaord.atlas.model;

import java.util.List;
import java.util.Set;

/**
 * The lines of a parties-over-time chart, each a set of legend classes counted as {@link Atlas#countsOn} counts:
 * signatories (signed, bound or in force, the EU included as the depositary counts it), bound (consent expressed),
 * in force.
 */
public enum PartiesSeries {
    SIGNATORIES(Set.of(StatusClass.SIGNED, StatusClass.RATIFIED, StatusClass.PARTY)),
    BOUND(Set.of(StatusClass.RATIFIED, StatusClass.PARTY)),
    IN_FORCE(Set.of(StatusClass.PARTY));

    public static final List<PartiesSeries> ALL = List.of(values());

    private final Set<StatusClass> classes;

    PartiesSeries(Set<StatusClass> classes) {
        this.classes = classes;
    }

    public Set<StatusClass> classes() {
        return classes;
    }

    public int count(java.util.Map<StatusClass, Integer> counts) {
        return classes.stream().mapToInt(c -> counts.getOrDefault(c, 0)).sum();
    }
}
