package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.ResolvedPlan;

/**
 * s19 review, finding 3: a section titled by the agency it assigns ("Sở Công Thương" under "Tổ chức thực hiện")
 * gave that agency a row on the agency view saying nothing but its own name. Such a row says what the section gives
 * it: the first sentence of its text, or of its first sub-section's.
 */
class AgencySectionRowTest {
    @Test
    void noSectionRowOfTheBundledPlansIsOnlyAnAgencysName() {
        for (String folder : List.of("content/ha-tinh-4086-2012", "content/ha-tinh-424-2022")) {
            List<AgencyWork> sections = resolve(Path.of(folder)).agencyWork().stream()
                    .filter(w -> w.role() == plandoc.resolved.AgencyRole.CARRY_OUT).toList();
            assertTrue(sections.size() > 10, folder + ": " + sections.size());
            for (AgencyWork w : sections) {
                assertTrue(!w.title().isBlank() && !w.title().startsWith("Sở ") && !w.title().startsWith("UBND ")
                        && !w.title().startsWith("Các sở,"), folder + " " + w.label() + ": " + w.title());
            }
        }
    }

    @Test
    void fourThousandAndEightySixsDepartmentOfIndustryAndTradeReadsWhatItIsGiven() {
        AgencyWork row = resolve(Path.of("content/ha-tinh-4086-2012")).agencyWork().stream()
                .filter(w -> w.agencyName().equals("Sở Công Thương") && w.role() == plandoc.resolved.AgencyRole.CARRY_OUT).findFirst()
                .orElseThrow();
        // Its text is a list: the first item's sentence, without the list marker.
        assertEquals("Chủ trì, phối hợp với Sở Thông tin và Truyền thông, Hiệp hội Doanh nghiệp và các Sở, ban, ngành liên"
                + " quan xây dựng và tổ chức thực hiện kế hoạch phát triển thương mại điện tử trên địa bàn tỉnh.", row.title());
    }

    @Test
    void theFirstSentenceOfAText() {
        assertEquals(Optional.of("Chủ trì xây dựng kế hoạch."), AgencyWorkCollector.sentenceOf("- Chủ trì xây dựng kế hoạch. Báo cáo"
                + " UBND tỉnh.\n- Phối hợp."));
        assertEquals(Optional.of("Phối hợp thực hiện"), AgencyWorkCollector.sentenceOf("\n1. Phối hợp thực hiện\n"));
        assertEquals(Optional.empty(), AgencyWorkCollector.sentenceOf("  \n"));
    }

    private static ResolvedPlan resolve(Path folder) {
        return new Generator(Path.of("")).resolve(folder).resolved().orElseThrow();
    }
}
