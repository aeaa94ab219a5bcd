package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The id a malformed one was probably meant to be, offered in the message. */
class IdRulesTest {
    @ParameterizedTest
    @CsvSource({
            "Phụ lục 3, phu-luc-3",
            "Điều hiệu lực, dieu-hieu-luc",
            "dự_án  số 15, du-an-so-15",
            "--Kế hoạch--, ke-hoach",
            "ĐỀ ÁN, de-an",
            "ud-cq, ud-cq"})
    void suggestion(String typed, String expected) {
        assertEquals(expected, IdRules.suggestion(typed));
    }
}
