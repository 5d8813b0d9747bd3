package vn.vhcs.aggregation.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import vn.vhcs.aggregation.export.CsvTable;
import vn.vhcs.aggregation.export.StatisticsWorkbook;

/**
 * The formats a statistics URL answers in, JSON first (it answers a request that accepts anything).
 * Each has a media type, which picks its {@code MessageBodyWriter}, and an extension, which names
 * the attachment and is the URL's suffix form ({@code …/provinces/70.csv}, {@link FormatSuffix}).
 * A new format is one constant here and one writer.
 */
public enum Format {

    JSON(MediaType.APPLICATION_JSON, "json", false),
    CSV(Format.CSV_TYPE, "csv", true),
    XLSX(StatisticsWorkbook.MEDIA_TYPE, "xlsx", true);

    /** The CSV tables' media type as sent: UTF-8 said in it. */
    public static final String CSV_TYPE = CsvTable.MEDIA_TYPE + ";charset=UTF-8";

    private static final List<Variant> VARIANTS = Variant.mediaTypes(Arrays.stream(values())
            .map(Format::mediaType).toArray(MediaType[]::new)).build();

    private final MediaType mediaType;
    private final String extension;
    private final boolean attachment;

    Format(String mediaType, String extension, boolean attachment) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
        this.attachment = attachment;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether it is sent as a file ({@code Content-Disposition: attachment}) rather than read by a program. */
    public boolean attachment() {
        return attachment;
    }

    /** The format the request accepts best (JSON when all are as good); 406 when it accepts none. */
    public static Format chosen(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        return Arrays.stream(values()).filter(f -> f.mediaType.isCompatible(chosen.getMediaType())).findFirst()
                .orElseThrow(NotAcceptableException::new);
    }

    /** The format a URL's suffix names ({@code csv}, {@code xlsx}, {@code json}). */
    public static Optional<Format> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
