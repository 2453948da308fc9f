package org.chaord.atlas.geo;

import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * Natural Earth I (Šavrič, Jenny, Patterson, Petrovič &amp; Hurni 2011, doi:10.1559/15230406382163), the
 * polynomial form PROJ's {@code natearth} uses, as a Proj4J {@link Projection} because Proj4J 1.4.1 lacks it.
 * Radians on the unit sphere. Neither conformal nor equal-area: a compromise projection.
 *
 * <p>No mutable state is used by the transform, so concurrent calls are safe with unshared outputs.
 */
public class NaturalEarthProjection extends Projection {

    /** Proj4J projections are Serializable; this one keeps no state of its own to version. */
    private static final long serialVersionUID = 1L;

    private static final double A0 = 0.8707;
    private static final double A1 = -0.131979;
    private static final double A2 = -0.013791;
    private static final double A3 = 0.003971;
    private static final double A4 = -0.001529;
    private static final double B0 = 1.007226;
    private static final double B1 = 0.015085;
    private static final double B2 = -0.044475;
    private static final double B3 = 0.028874;
    private static final double B4 = -0.005916;
    // Coefficients of dy/dφ, for Newton's method in the inverse.
    private static final double C0 = B0;
    private static final double C1 = 3 * B1;
    private static final double C2 = 7 * B2;
    private static final double C3 = 9 * B3;
    private static final double C4 = 11 * B4;
    private static final double EPS = 1e-11;
    private static final int MAX_ITER = 12;
    /** y at the poles; the inverse clamps to it so points off the map stay defined. */
    private static final double MAX_Y = yOf(Math.PI / 2);

    /**
     * Allocation-free forward transform shared by {@link #project} and the atlas' fast path.
     *
     * @param lam longitude in radians
     * @param phi latitude in radians
     * @param out receives x, y at indexes 0 and 1
     */
    public static void forward(double lam, double phi, double[] out) {
        out[0] = lam * xScale(phi);
        out[1] = yOf(phi);
    }

    /** x/λ = A0 + A1φ² + A2φ⁴ + A3φ¹⁰ + A4φ¹², in Horner form. */
    private static double xScale(double phi) {
        double p2 = phi * phi;
        double p4 = p2 * p2;
        return A0 + p2 * (A1 + p2 * (A2 + p4 * p2 * (A3 + p2 * A4)));
    }

    /** y = φ(B0 + B1φ² + B2φ⁶ + B3φ⁸ + B4φ¹⁰), in Horner form. */
    private static double yOf(double phi) {
        double p2 = phi * phi;
        double p4 = p2 * p2;
        return phi * (B0 + p2 * (B1 + p4 * (B2 + B3 * p2 + B4 * p4)));
    }

    @Override
    public ProjCoordinate project(double lam, double phi, ProjCoordinate out) {
        out.x = lam * xScale(phi);
        out.y = yOf(phi);
        return out;
    }

    /** Inverse: Newton iteration on y(φ) (monotonic on [-π/2, π/2]), then λ = x / xScale(φ). */
    @Override
    public ProjCoordinate projectInverse(double x, double y, ProjCoordinate out) {
        double target = Math.max(-MAX_Y, Math.min(MAX_Y, y));
        double phi = target;
        for (int i = 0; i < MAX_ITER; i++) {
            double p2 = phi * phi;
            double p4 = p2 * p2;
            double step = (yOf(phi) - target) / (C0 + p2 * (C1 + p4 * (C2 + C3 * p2 + C4 * p4)));
            phi -= step;
            if (Math.abs(step) < EPS) {
                break;
            }
        }
        out.x = x / xScale(phi);
        out.y = phi;
        return out;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public String toString() {
        return "Natural Earth I";
    }
}
