package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.resolved.AgencyWork;

/** s19 review, finding 3, for every second province: the starter titles its "Tổ chức thực hiện" sections by agency. */
class StarterAgencyRowsTest {
    @TempDir
    Path dir;

    /** The starter of "plandoc new" titles its "Tổ chức thực hiện" sections by the agencies: every second province. */
    @Test
    void theStartersAgencyRowsSayWhatEachIsGiven() throws Exception {
        Cli.Result made = Cli.runNew("new", "ke-hoach-moi", "--province", "Lào Cai", "--content", dir.resolve("content").toString());
        assertEquals(0, made.exit(), made.errText());
        List<AgencyWork> sections = new Generator(Path.of("")).resolve(dir.resolve("content/ke-hoach-moi")).resolved().orElseThrow().agencyWork().stream()
                .filter(w -> w.role() == plandoc.resolved.AgencyRole.CARRY_OUT).toList();
        assertEquals(List.of("Sở Khoa học và Công nghệ: Chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết"
                        + " quả, báo cáo UBND tỉnh.", "Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
                sections.stream().map(w -> w.agencyName() + ": " + w.title()).toList());
    }

}
