package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plandoc.TestPlans;

/**
 * Which dates of a căn cứ are the cited texts' issue dates ({@link CitedDates}), beyond the case in
 * {@code src/test/resources/errors/legal-basis-after-date}; and a draft, whose date is printed blank, is not held to
 * its own.
 */
class CitedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Luật Công nghệ thông tin ngày 29/6/2006|2006-06-29",
            "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ|2021-06-15",
            "Nghị định số 64/2007/NĐ-CP ngày 10-4-2007 của Chính phủ|2007-04-10",
            "Thông tư số 01/2011/TT-BNV ngày 19.01.2011 của Bộ Nội vụ|2011-01-19",
            // One text per part of a line; a later date in the same part is the text's content, not its issue date.
            "Luật A ngày 19/6/2015; Luật B ngày 22/12/2019|2015-06-19 2019-12-22",
            "Nghị định số 47/2020/NĐ-CP ngày 09/4/2020, có hiệu lực từ ngày 01/7/2021|2020-04-09",
            // Each numbered text of a line, though the line has no ";".
            "Văn bản số 31/STTTT ngày 10/01/2022 và Văn bản số 45/STTTT ngày 20/01/2022|2022-01-10 2022-01-20",
            // Not a date: left to other checks.
            "Luật C ngày 31/2/2020|",
            "Luật D năm 2020|"})
    void theIssueDatesOfTheCitedTexts(String line, String dates) {
        List<String> expected = dates == null ? List.of() : List.of(dates.split(" "));
        assertEquals(expected, CitedDates.issueDates(line).stream().map(c -> c.date().toString()).toList());
    }

    @Test
    void aTextOfTheSameDayPasses(@TempDir Path dir) {
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION.replace("date: 2012-12-28\n",
                "date: 2012-12-28\n  bases: [Nghị quyết số 31/NQ-HĐND ngày 28/12/2012]\n"))));
    }

    @Test
    void aDraftIsNotHeldToItsDate(@TempDir Path dir) {
        String yaml = TestPlans.DECISION.replace("number: 4086\n", "draft: true\n")
                .replace("date: 2012-12-28\n", "date: 2012-12-28\n  bases: [Nghị quyết số 31/NQ-HĐND ngày 05/01/2013]\n");
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir, yaml)).stream()
                .filter(m -> m.contains("căn cứ")).toList());
        // The same line in the issued document is told.
        assertEquals(1, TestPlans.messages(TestPlans.resolve(dir.resolve("issued"), yaml.replace("draft: true\n",
                "number: 4086\n"))).stream().filter(m -> m.contains("05/01/2013")).count());
        assertEquals(LocalDate.of(2013, 1, 5), CitedDates.issueDates("Nghị quyết số 31/NQ-HĐND ngày 05/01/2013").get(0).date());
    }
}
