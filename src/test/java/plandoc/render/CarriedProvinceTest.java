package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import plandoc.load.PlanShape;
import plandoc.model.Province;

/**
 * The province.yaml a PDF carries, and a signed PDF's is compared by, leaves out every key no document prints — one
 * line or several, a block scalar, an empty value — and keeps the comments and every other key as written (s19 left
 * {@code portal:} and {@code history:} in; s20).
 */
class CarriedProvinceTest {
    private static String carried(String province) {
        return new String(CarriedProvince.of(province.getBytes(StandardCharsets.UTF_8), true), StandardCharsets.UTF_8);
    }

    /**
     * {@code plan_register:} says how a plan folder's own register combines with the shared one: a plan without one is
     * made from the same agencies whatever it says, so its PDF leaves it out (s24 review H1), comments too.
     */
    @Test
    void planRegisterIsLeftOutOfAPlanWithoutARegisterOfItsOwn() {
        String file = "register: agencies.yaml\nplan_register: replace   # tỉnh mới\n# plan_register: add\n";
        assertEquals("register: agencies.yaml\n", new String(CarriedProvince.of(file.getBytes(StandardCharsets.UTF_8),
                false), StandardCharsets.UTF_8));
        assertEquals(file, carried(file));
        assertEquals(true, CarriedProvince.ownRegister(java.util.List.of("kh-a/plan.yaml", "kh-a/agencies.yaml")));
        assertEquals(false, CarriedProvince.ownRegister(java.util.List.of("kh-a/plan.yaml", "agencies.yaml",
                "province.yaml")));
    }

    @Test
    void everyKeyNoDocumentPrintsIsLeftOutCommentsAndTheOtherKeysKept() {
        String file = """
                # Tỉnh và cổng thông tin
                portal: Cổng thông tin điện tử tỉnh Hà Tĩnh   # tên cổng
                province: Hà Tĩnh
                place: Hà Tĩnh
                # danh mục cơ quan
                register: agencies.yaml     # cạnh các thư mục kế hoạch
                plan_register: add
                history: public
                # url: https://ten-mien-cua-cong/van-ban/
                url: https://stttt.hatinh.gov.vn/van-ban/
                guide: public""";
        assertEquals("""
                # Tỉnh và cổng thông tin
                # danh mục cơ quan
                register: agencies.yaml     # cạnh các thư mục kế hoạch
                plan_register: add
                """, carried(file));
        assertEquals("register: a.yaml\r\n# x\r\n", carried("portal : x\r\nregister: a.yaml\r\n# x\r\nhistory: none\r\n"));
    }

    /**
     * s22 tryout H1: {@code plandoc new} writes url:, guide: and history: commented out, and the guide says to take the
     * "#" away when the site has an address; a PDF signed before must still be the same document after.
     */
    @Test
    void keysWrittenCommentedOutAreLeftOutAsTheKeysAre() throws Exception {
        String scaffold;
        try (var in = CarriedProvinceTest.class.getResourceAsStream("/plandoc/scaffold/province.yaml")) {
            scaffold = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@UNIT@", "tỉnh Nghệ An")
                    .replace("@PROVINCE@", "Nghệ An").replace("@PLACE@", "Nghệ An");
        }
        String uncommented = scaffold.replace("# url: https://ten-mien-cua-cong/van-ban/", "url: https://stttt.nghean.gov.vn/vb/")
                .replace("# guide: public", "guide: public").replace("# history: public", "history: public");
        assertEquals(carried(scaffold), carried(uncommented));
        assertEquals(false, carried(scaffold).contains("url"), carried(scaffold));
        assertEquals(true, carried(scaffold).contains("register: agencies.yaml"), carried(scaffold));
    }

    @Test
    void aValueOverSeveralLinesGoesWithAllItsLines() {
        String blocks = """
                portal: >
                  Cổng thông tin điện tử
                  tỉnh Hà Tĩnh

                register: agencies.yaml
                place: Thành phố
                  Hồ Chí Minh
                "history":
                  # nơi hiện lịch sử
                  public
                province: "Thành phố
                  Hồ Chí Minh"
                plan_register: replace
                guide:
                """;
        assertEquals("register: agencies.yaml\nplan_register: replace\n", carried(blocks));
        assertEquals(Map.of("register", "agencies.yaml", "plan_register", "replace"), new Yaml().load(carried(blocks)));
        assertEquals("register: a.yaml\n", carried("portal: |-\n  Cổng\n\n\n  tỉnh\nregister: a.yaml\n"));
        assertEquals("# chỉ còn ghi chú\n", carried("portal: Cổng\n# chỉ còn ghi chú\n"));
    }

    @Test
    void aFileTheCutCouldBreakIsLeftAsItIs() {
        for (String file : new String[] {"{portal: Cổng, register: a.yaml}\n", "portal: [Cổng\n", "register: a.yaml\n",
                "# ghi chú\n", ""}) {
            assertEquals(file, carried(file));
        }
    }

    /** A key added to province.yaml must be placed: printed in some document (a source) or not (left out). */
    @Test
    void everyKeyOfProvinceYamlIsClassified() {
        TreeSet<String> printed = new TreeSet<>(PlanShape.PROVINCE.keyNames());
        printed.removeAll(Province.NOT_IN_DOCUMENTS);
        assertEquals(new TreeSet<>(java.util.Set.of("register", "plan_register")), printed);
        assertEquals(true, PlanShape.PROVINCE.keyNames().containsAll(Province.NOT_IN_DOCUMENTS));
    }
}
