package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The list of provincial-level units (plandoc/provinces.txt) holds together as Nghị quyết 202/2025/QH15 has it. */
class ProvincialUnitsTest {
    private final ProvincialUnits units = ProvincialUnits.get();

    @Test
    void thirtyFourUnitsSinceJuly2025AndSixtyThreeBefore() {
        var after = units.all().stream().filter(u -> u.existedOn(LocalDate.of(2025, 7, 1))).toList();
        assertEquals(34, after.size());
        assertEquals(6, after.stream().filter(u -> u.kind().equalsIgnoreCase("thành phố")).count());
        assertEquals(63, units.all().stream().filter(u -> u.existedOn(LocalDate.of(2025, 6, 30))).count());
        // Every merged unit names a current one.
        units.all().stream().filter(u -> u.partOf().isPresent())
                .forEach(u -> assertTrue(units.current(u).partOf().isEmpty(), u.name()));
    }

    @Test
    void namesAreFoundAsTypedOrMeant() {
        assertEquals("thành phố Huế", ((ProvincialUnits.Known) units.match("Huế")).unit().fullName());
        assertEquals("tỉnh Khánh Hòa", ((ProvincialUnits.Known) units.match("khánh hoà")).unit().fullName());
        assertEquals("Nghệ An", assertInstanceOf(ProvincialUnits.Misspelt.class, units.match("Nghe An")).meant().name());
        assertEquals("Đắk Lắk", assertInstanceOf(ProvincialUnits.Misspelt.class, units.match("Dak Lak")).meant().name());
        assertInstanceOf(ProvincialUnits.Unknown.class, units.match("Gotham"));
        assertEquals("Tuyên Quang", units.current(units.named("Hà Giang").orElseThrow()).name());
    }
}
