package org.chaord.atlas.scratch;
public class Families {
    public static void main(String[] a) throws Exception {
        javafx.application.Platform.startup(() -> {
            long t0 = System.nanoTime();
            var f = javafx.scene.text.Font.getFamilies();
            System.out.println("ms " + (System.nanoTime() - t0) / 1e6 + " n " + f.size());
            f.stream().filter(s -> s.contains("CJK") || s.contains("Arab") || s.contains("Sans")).forEach(System.out::println);
            System.out.println(javafx.scene.text.Font.getDefault());
            javafx.application.Platform.exit();
        });
    }
}
