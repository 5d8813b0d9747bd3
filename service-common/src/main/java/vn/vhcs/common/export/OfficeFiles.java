package vn.vhcs.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ooxml.POIXMLDocument;

/** Office Open XML documents (XLSX workbooks, DOCX files) as files. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /** The document as the bytes of its file; the document is closed (done) after this. */
    public static byte[] bytes(POIXMLDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
