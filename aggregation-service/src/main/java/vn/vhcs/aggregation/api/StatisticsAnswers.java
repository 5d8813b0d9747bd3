package vn.vhcs.aggregation.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import vn.vhcs.aggregation.export.StatisticsWorkbook;
import vn.vhcs.aggregation.ingest.ReadModel;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.CurrentCaller;
import vn.vhcs.aggregation.export.CsvTable;

/**
 * What every statistics resource does around its figures, kept once: who may read them, no
 * half-built figures while the read model is rebuilt, and answers with an ETag and a short private
 * cache lifetime that vary with Accept (JSON, CSV, XLSX) and Accept-Language (the CSV titles).
 */
@ApplicationScoped
public class StatisticsAnswers {

    /** The same URL answers JSON, CSV or XLSX, with titles in the caller's language. */
    static final String VARY = "Accept, Accept-Language";

    static final String CSV = CsvTable.MEDIA_TYPE + ";charset=UTF-8";
    /** What a table answer can be, JSON first: it answers a request that accepts anything. */
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(CsvTable.MEDIA_TYPE), MediaType.valueOf(StatisticsWorkbook.MEDIA_TYPE)).build();

    private final CurrentCaller callers;
    private final ObjectMapper json;
    private final Duration maxAge;
    private final ReadModel readModel;

    public StatisticsAnswers(CurrentCaller callers, ObjectMapper json,
            @ConfigProperty(name = "vhcs.statistics.max-age", defaultValue = "60s") Duration maxAge, ReadModel readModel) {
        this.callers = callers;
        this.json = json;
        this.maxAge = maxAge;
        this.readModel = readModel;
    }

    /**
     * Statistics are for admins and readers, within the reader's provinces (the gateway checks it
     * too); {@code province} null: the whole country, for a national reader.
     */
    void mayRead(String province) {
        refuseWhileRebuilding();
        Caller caller = callers.get();
        boolean allowed = caller.admin() || caller.readsStatistics()
                && (province == null ? caller.national() : caller.coversProvince(province));
        if (!allowed) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }

    /** A province's figures: 404 for what is no province code, else {@link #mayRead}. */
    void mayReadProvince(String province) {
        if (!vn.vhcs.contract.rules.Codes.isProvince(province)) {
            throw ProblemException.notFound("province", province);
        }
        mayRead(province);
    }

    /** Lists filtered to the caller's scope: any statistics reader. */
    void mayReadSome() {
        refuseWhileRebuilding();
        if (!callers.get().readsStatistics()) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }

    Caller caller() {
        return callers.get();
    }

    /** Statistics are not served half-built: while the read model is rebuilt, 503 with Retry-After. */
    void refuseWhileRebuilding() {
        if (readModel.rebuilding()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, Messages.get("statistics.rebuilding"), List.of(),
                    java.util.Map.of("Retry-After", "10"));
        }
    }

    /**
     * 304 when the request's If-None-Match names {@code tag}, else what {@code ok} builds (only
     * then); either way with the tag, {@code Cache-Control: private, max-age} and varying with
     * Accept and Accept-Language.
     */
    Response tagged(Request request, EntityTag tag, Supplier<Response.ResponseBuilder> ok) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge((int) maxAge.toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : ok.get()).tag(tag).cacheControl(cache).header("Vary", VARY).build();
    }

    /**
     * {@code body} as JSON, or its {@code rows} (of {@code type}) as CSV or XLSX, whichever the
     * request accepts best (JSON when all are as good); 406 when it accepts none. CSV and XLSX are
     * attachments named {@code fileName} with the format's extension, CSV column titles in the
     * language of {@code lang} or else of {@code Accept-Language}. The ETag is the content's and
     * the format's, so an unchanged answer is 304 before a file is written.
     */
    Response answer(Request request, Object body, TableAnswer rows, String fileName) {
        Variant chosen = request.selectVariant(FORMATS);
        if (chosen == null) {
            throw new NotAcceptableException();
        }
        MediaType format = chosen.getMediaType();
        String digest = digest(body);
        if (format.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return tagged(request, new EntityTag(digest), () -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
        }
        boolean csv = format.isCompatible(MediaType.valueOf(CsvTable.MEDIA_TYPE));
        String extension = csv ? "csv" : "xlsx";
        EntityTag tag = new EntityTag(digest + "-" + extension + (csv ? "-" + rows.locale().getLanguage() : ""));
        return tagged(request, tag, () -> Response.ok(rows, csv ? CSV : StatisticsWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + extension + "\""));
    }

    /** CSV column titles: in {@code lang}'s language when given, else in the request's (Accept-Language). */
    static Locale locale(String lang) {
        return lang == null || lang.isBlank() ? Messages.locale() : Messages.resolve(lang);
    }

    /** A short digest of a text as it is, or of anything else as JSON: what an ETag is made of. */
    String digest(Object body) {
        try {
            byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
