package vn.vhcs.aggregation.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.vhcs.aggregation.export.CsvTable;

/** The CSV format of a {@link TableAnswer} ({@link CsvTable}): the resource chooses the rows, this writes them. */
@Provider
@Produces(CsvTable.MEDIA_TYPE)
public class CsvWriter implements MessageBodyWriter<TableAnswer> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TableAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(TableAnswer table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(table.csv().getBytes(StandardCharsets.UTF_8));
    }
}
