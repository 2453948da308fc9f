package org.chaord.atlas.data;

/** A problem found while loading: where it is (file, 1-based line and column; 0 when unknown) and what is wrong. */
public record LoadProblem(String file, long line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
