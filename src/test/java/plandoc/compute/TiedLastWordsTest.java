package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.compute.ColumnWidths.Words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cell's last two words tied so that its last line holds no lone word ({@link Words#tiesLastTwo}, the PDF's
 * no-break space): where it applies, where it does not, and that a tie never costs a line (the line counts
 * compute.FewestLines and TableLayouts measure stay those of the page).
 */
class TiedLastWordsTest {
    private static final String TASK = "Rà soát quy trình xử lý văn bản điện tử";

    /** The rooms, in em, from 3 to 30 by a hundredth, at which {@code text} wraps with a lone last word. */
    private static List<Double> loneRooms(Words words) {
        List<Double> rooms = new ArrayList<>();
        for (int i = 300; i <= 3000; i++) {
            if (words.endsOnALoneWord(i / 100.0)) {
                rooms.add(i / 100.0);
            }
        }
        return rooms;
    }

    @Test
    void aLongCellsLoneLastWordIsTiedToTheWordBefore() {
        Words words = Words.of(TASK, false);
        List<Double> rooms = loneRooms(words);
        assertFalse(rooms.isEmpty(), "some width prints \"… điện / tử\"");
        // Where the line above keeps two words or more once "điện" is carried down, the two are tied.
        long tied = rooms.stream().filter(room -> words.tiesLastTwo(0, room, 0)).count();
        assertTrue(tied * 2 > rooms.size(), tied + " of " + rooms.size() + " widths with a lone last word tie it");
        // Tied, the paragraph reads less broken: its lone last word is no longer counted, its ten words' breaks are.
        for (double room : rooms) {
            if (words.tiesLastTwo(0, room, 0)) {
                assertEquals(words.lines(room) - 1, words.breaksPerWord(room, 0) * 10, 1e-9, "at " + room + " em");
            }
        }
    }

    @Test
    void aTieNeverCostsALine() {
        for (String text : List.of(TASK, "Các sở, ban, ngành, UBND cấp huyện, cấp xã", "Đầu tư phát triển + thường xuyên")) {
            Words words = Words.of(text, false);
            String[] plain = text.split(" ");
            String tiedText = String.join(" ", java.util.Arrays.copyOf(plain, plain.length - 2)) + " "
                    + plain[plain.length - 2] + "\u00a0" + plain[plain.length - 1];
            Words tied = Words.of(tiedText, false);
            for (int i = 300; i <= 3000; i++) {
                double room = i / 100.0;
                if (words.tiesLastTwo(0, room, 0)) {
                    assertEquals(words.lines(room), tied.lines(room), text + " at " + room + " em");
                }
            }
        }
    }

    @Test
    void noTieLeavesAWordAloneAboveOrBindsTwoWordsWiderThanTheCell() {
        // "Các cơ / quan liên / quan": tied, "quan" would print alone on the middle line.
        Words owners = Words.of("Các cơ quan liên quan", false);
        for (double room : loneRooms(owners)) {
            if (owners.lines(room) == 3) {
                assertFalse(owners.tiesLastTwo(0, room, 0), "at " + room + " em");
            }
        }
        // Three words: "Sở Công / thương" or "Sở / Công thương", a lone word either way.
        Words three = Words.of("Sở Công thương", false);
        loneRooms(three).forEach(room -> assertFalse(three.tiesLastTwo(0, room, 0), "at " + room + " em"));
        // "điện tử" wider than the room: tied, the two would run out of the cell.
        Words words = Words.of(TASK, false);
        double pair = Words.of("điện tử", false).paragraphs()[0][0] + Words.of("điện tử", false).space()
                + Words.of("điện tử", false).paragraphs()[0][1];
        assertFalse(words.tiesLastTwo(0, pair - 0.01, 0));
    }
}
