package vn.vhcs.aggregation.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a Word document that grow with the number of agencies (annex rows, the agencies'
 * texts), written as WordprocessingML straight into the file while it is zipped: XWPF keeps a
 * whole document as objects — some kilobytes per table cell, hundreds of megabytes for a country's
 * 50,000 agencies — so the document is built by XWPF with a marker where each such part goes, and
 * the markers are replaced as the file is written, a row at a time, from pages read one after the
 * other. Only the part being written is held.
 */
final class StreamedParts {

    private static final String DOCUMENT = "word/document.xml";

    /** Writes one part where its marker stood. */
    @FunctionalInterface
    interface Part {
        void write(Xml xml) throws IOException;
    }

    private StreamedParts() {
    }

    /** The text of a marker; XWPF writes it in a paragraph (or a table row) that the part replaces. */
    static String marker(String name) {
        return "@@VHCS-PART-" + name + "@@";
    }

    /**
     * {@code docx} (as XWPF wrote it) to {@code out}, each marker's enclosing table row ({@code rows}) or
     * paragraph ({@code paragraphs}) replaced by what its part writes. {@code out} is left open.
     */
    static void write(byte[] docx, Map<String, Part> rows, Map<String, Part> paragraphs, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT)) {
                    document(new String(in.readAllBytes(), StandardCharsets.UTF_8), rows, paragraphs, zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static void document(String xml, Map<String, Part> rows, Map<String, Part> paragraphs,
            ZipOutputStream zip) throws IOException {
        if (!xml.contains("<w:body>")) {
            throw new IllegalStateException("the document's main namespace is not written with the prefix w");
        }
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        Xml out = new Xml(writer);
        int from = 0;
        while (true) {
            int at = xml.indexOf("@@VHCS-PART-", from);
            if (at < 0) {
                break;
            }
            String name = xml.substring(at + "@@VHCS-PART-".length(), xml.indexOf("@@", at + 12));
            boolean row = rows.containsKey(name);
            int start = row ? Math.max(xml.lastIndexOf("<w:tr>", at), xml.lastIndexOf("<w:tr ", at))
                    : Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
            String close = row ? "</w:tr>" : "</w:p>";
            int end = xml.indexOf(close, at) + close.length();
            writer.write(xml, from, start - from);
            (row ? rows : paragraphs).get(name).write(out);
            from = end;
        }
        writer.write(xml, from, xml.length() - from);
        writer.flush();
    }

    /** WordprocessingML written by hand: rows and paragraphs in the document's default font. */
    static final class Xml {
        private final Writer out;

        Xml(Writer out) {
            this.out = out;
        }

        /** A table row of 12-point cells; the columns in {@code left} are aligned left, the others centred. */
        void row(String[] cells, int... left) {
            try {
                out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int i = 0; i < cells.length; i++) {
                    out.write("<w:tc><w:p><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/><w:jc w:val=\"");
                    out.write(contains(left, i) ? "left" : "center");
                    out.write("\"/></w:pPr>");
                    run(cells[i], 24, false, false);
                    out.write("</w:p></w:tc>");
                }
                out.write("</w:tr>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A justified paragraph, first line indented, of runs (text, bold, italic) at 14 points. */
        void paragraph(boolean indent, Object... runs) {
            try {
                out.write("<w:p><w:pPr><w:spacing w:after=\"80\"/>");
                out.write(indent ? "<w:ind w:firstLine=\"567\"/>" : "");
                out.write("<w:jc w:val=\"both\"/></w:pPr>");
                for (int i = 0; i < runs.length; i += 3) {
                    run((String) runs[i], 28, (Boolean) runs[i + 1], (Boolean) runs[i + 2]);
                }
                out.write("</w:p>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void run(String text, int halfPoints, boolean bold, boolean italic) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            out.write("<w:r><w:rPr>");
            out.write(bold ? "<w:b/>" : "");
            out.write(italic ? "<w:i/>" : "");
            out.write("<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints
                    + "\"/></w:rPr><w:t xml:space=\"preserve\">");
            escaped(text);
            out.write("</w:t></w:r>");
        }

        /** The text with XML's special characters escaped and the characters XML cannot hold left out. */
        private void escaped(String text) throws IOException {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.write("&amp;");
                    case '<' -> out.write("&lt;");
                    case '>' -> out.write("&gt;");
                    case '\n', '\r', '\t' -> out.write(' ');
                    default -> {
                        if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                            out.write(c);
                        }
                    }
                }
            }
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
