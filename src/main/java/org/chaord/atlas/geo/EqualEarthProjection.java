package org.chaord.atlas.geo;

import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * Equal Earth (Šavrič, Patterson &amp; Jenny 2018, doi:10.1080/13658816.2018.1504949), spherical form, as a
 * Proj4J {@link Projection} because Proj4J 1.4.1 lacks it. Forward and inverse work in radians on the
 * unit sphere; the same formulas as PROJ's {@code eqearth}.
 *
 * <p>The instance holds no mutable state used by the transform, so concurrent calls are safe as long as
 * callers do not share the output {@link ProjCoordinate}.
 */
public class EqualEarthProjection extends Projection {

    /** Proj4J projections are Serializable; this one keeps no state of its own to version. */
    private static final long serialVersionUID = 1L;

    // Package-private so EqualEarthTable builds from the same coefficients.
    static final double A1 = 1.340264;
    static final double A2 = -0.081106;
    static final double A3 = 0.000893;
    static final double A4 = 0.003796;
    static final double M = Math.sqrt(3.0) / 2.0;
    private static final double EPS = 1e-11;
    private static final int MAX_ITER = 12;
    /** The parametric latitude θ at the poles: asin(M) = π/3. */
    private static final double THETA_MAX = Math.PI / 3.0;

    /**
     * Allocation-free forward transform shared by {@link #project} and the atlas' fast path.
     *
     * @param lam longitude in radians
     * @param phi latitude in radians
     * @param out receives x, y at indexes 0 and 1
     */
    public static void forward(double lam, double phi, double[] out) {
        double s = M * Math.sin(phi);
        double theta = FastAsin.asin(s);
        double cosTheta = Math.sqrt(1.0 - s * s); // cos(asin s) without a second transcendental call
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double derivative = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        out[0] = lam * cosTheta / (M * derivative);
        out[1] = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    }

    @Override
    public ProjCoordinate project(double lam, double phi, ProjCoordinate out) {
        double s = M * Math.sin(phi);
        double theta = FastAsin.asin(s);
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        out.x = lam * Math.sqrt(1.0 - s * s) / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
        out.y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return out;
    }

    /** Inverse by Newton iteration on y(θ), then closed forms for λ and φ. */
    @Override
    public ProjCoordinate projectInverse(double x, double y, ProjCoordinate out) {
        double theta = y; // y ≈ A1·θ, and A1 ≈ 1.34; starting at y converges in a few steps
        for (int i = 0; i < MAX_ITER; i++) {
            double t2 = theta * theta;
            double t6 = t2 * t2 * t2;
            double f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
            double fPrime = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
            double step = f / fPrime;
            theta -= step;
            if (Math.abs(step) < EPS) {
                break;
            }
        }
        // Points just beyond the pole line (rounding, or a click off the map) must not yield NaN.
        theta = Math.max(-THETA_MAX, Math.min(THETA_MAX, theta));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double fPrime = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        out.x = M * x * fPrime / Math.cos(theta);
        out.y = Math.asin(Math.max(-1.0, Math.min(1.0, Math.sin(theta) / M)));
        return out;
    }

    @Override
    public boolean hasInverse() {
        return true;
    }

    @Override
    public boolean isEqualArea() {
        return true;
    }

    @Override
    public String toString() {
        return "Equal Earth";
    }
}
