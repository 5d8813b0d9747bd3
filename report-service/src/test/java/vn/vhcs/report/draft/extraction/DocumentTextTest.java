package vn.vhcs.report.draft.extraction;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The text layer of a PDF, a Word header table, and what cannot be read. */
class DocumentTextTest {

    private static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (line != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(50, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfsTextLayerIsRead() throws Exception {
        String text = DocumentText.read(DocumentText.PDF, pdf("Ke hoach so 18/KH-SNgV ngay 11/7/2019"));
        assertTrue(text.contains("18/KH-SNgV"), text);
    }

    @Test
    void aScanWithoutTextAndBrokenFilesAreUnreadable() throws Exception {
        byte[] scan = pdf(null);
        assertThrows(DocumentText.Unreadable.class, () -> DocumentText.read(DocumentText.PDF, scan));
        byte[] junk = "not a document".getBytes(StandardCharsets.UTF_8);
        assertThrows(DocumentText.Unreadable.class, () -> DocumentText.read(DocumentText.PDF, junk));
        assertThrows(DocumentText.Unreadable.class, () -> DocumentText.read(DocumentText.DOCX, junk));
        assertThrows(DocumentText.Unreadable.class, () -> DocumentText.read(DocumentText.PLAIN, new byte[] { (byte) 0xC3 }));
    }

    @Test
    void theHeaderTableOfAWordFileIsRead() throws Exception {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Số: 45/BC-SNgV");
            table.getRow(0).getCell(1).setText("Bình Phước, ngày 25 tháng 4 năm 2022");
            document.createParagraph().createRun().setText("BÁO CÁO");
            document.write(out);
            String text = DocumentText.read(DocumentText.DOCX, out.toByteArray());
            var report = DraftExtractor.extract(text, DraftExtractionTest.SNGV, "SO-KET-2022").report();
            assertTrue("45/BC-SNgV".equals(report.document().number()), text);
            assertTrue(java.time.LocalDate.of(2022, 4, 25).equals(report.document().issuedOn()), text);
        }
    }
}
