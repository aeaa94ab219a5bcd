package plandoc.render;

import plandoc.resolved.ResolvedPlan;

import java.nio.file.Path;

/** Lets tests in sub-packages build the fixtures without widening {@link FixturePlans}. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    public static ResolvedPlan decision(Path imageDir) {
        return FixturePlans.decision(FixturePlans.writeMap(imageDir));
    }
}
