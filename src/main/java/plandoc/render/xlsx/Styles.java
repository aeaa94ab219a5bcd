package plandoc.render.xlsx;

import static plandoc.render.xlsx.BudgetWorkbook.BANNER_PT;
import static plandoc.render.xlsx.BudgetWorkbook.BODY_PT;
import static plandoc.render.xlsx.BudgetWorkbook.FONT;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import plandoc.resolved.CellRole;

import java.util.HashMap;
import java.util.Map;

/** Cell styles, made once per workbook (Excel limits a workbook to 64 000 styles). */
final class Styles {
    private final XSSFWorkbook workbook;
    final CellStyle title;
    final CellStyle caption;
    final CellStyle unit;
    final CellStyle note;
    final CellStyle header;
    private final Map<String, CellStyle> body = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        // The default font (the "Normal" style's) sets the unit of column widths and the default row height:
        // Times New Roman 12, which every viewer has or matches (Liberation Serif), not the theme's Calibri.
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) BODY_PT);
        normal.setFamily(FontFamily.ROMAN);
        normal.setScheme(FontScheme.NONE);
        this.title = style(font(true, false, BANNER_PT), HorizontalAlignment.CENTER, false);
        title.setWrapText(true);
        this.caption = style(font(false, true, BANNER_PT), HorizontalAlignment.CENTER, false);
        caption.setWrapText(true);
        this.unit = style(font(false, true, 12), HorizontalAlignment.RIGHT, false);
        this.note = style(font(false, true, 12), HorizontalAlignment.LEFT, false);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        this.header = style(font(true, false, 12), HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    /** A body cell's style by role, weight and decimals, upright. */
    CellStyle body(CellRole role, boolean bold, int decimals, boolean hideZero) {
        return body(role, bold, false, decimals, hideZero);
    }

    /** A body cell's style by role, weight, slant and decimals. */
    CellStyle body(CellRole role, boolean bold, boolean italic, int decimals, boolean hideZero) {
        String key = role.id() + "|" + bold + "|" + italic + "|" + decimals + "|" + hideZero;
        return body.computeIfAbsent(key, k -> {
            HorizontalAlignment align = switch (role) {
                case MONEY -> HorizontalAlignment.RIGHT;
                case NUMBER, NOTE -> HorizontalAlignment.CENTER;
                default -> HorizontalAlignment.LEFT;
            };
            CellStyle style = style(font(bold, italic, 12), align, true);
            style.setWrapText(role != CellRole.MONEY);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (role == CellRole.MONEY) {
                style.setDataFormat(workbook.createDataFormat().getFormat(NumberFormat.code(decimals, hideZero)));
            }
            return style;
        });
    }

    private Font font(boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean borders) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        if (borders) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
