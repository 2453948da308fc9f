package org.chaord.atlas;

public final class Main {
    public static void main(String[] args) {
    }
}
