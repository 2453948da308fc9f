package org.chaord.atlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A turning point of one treaty, from treaties.csv (adopted, opened for signature) or from the data (entry into
 * force: stated, or computed by the rule once enough instruments are counted). {@code computed} marks the latter.
 */
public record KeyMoment(TreatyId treaty, Kind kind, LocalDate day, boolean computed) {

    public enum Kind { ADOPTED, OPENED, IN_FORCE }

    /** Every treaty's moments, oldest first (a projected entry into force may lie ahead). */
    public static List<KeyMoment> of(Atlas atlas) {
        List<KeyMoment> moments = new ArrayList<>();
        for (Treaty t : atlas.treaties().values()) {
            if (t.adopted() != null) {
                moments.add(new KeyMoment(t.id(), Kind.ADOPTED, t.adopted(), false));
            }
            if (t.openedForSignature() != null) {
                moments.add(new KeyMoment(t.id(), Kind.OPENED, t.openedForSignature(), false));
            }
            LocalDate inForce = atlas.history().treatyInForce(t.id());
            if (inForce != null) {
                moments.add(new KeyMoment(t.id(), Kind.IN_FORCE, inForce, t.enteredIntoForce() == null));
            }
        }
        moments.sort(Comparator.comparing(KeyMoment::day));
        return List.copyOf(moments);
    }
}
