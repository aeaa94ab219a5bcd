package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Folding;

/** The portal's two names made by folding, and where each differs from Folding.slug or Folding.folded on purpose. */
class FoldedNamesTest {
    /** A Data Package resource name keeps ".", "/" and "_" and is not trimmed: a path, not a slug. */
    @Test
    void dataPackageNamesKeepThePath() {
        assertEquals("ha-tinh-4086-2012/bang-1/dau-tu_von", DataPackage.name("ha-tinh-4086-2012/Bảng 1/Đầu tư_vốn.data.csv"));
        assertEquals("-von-", DataPackage.name("(Vốn)"));
        assertEquals("von", Folding.slug("(Vốn)"));
    }

    /**
     * The search index folds as portal.js does in the browser, so it keeps its own fold: the same for Vietnamese,
     * but the browser strips only the marks U+0300–U+036F, so another script's mark stays in the term.
     */
    @Test
    void searchTermsFoldAsTheBrowserDoes() {
        for (String text : List.of("Chuyển đổi số", "ĐỒNG THÁP", "Nguyễn Thị Bưởi, Trần Đức Lương",
                "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ",
                "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ đĐ")) {
            assertEquals(Folding.folded(text), SearchText.fold(text), text);
        }
        assertEquals("ก่", SearchText.fold("ก่"));
        assertEquals("ก", Folding.folded("ก่"));
    }
}
