package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * s15 review, finding 6: {@code issuer.name} is written in full (Decree 30), of the right kind of unit, and of a unit
 * that existed on the document's date; the real plans' warnings are in {@code errors/issuer-*}.
 */
class IssuerNamesTest {
    private static final SourcePosition AT = new SourcePosition("plan.yaml", 4, 11);

    private static List<String> warnings(String name, LocalDate date) {
        Problems problems = new Problems();
        new IssuerNames(problems).check(name, AT, Optional.of(date));
        return problems.sorted().stream().map(p -> p.message().key() + " " + p.message().args()).toList();
    }

    @Test
    void abbreviationsAreWrittenOutWithTheKindOfUnit() {
        assertEquals(List.of("issuer.abbreviated [UBND tỉnh Nghệ An, Ủy ban nhân dân tỉnh Nghệ An]"),
                warnings("UBND tỉnh Nghệ An", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of("issuer.abbreviated [HĐND TP. Hà Nội, Hội đồng nhân dân thành phố Hà Nội]"),
                warnings("HĐND TP. Hà Nội", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of("issuer.abbreviated [UBND TP Hồ Chí Minh, Ủy ban nhân dân Thành phố Hồ Chí Minh]"),
                warnings("UBND TP Hồ Chí Minh", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of("issuer.abbreviated [UBND Nghệ An, Ủy ban nhân dân tỉnh Nghệ An]"),
                warnings("UBND Nghệ An", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of("issuer.abbreviated [Sở KH&CN tỉnh Nghệ An, Sở Khoa học và Công nghệ tỉnh Nghệ An]"),
                warnings("Sở KH&CN tỉnh Nghệ An", LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aFullNameOfAUnitOfItsDayPasses() {
        assertEquals(List.of(), warnings("Ủy ban nhân dân tỉnh Hà Tĩnh", LocalDate.of(2012, 12, 28)));
        assertEquals(List.of(), warnings("Ủy ban nhân dân Thành phố Hà Nội", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of(), warnings("Sở Thông tin và Truyền thông tỉnh Quảng Nam", LocalDate.of(2026, 3, 12)));
        // A historical document of a merged province, dated before 1 July 2025.
        assertEquals(List.of(), warnings("Ủy ban nhân dân tỉnh Hà Giang", LocalDate.of(2025, 6, 30)));
        // Words that only contain an abbreviation's letters.
        assertEquals(List.of(), warnings("Ban Chỉ đạo TPBND", LocalDate.of(2026, 1, 5)));
    }

    @Test
    void aUnitOfTheWrongKindOrGoneByTheDateIsToldItsName() {
        assertEquals(List.of("issuer.unit-kind [Ủy ban nhân dân tỉnh Huế, Ủy ban nhân dân thành phố Huế]"),
                warnings("Ủy ban nhân dân tỉnh Huế", LocalDate.of(2026, 1, 5)));
        assertEquals(List.of("issuer.unit-merged [tỉnh Hà Giang, 01/07/2025, Ủy ban nhân dân tỉnh Tuyên Quang]"),
                warnings("Ủy ban nhân dân tỉnh Hà Giang", LocalDate.of(2025, 7, 1)));
    }

    /** s16: Decree 30 Phụ lục II capitalises an agency's name; only the case wrong was told "the wrong kind of unit". */
    @Test
    void aNameInLowerCaseIsToldItsCapitals() {
        assertEquals(List.of("issuer.lower-case [ủy ban nhân dân tỉnh hà tĩnh, Ủy ban nhân dân tỉnh Hà Tĩnh]"),
                warnings("ủy ban nhân dân tỉnh hà tĩnh", LocalDate.of(2012, 12, 28)));
        assertEquals(List.of("issuer.lower-case [Ủy ban nhân dân tỉnh hà tĩnh, Ủy ban nhân dân tỉnh Hà Tĩnh]"),
                warnings("Ủy ban nhân dân tỉnh hà tĩnh", LocalDate.of(2012, 12, 28)));
        assertEquals(List.of("issuer.lower-case [Ủy ban nhân dân thành phố Hồ Chí Minh, Ủy ban nhân dân Thành phố Hồ Chí Minh]"),
                warnings("Ủy ban nhân dân thành phố Hồ Chí Minh", LocalDate.of(2026, 1, 5)));
        // Lower case and of the wrong kind: one warning, the name to write fixing both.
        assertEquals(List.of("issuer.lower-case [ủy ban nhân dân tỉnh Hà Nội, Ủy ban nhân dân thành phố Hà Nội]"),
                warnings("ủy ban nhân dân tỉnh Hà Nội", LocalDate.of(2026, 1, 5)));
        // Not a council of a known unit: told how, with examples.
        assertEquals(List.of("issuer.lower-case-example [sở tài chính tỉnh Nghệ An]"),
                warnings("sở tài chính tỉnh Nghệ An", LocalDate.of(2026, 1, 5)));
        // Upper case throughout is how the header prints it, not lower case.
        assertEquals(List.of(), warnings("Sở Tài chính tỉnh Nghệ An", LocalDate.of(2026, 1, 5)));
    }
}
