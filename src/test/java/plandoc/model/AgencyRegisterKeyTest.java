package plandoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.SourcePosition;

class AgencyRegisterKeyTest {
    private static final SourcePosition AT = SourcePosition.startOf("agencies.yaml");

    /** The key as it was written with a regex before the whitespace was collapsed by hand. */
    private static String regexKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }

    @Test
    void keyCollapsesWhitespaceAsTheRegexDid() {
        List<String> names = List.of("Sở TT&TT", "  sở   tt&tt ", "Sở\tThông tin\n và\r\nTruyền thông",
                "Đài PT&TH\u000B\ftỉnh", "So\u0301 Tài chính", "Sở\u00A0Nội vụ", "Sở\u2003 Y tế", "", "   ",
                "a", " a ", "A\t\tB  C", "\u3000Sở Xây dựng\u3000", "UBND  các   huyện,  thị xã");
        for (String name : names) {
            assertEquals(regexKey(name), AgencyRegister.key(name), name);
        }
    }

    /**
     * A list of agencies where one name holds " và " ("Sở Khoa học và Công nghệ") or a comma ("Sở Văn hóa, Thể thao
     * và Du lịch"): each run of parts is looked up as written. The runs were joined again with ", ", so "Sở Tài
     * chính, Sở Khoa học và Công nghệ" was an unknown agency, to be added to the register as one (s15).
     */
    @Test
    void aListResolvesNamesThatHoldTheSeparators() {
        Agency finance = new Agency(new Id("stc", AT), "Sở Tài chính", List.of(), false);
        Agency science = new Agency(new Id("khcn", AT), "Sở Khoa học và Công nghệ", List.of(), false);
        Agency culture = new Agency(new Id("vhttdl", AT), "Sở Văn hóa, Thể thao và Du lịch", List.of(), false);
        AgencyRegister register = new AgencyRegister(List.of(finance, science, culture));
        assertEquals(List.of(finance, science), register.resolve("Sở Tài chính, Sở Khoa học và Công nghệ").orElseThrow());
        assertEquals(List.of(science, finance), register.resolve("Sở Khoa học và Công nghệ và Sở Tài chính").orElseThrow());
        assertEquals(List.of(culture, science, finance),
                register.resolve("Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ, Sở Tài chính").orElseThrow());
        assertEquals(false, register.resolve("Sở Tài chính, Sở Khoa học").isPresent());
    }

    @Test
    void findsAFormWhateverItsCaseAndSpacing() {
        Agency finance = new Agency(new Id("stc", AT), "Sở Tài chính", List.of("STC"), false);
        Agency info = new Agency(new Id("stttt", AT), "Sở Thông tin và Truyền thông", List.of("Sở TT&TT"), false);
        AgencyRegister register = new AgencyRegister(List.of(finance, info));
        assertEquals(info, register.find("  sở\ttt&tt ").orElseThrow());
        assertEquals(info, register.find("SỞ THÔNG TIN  VÀ TRUYỀN THÔNG").orElseThrow());
        assertEquals(finance, register.find("stc").orElseThrow());
        assertEquals(finance, register.find(" stc").orElseThrow());
        assertEquals(List.of(finance, info), register.resolve("STC và Sở TT&TT").orElseThrow());
        assertEquals(false, register.find("Sở Tài").isPresent());
    }

    /**
     * Where forms or ids are shared, the agency listed first is found, whether it matches by id or by a form: a
     * look-up through the register's index answers as a walk of the register in order did.
     */
    @Test
    void theFirstAgencyInTheRegisterWinsASharedForm() {
        Agency byForm = new Agency(new Id("a", AT), "Sở Tài chính", List.of("STC"), false);
        Agency byId = new Agency(new Id("stc", AT), "Sở Tư pháp", List.of("Sở TC"), false);
        Agency twin = new Agency(new Id("b", AT), "Sở Tài chính mới", List.of("sở tc", "Sở  Tài chính"), false);
        assertEquals(byForm, new AgencyRegister(List.of(byForm, byId, twin)).find("stc").orElseThrow());
        assertEquals(byId, new AgencyRegister(List.of(byId, byForm, twin)).find("stc").orElseThrow());
        assertEquals(byForm, new AgencyRegister(List.of(byForm, byId, twin)).find("SỞ TÀI CHÍNH").orElseThrow());
        assertEquals(twin, new AgencyRegister(List.of(twin, byForm, byId)).find("Sở Tài chính").orElseThrow());
        assertEquals(byId, new AgencyRegister(List.of(byForm, byId, twin)).find("Sở TC").orElseThrow());
        assertEquals(twin, new AgencyRegister(List.of(twin, byId)).find("sở  TC").orElseThrow());
        assertEquals(twin, new AgencyRegister(List.of(twin, byId)).find("b").orElseThrow());
        assertEquals(false, new AgencyRegister(List.of(twin, byId)).find("a").isPresent());
    }
}
