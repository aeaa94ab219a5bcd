/*
 * openhtmltopdf 1.1.65's com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter (LGPL-2.1-or-later, like
 * the library; https://github.com/openhtmltopdf/openhtmltopdf), patched by plandoc. This copy is found
 * before the library's jar on the class path and replaces its class. Every change is marked
 * "plandoc patch"; the rest is the library's code unchanged.
 *
 * Why: in PDF/UA mode openhtmltopdf opens an /Artifact marked-content sequence for every box that might
 * paint a background, border or text decoration, before knowing whether it will, and PDFBox stores each
 * one's property list (/Type /Background /BBox [...]) in the page's /Properties resources. In plandoc's
 * PDFs 99 % of them are empty (4,401 of 4,432 in the 23-page flagship): they mark nothing, yet they were
 * most of the PDF's objects, a quadratic look-up in PDResources.add, and most of the cost of tagging
 * (docs/benchmarks.md). Here an artifact is written only when something is drawn inside it; the content
 * drawn, the structure tree and every marked real content are unchanged. Also: beginPaginationArtifact, for the
 * patched PdfBoxRenderer's device, which paints a repeated table header's copies as pagination artifacts.
 *
 * When upgrading openhtmltopdf: diff this file against the new version's class, or drop it if the
 * library stops emitting empty artifacts (plandoc.render.EmptyArtifactsTest tells).
 */
package com.openhtmltopdf.pdfboxout;

import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.util.logging.Level;

public class PdfContentStreamAdapter {
    private final PDPageContentStream cs;

    /**
     * plandoc patch: an artifact sequence begun but with nothing drawn in it yet. Written (with its
     * property list) by the first operation inside it; dropped, with its end, if none comes.
     */
    private COSDictionary pendingArtifact;

    /** plandoc patch: writes the artifact begun last, now that something goes into it. */
    private void openPendingArtifact() {
        if (pendingArtifact == null) {
            return;
        }
        COSDictionary dict = pendingArtifact;
        pendingArtifact = null;
        try {
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(dict));
        } catch (IOException e) {
            logAndThrow("beginMarkedContent", e);
        }
    }


    public static class PdfException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PdfException(String method, Exception cause) {
            super(method, cause);
        }
    }

    private void logAndThrow(String method, IOException e) {
        XRLog.log(Level.WARNING, LogMessageId.LogMessageId1Param.EXCEPTION_PDF_IN_WRITING_METHOD, method, e);
        throw new PdfException(method, e);
    }

    public PdfContentStreamAdapter(PDPageContentStream cs) {
        this.cs = cs;
    }

    public void fillRect(float x, float y, float w, float h) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.addRect(x, y, w, h);
            cs.fill();
        } catch (IOException e) {
            logAndThrow("fillRect", e);
        }
    }

    public void addRect(float x, float y, float w, float h) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.addRect(x, y, w, h);
        } catch (IOException e) {
            logAndThrow("addRect", e);
        }
    }

    public void newPath() {
        // I think PDF-BOX does this automatically.
    }

    public void setExtGState(PDExtendedGraphicsState gs) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setGraphicsStateParameters(gs);
        } catch (IOException e) {
            logAndThrow("setExtGState", e);
        }
    }

    public void closeSubpath() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.closePath();
        } catch (IOException e) {
            logAndThrow("closeSubpath", e);
        }
    }

    public void curveTo(float x1, float y1, float x2, float y2, float x3,
            float y3) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.curveTo(x1, y1, x2, y2, x3, y3);
        } catch (IOException e) {
            logAndThrow("curveTo(6)", e);
        }
    }

    public void curveTo(float x1, float y1, float x3, float y3) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.curveTo1(x1, y1, x3, y3);
        } catch (IOException e) {
            logAndThrow("curveTo(4)", e);
        }
    }

    public void closeContent() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.close();
        } catch (IOException e) {
            logAndThrow("closeContent", e);
        }
    }

    public void lineTo(float x1, float y1) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.lineTo(x1, y1);
        } catch (IOException e) {
            logAndThrow("lineTo", e);
        }
    }

    public void moveTo(float x1, float y1) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.moveTo(x1, y1);
        } catch (IOException e) {
            logAndThrow("moveTo", e);
        }
    }

    public void fillEvenOdd() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.fillEvenOdd();
        } catch (IOException e) {
            logAndThrow("fillEvenOdd", e);
        }
    }

    public void fillNonZero() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.fill();
        } catch (IOException e) {
            logAndThrow("fillNonZero", e);
        }
    }

    public void stroke() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.stroke();
        } catch (IOException e) {
            logAndThrow("stroke", e);
        }
    }

    public void clipNonZero() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.clip();
        } catch (IOException e) {
            logAndThrow("clipNonZero", e);
        }
    }

    public void clipEvenOdd() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.clipEvenOdd();
        } catch (IOException e) {
            logAndThrow("clipEvenOdd", e);
        }
    }

    public void setStrokingColor(int r, int g, int b) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setStrokingColor(r / 255f, g / 255f, b / 255f);
        } catch (IOException e) {
            logAndThrow("setStrokingColor", e);
        }
    }

    public void setStrokingColor(float c, float m, float y, float k) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setStrokingColor(c, m, y, k);
        } catch (IOException e) {
            logAndThrow("setStrokingColor(CMYK)", e);
        }
    }

    public void setFillColor(int r, int g, int b) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setNonStrokingColor(r / 255f, g / 255f, b / 255f);
        } catch (IOException e) {
            logAndThrow("setFillColor", e);
        }
    }

    public void setFillColor(float c, float m, float y, float k) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setNonStrokingColor(c, m, y, k);
        } catch (IOException e) {
            logAndThrow("setFillColor(CMYK)", e);
        }
    }

    public void setLineWidth(float width) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setLineWidth(width);
        } catch (IOException e) {
            logAndThrow("setLineWidth", e);
        }
    }

    public void setLineCap(int capStyle) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setLineCapStyle(capStyle);
        } catch (IOException e) {
            logAndThrow("setLineCap", e);
        }
    }

    public void setLineJoin(int joinStyle) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setLineJoinStyle(joinStyle);
        } catch (IOException e) {
            logAndThrow("setLineJoin", e);
        }
    }

    public void setLineDash(float[] dash, float phase) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setLineDashPattern(dash, phase);
        } catch (IOException e) {
            logAndThrow("setLineDash", e);
        }
    }

    public void restoreGraphics() {
        openPendingArtifact(); // plandoc patch
        try {
            saveGraphicsCounter--;
            cs.restoreGraphicsState();
			if (saveGraphicsCounter < 0)
				throw new IllegalStateException("Invalid save/restore pairing!");
        } catch (IOException e) {
            logAndThrow("restoreGraphics", e);
        }
    }

    private int saveGraphicsCounter = 0;
    public void saveGraphics() {
        openPendingArtifact(); // plandoc patch
        try {
            saveGraphicsCounter++;
            cs.saveGraphicsState();
        } catch (IOException e) {
            logAndThrow("saveGraphics", e);
        }
    }

    public void beginText() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.beginText();
        } catch (IOException e) {
            logAndThrow("beginText", e);
        }
    }

    public void endText() {
        openPendingArtifact(); // plandoc patch
        try {
            cs.endText();
        } catch (IOException e) {
            logAndThrow("endText", e);
        }
    }

    public void setFont(PDFont font, float size) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setFont(font, size);
        } catch (IOException e) {
            logAndThrow("setFont", e);
        }
    }

    public void setTextMatrix(float a, float b, float c, float d, float e,
            float f) {
        openPendingArtifact(); // plandoc patch
        try {
            Matrix mtrx = new Matrix(a, b, c, d, e, f);
            cs.setTextMatrix(mtrx);
        } catch (IOException e1) {
            logAndThrow("setTextMatrix", e1);
        }
    }

    public void setRenderingMode(RenderingMode rm) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.setRenderingMode(rm);
        } catch (IOException e) {
            logAndThrow("setRenderingMode", e);
        }
    }

    public void drawString(String s) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.showText(s);
        } catch (IOException e) {
            logAndThrow("drawString", e);
        }
    }

    public void drawImage(PDImageXObject xobject, float x, float y, float w,
            float h) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.drawImage(xobject, x, y, w, h);
        } catch (IOException e) {
            logAndThrow("drawImage", e);
        }
    }
    
    public void drawXForm(PDFormXObject xObject) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.drawForm(xObject);
        } catch (IOException e) {
            logAndThrow("drawXForm", e);
        }
    }

    public void setMiterLimit(float miterLimit) {
        openPendingArtifact(); // plandoc patch
        try {
            /*
             * Only set the miter limit if it is > 0, as 0 is a invalid
             * value which causes Acrobat Reader to stop drawing anything.
             */
        	if( miterLimit > 0.0)
                cs.setMiterLimit(miterLimit);
        } catch (IOException e) {
            logAndThrow("setMiterLimit", e);
        }
    }
    
    /**
     * 
     * @param str MUST consist of a array of strings optionally interspersed with
     * Float values specifying additional spacing.
     */
    public void drawStringWithPositioning(Object[] str) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.showTextWithPositioning(str);
        } catch (IOException e) {
            logAndThrow("drawStringWithPositioning", e);
        }
    }

    public void applyPdfMatrix(AffineTransform transform) {
        openPendingArtifact(); // plandoc patch
        try {
           cs.transform(new Matrix(transform));
        } catch (IOException e) {
            logAndThrow("applyPdfMatrix", e);
        }
    }

    public void placeXForm(float x, float y, PDFormXObject xFormObject) {
        openPendingArtifact(); // plandoc patch
        try {
			cs.saveGraphicsState();
			cs.transform(new Matrix(AffineTransform.getTranslateInstance(x, y)));
			cs.drawForm(xFormObject);
			cs.restoreGraphicsState();
        } catch (IOException e) {
            logAndThrow("placeXForm", e);
        }
    }
    
    public void beginMarkedContent(COSName tag, COSDictionary dict) {
        openPendingArtifact(); // plandoc patch: a sequence inside it makes the artifact non-empty
        if (COSName.ARTIFACT.equals(tag)) { // plandoc patch: written when something is drawn in it
            pendingArtifact = dict;
            return;
        }
        try {
            cs.beginMarkedContent(tag, PDPropertyList.create(dict));
        } catch (IOException e) {
            logAndThrow("beginMarkedContent", e);
        }
    }
    
    /**
     * plandoc patch: begins a pagination artifact's sequence (a repeated table header's copy, PdfBoxRenderer's device),
     * written inline as PDFBox writes a marked-content id: PDFBox's beginMarkedContent would put the dictionary in
     * the page's /Properties resources, an object per copy. Ended by endMarkedContent.
     */
    public void beginPaginationArtifact() {
        openPendingArtifact(); // a sequence inside it makes the artifact non-empty
        try {
            cs.appendRawCommands("/Artifact <</Type /Pagination>> BDC\n");
        } catch (IOException e) {
            logAndThrow("beginMarkedContent", e);
        }
    }

    public void endMarkedContent() {
        if (pendingArtifact != null) { // plandoc patch: an artifact with nothing in it is left out
            pendingArtifact = null;
            return;
        }
        try {
            cs.endMarkedContent();
        } catch (IOException e) {
            logAndThrow("endMarkedContent", e);
        }
    }

    public void paintGradient(PDShading shading) {
        openPendingArtifact(); // plandoc patch
        try {
            cs.shadingFill(shading);
        } catch (IOException e) {
            logAndThrow("paintGradient", e);
        }
    }
}
