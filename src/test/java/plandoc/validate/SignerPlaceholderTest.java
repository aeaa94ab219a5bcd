package plandoc.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signer written like a placeholder is a warning, in Vietnamese and English; a real name is not. */
class SignerPlaceholderTest {

    @TempDir
    Path dir;

    @Test
    void aSignerInParenthesesIsWarnedAbout() {
        var outcome = TestPlans.resolve(dir, TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: (chưa rõ)"));
        List<String> vi = TestPlans.messages(outcome);
        assertEquals(1, vi.size(), vi.toString());
        assertTrue(vi.get(0).contains("cảnh báo: người ký \"(chưa rõ)\" trông như chỗ để trống"), vi.get(0));
        assertTrue(TestPlans.messages(outcome, "en").get(0).contains("the signer \"(chưa rõ)\" looks like a placeholder"));
    }

    @Test
    void otherPlaceholderFormsAreWarnedAboutToo() {
        for (String name : List.of("[Họ và tên]", "Nguyễn Văn …", "xxx")) {
            var outcome = TestPlans.resolve(dir.resolve(Integer.toString(name.length())),
                    TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: \"" + name + "\""));
            assertEquals(1, TestPlans.messages(outcome).size(), name);
        }
    }

    @Test
    void aRealNameIsNot() {
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION)));
    }
}
