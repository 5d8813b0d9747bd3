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
import vn.vhcs.aggregation.export.ProvinceReportDocument;
import vn.vhcs.aggregation.export.SynthesisReport;

/** The Word format of a {@link SynthesisReport}, written to the response as it is built. */
@Provider
@Produces(ProvinceReportDocument.MEDIA_TYPE)
public class DocxWriter implements MessageBodyWriter<SynthesisReport> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SynthesisReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SynthesisReport report, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        report.write(out);
    }
}
