package vn.vhcs.common.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RoutedProblems;

/**
 * Refuses at the door, before routing, authentication or forwarding, what no resource may see, each
 * with a problem document: a request target longer than {@code vhcs.http.max-uri-length} (414),
 * headers larger than {@code vhcs.http.max-header-bytes} (431), a body without a Content-Type, in
 * another charset than UTF-8 or with a Content-Encoding (415), and (400, every one listed) a path,
 * query parameter or header holding {@link UnsafeText} (NUL, plain or {@code %00}, and other
 * controls), percent-encoding that is not UTF-8, or an empty {@code Idempotency-Key}.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RequestHygiene {

    /** Before the body limit (1000), CORS and authentication. */
    static final int PRIORITY = 2000;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final BodyLimit.Config limits;

    void install(@Observes Filters filters) {
        filters.register(this::judge, PRIORITY);
    }

    /**
     * Vert.x Web refuses a target it cannot decode (malformed percent-encoding such as {@code %zz})
     * while matching routes, before any filter of ours runs, and answers through the router's error
     * handler for 400: it is given the same problem document the filter would have given.
     */
    void installMalformedTarget(@Observes Router router) {
        router.errorHandler(400, this::malformed);
    }

    void malformed(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().putHeader("Connection", "close");
        List<FieldError> errors = targetErrors(ctx.request(), RoutedProblems.locale(ctx));
        if (errors.isEmpty()) {
            RoutedProblems.send(ctx, ProblemType.MALFORMED_REQUEST, "request.malformed");
        } else {
            RoutedProblems.send(ctx, ProblemType.VALIDATION, errors, "problem.detail.rules", errors.size());
        }
    }

    void judge(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "request.uri.too-long", limits.maxUriLength());
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            refuse(ctx, ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE, "request.headers.too-large",
                    limits.maxHeaderBytes());
            return;
        }
        Locale locale = RoutedProblems.locale(ctx);
        List<FieldError> errors = targetErrors(request, locale);
        for (Map.Entry<String, String> header : request.headers()) {
            String value = header.getValue();
            UnsafeText.Kind unsafe = value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 ? UnsafeText.Kind.CONTROL
                    : UnsafeText.find(value);
            if (!isToken(header.getKey())) {
                errors.add(new FieldError(UnsafeText.visible(header.getKey()), Messages.get(locale, "request.header.name")));
            } else if (unsafe != null) {
                errors.add(new FieldError(header.getKey(), Messages.get(locale, unsafe.messageKey())));
            }
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && key.isBlank()) {
            errors.add(new FieldError(IDEMPOTENCY_KEY, Messages.get(locale, "request.header.empty")));
        }
        if (!errors.isEmpty()) {
            ctx.response().putHeader("Connection", "close");
            RoutedProblems.send(ctx, ProblemType.VALIDATION, errors, "problem.detail.rules", errors.size());
            return;
        }
        if (hasBody(request) && !judgeBodyHeaders(ctx, request)) {
            return;
        }
        ctx.next();
    }

    /** The broken rules of the request target: its path and each query parameter's name and value. */
    private static List<FieldError> targetErrors(HttpServerRequest request, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String rawPath = request.path() == null ? "" : request.path();
        judge(rawPath, false, "path", locale, errors);
        String query = request.query();
        if (query != null) {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String shownName = shown(name);
                if (judge(name, true, shownName, locale, errors) && equals >= 0) {
                    judge(pair.substring(equals + 1), true, shownName, locale, errors);
                }
            }
        }
        if (errors.isEmpty() && request.uri() != null) {
            // what Quarkus' own check refuses (the gateway turns that check off, see GatewayMain)
            try {
                new URI(request.uri());
            } catch (URISyntaxException e) {
                int question = request.uri().indexOf('?');
                boolean inPath = question < 0 || e.getIndex() < question;
                errors.add(new FieldError(inPath ? "path" : "query", Messages.get(locale, "request.target.characters")));
            }
        }
        return errors;
    }

    /**
     * A header name is an RFC 9110 token. The gateway's HTTP decoder does not check header names and
     * values itself (see GatewayMain), so that a control character gets this problem document.
     */
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                return false;
            }
        }
        return true;
    }

    /** A body must say what it is, in UTF-8, uncompressed; false when the answer is given. */
    private boolean judgeBodyHeaders(RoutingContext ctx, HttpServerRequest request) {
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            ctx.response().putHeader("Accept-Encoding", "identity");
            refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "request.content-encoding", encoding.trim());
            return false;
        }
        String type = request.getHeader("Content-Type");
        if (type == null || type.isBlank()) {
            refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "request.content-type.missing",
                    request.path() != null && request.path().endsWith(":import") ? "text/csv" : "application/json");
            return false;
        }
        for (String parameter : type.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String charset = pair[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    refuse(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "request.content-type.charset", charset);
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.PATCH) {
            return false;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * Adds the error of one raw part of the target (path, or a query parameter's name or value) when
     * its percent-decoded text is not UTF-8 or is unsafe; true when it is fine.
     */
    private static boolean judge(String raw, boolean form, String field, Locale locale, List<FieldError> errors) {
        String text = decode(raw, form);
        if (text == null) {
            errors.add(new FieldError(field, Messages.get(locale, "request.percent-encoding")));
            return false;
        }
        UnsafeText.Kind unsafe = UnsafeText.find(text);
        if (unsafe != null) {
            errors.add(new FieldError(field, Messages.get(locale, unsafe.messageKey())));
            return false;
        }
        return true;
    }

    /** A query parameter's name as it can be shown: decoded when that is safe, else escaped. */
    private static String shown(String raw) {
        String text = decode(raw, true);
        return text == null ? UnsafeText.visible(raw) : UnsafeText.visible(text);
    }

    /** Percent-decoded strict UTF-8 ({@code +} is a space in a query), or null when it is not that. */
    static String decode(String raw, boolean form) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && form) {
                bytes.write(' ');
            } else if (c < 0x100) {
                // Netty gives the target's bytes one char each
                bytes.write(c);
            } else {
                return null;
            }
        }
        try {
            return BodyReader.utf8(bytes.toByteArray());
        } catch (ProblemException e) {
            return null;
        }
    }

    private static void refuse(RoutingContext ctx, ProblemType type, String detailKey, Object... args) {
        ctx.response().putHeader("Connection", "close");
        RoutedProblems.send(ctx, type, detailKey, args);
    }
}
