package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Why an old file name is kept, as the build tells the officer: the number changed, or plandoc's naming did. */
class OldNameTest {
    @Test
    void anAppendixRenamedByItsPrintedNumberIsPlandocsNaming() {
        assertEquals(OldName.APPENDIX_BY_PRINTED_NUMBER, OldName.of("424-QD-UBND-phu-luc-7.pdf", "424-QD-UBND-phu-luc-07.pdf"));
        assertEquals(OldName.APPENDIX_BY_PRINTED_NUMBER, OldName.of("424-QD-UBND-phu-luc-2.pdf", "424-QD-UBND-phu-luc-II.pdf"));
        assertEquals(OldName.APPENDIX_BY_PRINTED_NUMBER, OldName.of("424-QD-UBND-phu-luc-1.pdf", "424-QD-UBND-phu-luc.pdf"));
    }

    @Test
    void aNumberNowPrintedWithItsZeroIsNotANumberChanged() {
        assertEquals(OldName.NUMBER_PRINTED_WITH_ZERO, OldName.of("5-KH-UBND.pdf", "05-KH-UBND.pdf"));
        assertEquals(OldName.NUMBER_PRINTED_WITH_ZERO, OldName.of("5-KH-UBND-phu-luc-1.pdf", "05-KH-UBND-phu-luc-01.pdf"));
    }

    @Test
    void anotherNumberIsANumberChanged() {
        assertEquals(OldName.NUMBER_CHANGED, OldName.of("4244-QD-UBND.pdf", "424-QD-UBND.pdf"));
        assertEquals(OldName.NUMBER_CHANGED, OldName.of("4244-QD-UBND-phu-luc-1.pdf", "424-QD-UBND-phu-luc-01.pdf"));
        assertEquals(OldName.NUMBER_CHANGED, OldName.of("15-KH-UBND.pdf", "05-KH-UBND.pdf"));
        assertEquals("cli.name-kept.number-changed", OldName.NUMBER_CHANGED.messageKey());
    }
}
