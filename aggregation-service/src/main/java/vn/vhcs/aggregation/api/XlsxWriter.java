package vn.vhcs.aggregation.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.vhcs.aggregation.export.StatisticsWorkbook;

/**
 * The XLSX format ({@link StatisticsWorkbook}): a {@link TableAnswer} as a workbook of one sheet,
 * or a {@link WorkbookAnswer}'s statistics with their reports and missing agencies, sheet by sheet.
 */
@Provider
@Produces(StatisticsWorkbook.MEDIA_TYPE)
public class XlsxWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TableAnswer.class.isAssignableFrom(type) || WorkbookAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (answer instanceof TableAnswer table) {
            out.write(StatisticsWorkbook.of(table.sheet(), table.rows(), table.type()));
        } else {
            WorkbookAnswer book = (WorkbookAnswer) answer;
            out.write(book.list() ? StatisticsWorkbook.ofProvinces(book.statistics(), book.reports(), book.missing())
                    : StatisticsWorkbook.of(book.statistics().get(0), book.reports(), book.missing()));
        }
    }
}
