package org.cstkg.source;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, in reading order, as PDFBox extracts it. */
final class PdfText {

    private PdfText() {}

    static String of(byte[] bytes, String name) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new SourceException(name + ": broken PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SourceException(name + ": broken PDF: " + e, e);
        }
    }
}
