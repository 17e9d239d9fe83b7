package org.fourislands.core.geo;

/**
 * The rings of one polygon at one level of detail, as flat projected coordinate arrays ready
 * to draw: {@code exterior} is x0,y0,x1,y1,…; {@code holes} are lakes. Immutable by contract:
 * renderers only read them.
 */
public record RingSet(double[] exterior, double[][] holes) {

    /** How many points the exterior ring has (the geometry tests check simplifying keeps every islet a ring). */
    public int exteriorPoints() {
        return exterior.length / 2;
    }

    public int vertexCount() {
        int count = exterior.length / 2;
        for (double[] hole : holes) {
            count += hole.length / 2;
        }
        return count;
    }
}
