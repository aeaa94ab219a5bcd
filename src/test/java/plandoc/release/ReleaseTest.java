package plandoc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReleaseTest {
    @Test
    void saysTheCommitAndWhetherTheTreeWasModified() {
        assertEquals("plandoc 0.1.0 (commit 16c5f829a1cb)", Release.build("16c5f829a1cb", false, false));
        assertEquals("plandoc 0.1.0 (commit 16c5f829a1cb + chưa commit)", Release.build("16c5f829a1cb", true, false));
        assertEquals("plandoc 0.1.0 (commit 16c5f829a1cb + uncommitted changes)", Release.build("16c5f829a1cb", true, true));
    }

    /** A source tarball has no .git: the build writes an empty commit (or git's error, never a name). */
    @Test
    void withoutACommitSaysUnknown() {
        assertEquals("plandoc 0.1.0 (không rõ commit)", Release.build("", false, false));
        assertEquals("plandoc 0.1.0 (unknown commit)", Release.build("", false, true));
        assertEquals("plandoc 0.1.0 (không rõ commit)", Release.build("${plandoc.commit}", true, false));
    }
}
