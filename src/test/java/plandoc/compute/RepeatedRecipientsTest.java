package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.TestPlans;

/**
 * A place listed twice in Nơi nhận would be sent the document twice by the e-office system (each place is
 * one ToPlaces entry): a warning at the second, naming the line of the first, saying to delete one. Places
 * are compared as the record lists them and as a reader reads them: any Unicode form, case or spacing, a
 * place of a ";" line or of a {@code to:} list, a reference printed; a note is no place.
 */
class RepeatedRecipientsTest {
    @TempDir
    Path dir;

    private static final int FIRST = (int) TestPlans.DECISION_WITHOUT_RECIPIENTS.lines().count() + 2;

    @Test
    void aPlaceListedTwiceIsAWarningAtTheSecondNamingTheFirstLine() {
        String decomposed = Normalizer.normalize("Sở Nội vụ", Normalizer.Form.NFD);
        PlanOutcome outcome = TestPlans.resolve(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + "  recipients:\n"
                + "    - \"Như {ref:dieu-hieu-luc}\"\n"                       // FIRST
                + "    - Sở Tài chính\n"                                      // FIRST + 1
                + "    - { to: Bộ Nội vụ, note: (để b/c) }\n"                 // FIRST + 2
                + "    - \"sở  tài CHÍNH\"\n"                                 // FIRST + 3: case, spacing
                + "    - Sở Nội vụ; Bộ Nội vụ\n"                              // FIRST + 4: a place of a ";" line
                + "    - to: [\"Như {ref:dieu-hieu-luc}\", Sở Kế hoạch và Đầu tư]\n" // FIRST + 5: as printed
                + "    - " + decomposed + "\n"                                // FIRST + 6: another Unicode form (named NFC)
                + "    - note: Sở Tài chính\n"                               // a note: not a place
                + "  archive: [VT]\n");
        assertEquals(List.of(
                at(3, 8) + "cảnh báo: nơi nhận \"sở  tài CHÍNH\" đã có ở dòng " + (FIRST + 1) + ": văn bản sẽ được gửi "
                        + "đến nơi này hai lần (mỗi nơi nhận là một mục ToPlaces của dữ liệu văn bản điện tử); xóa một "
                        + "trong hai",
                at(4, 18) + "cảnh báo: nơi nhận \"Bộ Nội vụ\" đã có ở dòng " + (FIRST + 2) + ": văn bản sẽ được gửi đến "
                        + "nơi này hai lần (mỗi nơi nhận là một mục ToPlaces của dữ liệu văn bản điện tử); xóa một trong hai",
                at(5, 12) + "cảnh báo: nơi nhận \"Như Điều 2\" đã có ở dòng " + FIRST + ": văn bản sẽ được gửi đến nơi "
                        + "này hai lần (mỗi nơi nhận là một mục ToPlaces của dữ liệu văn bản điện tử); xóa một trong hai",
                at(6, 7) + "cảnh báo: nơi nhận \"Sở Nội vụ\" đã có ở dòng " + (FIRST + 4) + ": văn bản sẽ được "
                        + "gửi đến nơi này hai lần (mỗi nơi nhận là một mục ToPlaces của dữ liệu văn bản điện tử); xóa "
                        + "một trong hai"),
                TestPlans.messages(outcome));
        assertEquals(at(3, 8) + "warning: the recipient \"sở  tài CHÍNH\" is already listed on line " + (FIRST + 1)
                + ": the document would be sent to it twice (each recipient is one ToPlaces entry of the e-document "
                + "record); delete one of them", TestPlans.messages(outcome, "en").get(0));
    }

    /** Places that only look alike are not repeated: a longer name, a place beside its own note. */
    @Test
    void differentPlacesAreNotWarned() {
        TestPlans.resolveClean(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + """
                  recipients:
                    - Sở Tài chính
                    - Sở Tài chính tỉnh Nghệ An
                    - { to: Bộ Tài chính, note: (để b/c) }
                    - note: (để b/c)
                  archive: [VT]
                """);
    }

    private static String at(int offset, int column) {
        return "ke-hoach/plan.yaml:" + (FIRST + offset) + ":" + column + ": ";
    }
}
