package vn.vhcs.aggregation.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import vn.vhcs.aggregation.statistics.ReadModelState;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.CurrentCaller;

/**
 * What every statistics resource does around its figures, kept once: who may read them, no
 * half-built figures while the read model is rebuilt, and answers in the format asked for
 * ({@link Format}) with an ETag and a short private cache lifetime that vary with Accept and
 * Accept-Language (the CSV titles).
 */
@ApplicationScoped
public class StatisticsAnswers {

    /** The same URL answers JSON, CSV or XLSX, with titles in the caller's language. */
    static final String VARY = "Accept, Accept-Language";

    private final CurrentCaller callers;
    private final ObjectMapper json;
    private final Duration maxAge;
    private final ReadModelState readModel;

    public StatisticsAnswers(CurrentCaller callers, ObjectMapper json,
            @ConfigProperty(name = "vhcs.statistics.max-age", defaultValue = "60s") Duration maxAge, ReadModelState readModel) {
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
     * The answer of one URL in the format the request accepts best ({@link Format#chosen}: JSON when
     * all are as good, 406 when it accepts none): {@code representations} gives that format's ETag
     * and entity, which the format's writer writes; 304 when If-None-Match names the ETag, before
     * anything is built. A file format is an attachment named {@code fileName} with its extension.
     * The ETag and the entity are read in one transaction, so the ETag is that of what is sent.
     */
    Response answer(Request request, String fileName, Function<Format, Representation> representations) {
        Format format = Format.chosen(request);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Representation chosen = representations.apply(format);
            return tagged(request, chosen.tag(), () -> {
                Response.ResponseBuilder ok = Response.ok(chosen.entity().get(), format.mediaType());
                return format.attachment() ? ok.header("Content-Disposition", "attachment; filename=\"" + fileName + "."
                        + format.extension() + "\"") : ok;
            });
        });
    }

    /**
     * {@code body} as JSON, or its {@code rows} as a table in any other format: the ETag is the
     * content's, and but for JSON the format's (and for CSV the titles' language).
     */
    Response answer(Request request, Object body, TableAnswer rows, String fileName) {
        return answer(request, fileName, format -> {
            String digest = digest(body);
            return switch (format) {
                case JSON -> Representation.of(digest, () -> body);
                case CSV -> Representation.of(digest + "-csv-" + rows.locale().getLanguage(), () -> rows);
                default -> Representation.of(digest + "-" + format.extension(), () -> rows);
            };
        });
    }

    /** {@code thong-ke-SO-KET-2022-70}: what the answer is, in ASCII, with {@code -2025} for those boundaries. */
    static String fileName(String what, String first, String second, String boundaries) {
        StringBuilder name = new StringBuilder(what);
        for (String part : new String[] { first, second, "2025".equals(boundaries) ? "2025" : null }) {
            if (part != null) {
                name.append('-').append(part.replaceAll("[^A-Za-z0-9._-]", "_"));
            }
        }
        return name.toString();
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
