package org.cstkg.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a report from a file, deciding by content (not by name) whether it is a PDF or UTF-8 text, and rejecting
 * anything else with an error that names the file and the reason.
 */
public final class ReportReader {

    private ReportReader() {}

    public static Report read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file))
                throw new ReportException(name + ": no such file");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReportException(name + ": cannot read: " + e.getMessage(), e);
        }
        return ReportParser.parse(text(bytes, name), name);
    }

    /** The text of a report file's bytes: PDF text extraction or strict UTF-8 decoding. */
    public static String text(byte[] bytes, String name) {
        if (bytes.length == 0)
            throw new ReportException(name + ": empty file");
        if (startsWith(bytes, "%PDF-"))
            return pdfText(bytes, name);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++)
            if (bytes[i] == 0)
                throw new ReportException(name + ": binary file, not a text or PDF report");
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\ufeff"))
                s = s.substring(1);
            if (s.isBlank())
                throw new ReportException(name + ": empty file");
            return s;
        } catch (CharacterCodingException e) {
            throw new ReportException(name + ": not UTF-8 text and not a PDF");
        }
    }

    private static String pdfText(byte[] bytes, String name) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            if (text.isBlank())
                throw new ReportException(name + ": PDF has no extractable text");
            return text;
        } catch (IOException e) {
            throw new ReportException(name + ": broken PDF: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length)
            return false;
        for (int i = 0; i < p.length; i++)
            if (bytes[i] != p[i])
                return false;
        return true;
    }
}
