package org.chaord.atlas.ui;

import org.chaord.atlas.render.ProjectedWorld;

/** Hands a view-model its 1:10m world, for tests outside this package (the app does it after loading). */
public final class DetailFixture {

    private DetailFixture() {
    }

    public static void showDetail(AtlasViewModel vm, ProjectedWorld detail) {
        vm.worlds().showDetail(detail);
    }
}
