package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The province.yaml a PDF carries leaves out the site-only keys, and nothing else (s19 tryout finding 1). */
class PlanSourcesSiteKeysTest {
    private static String carried(String province) {
        return new String(PlanSources.withoutSiteKeys(province.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void urlAndGuideLinesAreLeftOutCommentsAndOtherKeysKept() {
        assertEquals("# url: https://ten-mien-cua-cong/van-ban/\nportal: Cổng tỉnh\nhistory: public\n",
                carried("# url: https://ten-mien-cua-cong/van-ban/\nportal: Cổng tỉnh\nurl: https://a.gov.vn/vb/\n"
                        + "history: public\nguide: public"));
        assertEquals("portal: x\r\n", carried("url : https://a.gov.vn/\r\nportal: x\r\n"));
        assertEquals("portal: x\n  url: nested\n", carried("portal: x\n  url: nested\n"));
    }
}
