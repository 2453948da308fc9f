package org.chaord.atlas.model;

/** Test-only: a "model" class that reaches outside java.*, so ArchitectureTest can prove its model rules fail. */
public final class LayerViolationFixture {

    private LayerViolationFixture() {
    }

    public static Object csv() {
        return new com.opencsv.CSVParserBuilder();
    }

    public static Object colour() {
        return java.awt.Color.RED;
    }
}
