package org.cstkg.source.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cstkg.document.Document;
import org.cstkg.source.SourceReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report as PDF reads like its text: the sample digest is typeset into a PDF with a Korean font (Debian's
 * fonts-nanum, which .ci/run installs), then read back by content, whatever the file is called.
 */
class PdfDigestTest {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    static final Path SAMPLE = Path.of("data/samples/cstkg-sample-digest-2023-11-03.txt");

    /** The line with characters the font lacks (the ☑ of reference lines) left out. */
    static String printable(PDType0Font font, String line) {
        StringBuilder b = new StringBuilder();
        line.codePoints().forEach(c -> {
            try {
                font.encode(Character.toString(c));
                b.appendCodePoint(c);
            } catch (Exception | Error e) {
                // no glyph: skip it
            }
        });
        return b.toString();
    }

    @Test
    void pdfOfTheSampleDigestReadsLikeItsText(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FONT), "Korean font missing: " + FONT);
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        Path pdf = dir.resolve("digest.bin"); // no .pdf: the kind is told by content
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(12);
                    cs.newLineAtOffset(40, 750);
                    for (int n = 0; n < 58 && i < lines.size(); n++, i++) {
                        // tables keep their cells apart with wide gaps rather than tabs in a PDF
                        cs.showText(printable(font, lines.get(i).replace("\t", "    ")));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        Document fromPdf = SourceReader.read(pdf);
        Document fromText = SourceReader.read(SAMPLE);
        assertEquals(fromText.date(), fromPdf.date());
        assertEquals(fromText.articles().size(), fromPdf.articles().size());
        assertEquals(fromText.articles().get(1).title(), fromPdf.articles().get(1).title());
        assertEquals(fromText.articles().get(1).date(), fromPdf.articles().get(1).date());
        assertTrue(fromPdf.articles().get(0).references().size() >= 1);
    }
}
