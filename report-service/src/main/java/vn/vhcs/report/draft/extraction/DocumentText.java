package vn.vhcs.report.draft.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of an uploaded document: Word (.docx), PDF with a text layer, or UTF-8 plain text. */
public final class DocumentText {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String PLAIN = "text/plain";

    /** The document cannot be read as the type it claims; the message says why (for a 422). */
    public static class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    private DocumentText() {
    }

    public static String read(String mediaType, byte[] body) throws Unreadable {
        return switch (mediaType) {
            case DOCX -> docx(body);
            case PDF -> pdf(body);
            case PLAIN -> plain(body);
            default -> throw new Unreadable("unsupported media type " + mediaType);
        };
    }

    static String docx(byte[] body) throws Unreadable {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(body))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(text, element);
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a Word document (.docx): " + e.getClass().getSimpleName());
        }
    }

    private static void append(StringBuilder text, IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            // the header of Nghị định 30 is a two-column table: each cell's lines in turn
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(text, inner);
                    }
                }
            }
        }
    }

    static String pdf(byte[] body) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                throw new Unreadable("the PDF has no text layer (a scan): send the Word file or the text");
            }
            return text;
        } catch (IOException e) {
            throw new Unreadable("not a PDF document: " + e.getMessage());
        }
    }

    static String plain(byte[] body) throws Unreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("the text is not UTF-8");
        }
    }
}
