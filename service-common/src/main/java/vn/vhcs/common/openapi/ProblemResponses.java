package vn.vhcs.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.Problem;
import vn.vhcs.common.problem.ProblemType;

/**
 * The problem answers (RFC 9457, {@code application/problem+json}) of the OpenAPI document, as
 * {@code components.responses} that operations name: {@code @APIResponse(responseCode = "404",
 * ref = ProblemResponses.NOT_FOUND)}. Every {@code /api} operation also gets the
 * {@code Accept-Language} parameter (the language of problem texts) and every answer the
 * {@code X-Request-Id} header (the {@code requestId} of problem documents), and the answers any call
 * may get (401, 429, 503, 504) without each operation naming them. Registered with
 * {@code mp.openapi.filter=vn.vhcs.common.openapi.ProblemResponses}; the examples are the
 * services' own messages.
 */
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    /** Answered by the gateway only. */
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    /** Answered by the gateway only. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** Answered by the gateway only. */
    public static final String GATEWAY_TIMEOUT = "GatewayTimeout";

    /** {@code components.parameters} and {@code components.headers} this filter adds. */
    public static final String ACCEPT_LANGUAGE = "AcceptLanguage";
    public static final String REQUEST_ID = "XRequestId";
    public static final String RETRY_AFTER = "RetryAfter";
    public static final String LINK = "Link";

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REQUEST_ID_EXAMPLE = "9ed4c0a2-61b7-4f3e-8d25-7a1c9b3e4f60";
    private static final String REPORTS = "/api/v1/reports";
    private static final String REPORT = REPORTS + "/3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter()
                .name("Accept-Language").in(Parameter.In.HEADER).required(false)
                .description("`vi` for Vietnamese problem texts (`title`, `detail`, `errors[].message`); English "
                        + "otherwise. `type` and `errors[].field` never change.")
                .schema(string()).example("vi"));
        components.addHeader(REQUEST_ID, OASFactory.createHeader()
                .description("The request id (the caller's own when well-formed, else a new one); also `requestId` "
                        + "in problem documents and in every log line of the request.")
                .schema(string()).example(REQUEST_ID_EXAMPLE));
        components.addHeader(RETRY_AFTER, integerHeader("Seconds to wait before retrying.", 5));
        components.addHeader(LINK, OASFactory.createHeader()
                .description("RFC 8288 links to the pages around this one: `first`, `prev` (after the first page), "
                        + "`next` (before the last page) and `last`; each is this request's URI with only `page` "
                        + "changed, so filters and `size` stay. Follow `next` until it is absent.")
                .schema(string()).example("<https://vhcs.example.gov.vn/api/v1/reports?province=70&size=50&page=0>; "
                        + "rel=\"first\", <https://vhcs.example.gov.vn/api/v1/reports?province=70&size=50&page=1>; "
                        + "rel=\"next\", <https://vhcs.example.gov.vn/api/v1/reports?province=70&size=50&page=4>; "
                        + "rel=\"last\""));
        problemResponses().forEach(components::addResponse);
        describeEveryOperation(openAPI);
    }

    private static Map<String, APIResponse> problemResponses() {
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        responses.put(BAD_REQUEST, response("Bad input: a rule of the contract is broken (every broken rule is "
                + "listed in `errors`, each with its JSON path), malformed JSON or CSV, an unknown field, bad paging "
                + "or query parameters. Nothing is stored.",
                example("validation", "A broken rule", invalid(Locale.ENGLISH, "problem.detail.rules",
                        "workforce.participating", "report.participating.max", 20)),
                example("validationVi", "The same, with Accept-Language: vi", invalid(Messages.VIETNAMESE,
                        "problem.detail.rules", "workforce.participating", "report.participating.max", 20)),
                example("unknownField", "An unknown field", invalid(Locale.ENGLISH, "problem.detail.rules",
                        "workforce.volunteers", "field.unknown", null)),
                example("everyRule", "Every broken rule of the body in one answer", everyRule()),
                example("malformed", "Malformed JSON", problem(ProblemType.MALFORMED_REQUEST, REPORTS,
                        text("body.malformed.at", 4, 17))),
                example("paging", "Bad paging", invalid(Locale.ENGLISH, "problem.detail.paging", "size",
                        "paging.size", 200))));
        responses.put(UNAUTHORIZED, response("No valid API key (through the gateway), or a request that did not come "
                + "through the gateway.",
                example("missing", "No key", problem(ProblemType.UNAUTHORIZED, REPORTS, text("auth.missing"))),
                example("invalid", "A bad key", problem(ProblemType.UNAUTHORIZED, REPORTS, text("auth.invalid"))))
                .addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("`Bearer realm=\"vhcs\"`, with `error=\"invalid_token\"` for an unknown, revoked "
                                + "or expired key.")
                        .schema(string()).example("Bearer realm=\"vhcs\", error=\"invalid_token\"")));
        responses.put(FORBIDDEN, response("The key's role or scope does not allow this (a submitter acting for "
                + "another agency, a reader outside its provinces, a non-admin writing the registry).",
                example("forbidden", "Outside the key's scope", problem(ProblemType.FORBIDDEN,
                        "/api/v1/statistics/rounds/SO-KET-2022/provinces/26", text("auth.forbidden")))));
        responses.put(NOT_FOUND, response("Unknown id, code, province or round (or a report the key may not read: "
                + "no existence leaks).",
                example("report", "Unknown report", problem(ProblemType.NOT_FOUND, REPORT,
                        text("not-found", text("thing.report"), "3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53"))),
                example("round", "Unknown round", problem(ProblemType.NOT_FOUND,
                        "/api/v1/statistics/rounds/TONG-KET-2030/provinces/70",
                        text("not-found", text("thing.round"), "TONG-KET-2030")))));
        responses.put(NOT_ACCEPTABLE, response("No representation for the `Accept` header (statistics come as "
                + "`application/json` or `text/csv`).",
                example("notAcceptable", "Unsupported Accept", problem(ProblemType.NOT_ACCEPTABLE,
                        "/api/v1/statistics/rounds/SO-KET-2022/national", text("media.not-acceptable")))));
        String closed = text("report.round.closed", "SO-KET-2022", "2022-06-30");
        responses.put(CONFLICT, response("The request conflicts with the current state: the agency already has a "
                + "report for the round (`Location` names it), the round is closed (`urn:vhcs:problem:round-closed`), "
                + "the report's province is locked for the round by its board (`urn:vhcs:problem:round-locked`), "
                + "a withdrawn report is revised or withdrawn again, or a request with the same `Idempotency-Key` is "
                + "still running.",
                example("duplicate", "Already reported", problem(ProblemType.CONFLICT, REPORTS,
                        text("report.duplicate", REPORT))),
                example("roundClosed", "Round closed", problem(ProblemType.ROUND_CLOSED, REPORTS, closed,
                        "roundCode", closed)),
                example("roundLocked", "Province locked for the round", problem(ProblemType.ROUND_LOCKED, REPORT,
                        text("report.round.locked", "SO-KET-2022", "70"))),
                example("withdrawn", "Revising a withdrawn report", problem(ProblemType.CONFLICT, REPORT,
                        text("report.withdrawn"))),
                example("keyInUse", "Idempotency-Key in use", problem(ProblemType.CONFLICT, REPORTS,
                        text("idempotency.in-progress"))))
                .addHeader("Location", OASFactory.createHeader()
                        .description("For an agency that already reported: its existing report.")
                        .schema(string().format("uri-reference")).example(REPORT)));
        responses.put(PRECONDITION_FAILED, response("`If-Match` does not name the current version; `ETag` gives the "
                + "current one. Read the report again and retry.",
                example("stale", "Stale ETag", problem(ProblemType.PRECONDITION_FAILED, REPORT,
                        text("report.if-match.stale", 2))))
                .addHeader("ETag", OASFactory.createHeader().description("The report's current version.")
                        .schema(string()).example("\"2\"")));
        responses.put(PAYLOAD_TOO_LARGE, response("The body is over 256 KiB.",
                example("tooLarge", "Body too large", problem(ProblemType.PAYLOAD_TOO_LARGE, REPORTS,
                        text("body.too-large", 262144)))));
        responses.put(UNSUPPORTED_MEDIA_TYPE, response("The body is not of the media type the operation reads.",
                example("unsupported", "Not JSON", problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, REPORTS,
                        text("media.unsupported")))));
        responses.put(UNPROCESSABLE, response("Well-formed, but it names what the registry does not have or cannot "
                + "change: an unknown or deactivated agency, an unknown round, a province that did not exist at the "
                + "end of the round's period, a changed `agencyCode`/`roundCode` on PUT, an unknown province or parent "
                + "of an agency; or an `Idempotency-Key` reused for another request.",
                example("unknownAgency", "Unknown agency", problem(ProblemType.UNPROCESSABLE, REPORTS,
                        text("problem.detail.registry"), "agencyCode", text("report.agency.unknown", "70.SXYZ"))),
                example("immutable", "agencyCode changed on PUT", problem(ProblemType.UNPROCESSABLE, REPORT,
                        text("problem.detail.registry"), "agencyCode", text("report.immutable", "70.SNGV"))),
                example("keyReused", "Idempotency-Key reused", problem(ProblemType.UNPROCESSABLE, REPORTS,
                        text("idempotency.mismatch"), "Idempotency-Key", text("idempotency.mismatch.field")))));
        responses.put(PRECONDITION_REQUIRED, response("`If-Match` is missing.",
                example("missing", "No If-Match", problem(ProblemType.PRECONDITION_REQUIRED, REPORT,
                        text("report.if-match.required")))));
        responses.put(TOO_MANY_REQUESTS, response("(gateway) The API key's rate limit (a token bucket per client: "
                + "sustained rate and burst by role) is used up; retry after `Retry-After` seconds.",
                example("limited", "Rate limited", problem(ProblemType.TOO_MANY_REQUESTS, REPORTS,
                        text("rate.limited", 1))))
                .addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER))
                .addHeader("RateLimit-Limit", integerHeader("The client's burst: how many requests its bucket holds.",
                        100))
                .addHeader("RateLimit-Remaining", integerHeader("Requests left in the bucket now.", 0))
                .addHeader("RateLimit-Reset", integerHeader("Seconds until a request is allowed again.", 1)));
        responses.put(SERVICE_UNAVAILABLE, response("(gateway) The service behind this path cannot be reached; retry "
                + "after `Retry-After` seconds.",
                example("unavailable", "Service down", problem(ProblemType.SERVICE_UNAVAILABLE, REPORTS,
                        text("gateway.unavailable"))))
                .addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER)));
        responses.put(GATEWAY_TIMEOUT, response("(gateway) The service did not answer in time. A write may or may not "
                + "have happened: retry with the same `Idempotency-Key`.",
                example("timeout", "Service too slow", problem(ProblemType.GATEWAY_TIMEOUT, REPORTS,
                        text("gateway.timeout")))));
        return responses;
    }

    /** Accept-Language on every operation, X-Request-Id on every answer written in place. */
    private static void describeEveryOperation(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/") || item.getOperations() == null) {
                return;
            }
            for (Operation operation : item.getOperations().values()) {
                List<Parameter> parameters = operation.getParameters();
                boolean hasLanguage = parameters != null && parameters.stream()
                        .anyMatch(p -> "Accept-Language".equalsIgnoreCase(p.getName())
                                || ("#/components/parameters/" + ACCEPT_LANGUAGE).equals(p.getRef()));
                if (!hasLanguage) {
                    operation.addParameter(OASFactory.createParameter().ref(ACCEPT_LANGUAGE));
                }
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                everyCallMayAnswer(operation);
                APIResponse ok = operation.getResponses().getAPIResponse("200");
                if (ok != null && ok.getRef() == null && answersAPage(ok)
                        && (ok.getHeaders() == null || !ok.getHeaders().containsKey("Link"))) {
                    ok.addHeader("Link", OASFactory.createHeader().ref(LINK));
                }
                for (APIResponse answer : operation.getResponses().getAPIResponses().values()) {
                    if (answer.getRef() == null
                            && (answer.getHeaders() == null || !answer.getHeaders().containsKey("X-Request-Id"))) {
                        answer.addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID));
                    }
                }
            }
        });
    }

    /** A JSON answer of the shape of every list (a {@code Page}): named {@code Page…} or written in place. */
    private static boolean answersAPage(APIResponse answer) {
        if (answer.getContent() == null || answer.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = answer.getContent().getMediaTypes().get("application/json");
        Schema schema = json == null ? null : json.getSchema();
        if (schema == null) {
            return false;
        }
        if (schema.getRef() != null) {
            return schema.getRef().startsWith("#/components/schemas/Page");
        }
        return schema.getProperties() != null
                && schema.getProperties().keySet().containsAll(List.of("items", "page", "size", "total"));
    }

    /**
     * What any API call may answer through the gateway, whatever the operation: no valid key (401),
     * over its rate limit (429), a dependency down (503), a service too slow (504); any call with a
     * body: a body too large (413) or not UTF-8 JSON/CSV as declared (415); and any call that takes
     * {@code If-Match}: a stale one (412), and where it is required, a missing one (428).
     */
    public static void everyCallMayAnswer(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        List<String[]> answers = new ArrayList<>(List.of(new String[] { "401", UNAUTHORIZED },
                new String[] { "429", TOO_MANY_REQUESTS }, new String[] { "503", SERVICE_UNAVAILABLE },
                new String[] { "504", GATEWAY_TIMEOUT }));
        if (operation.getRequestBody() != null) {
            answers.add(new String[] { "413", PAYLOAD_TOO_LARGE });
            answers.add(new String[] { "415", UNSUPPORTED_MEDIA_TYPE });
        }
        Parameter ifMatch = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> "If-Match".equalsIgnoreCase(p.getName())).findFirst().orElse(null);
        if (ifMatch != null) {
            // among the operation's own answers, in the order of their codes, as if it had named them
            addInCodeOrder(operation.getResponses(), "412", PRECONDITION_FAILED);
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                addInCodeOrder(operation.getResponses(), "428", PRECONDITION_REQUIRED);
            }
        }
        for (String[] answer : answers) {
            if (!operation.getResponses().hasAPIResponse(answer[0])) {
                operation.getResponses().addAPIResponse(answer[0], OASFactory.createAPIResponse().ref(answer[1]));
            }
        }
    }

    private static void addInCodeOrder(APIResponses responses, String code, String component) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        Map<String, APIResponse> named = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        named.forEach((status, answer) -> {
            if (!ordered.containsKey(code) && status.compareTo(code) > 0) {
                ordered.put(code, OASFactory.createAPIResponse().ref(component));
            }
            ordered.put(status, answer);
        });
        ordered.putIfAbsent(code, OASFactory.createAPIResponse().ref(component));
        responses.setAPIResponses(ordered);
    }

    private record NamedExample(String name, Example example) {
    }

    private static NamedExample example(String name, String summary, Map<String, Object> value) {
        return new NamedExample(name, OASFactory.createExample().summary(summary).value(value));
    }

    private static APIResponse response(String description, NamedExample... examples) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        for (NamedExample example : examples) {
            media.addExample(example.name(), example.example());
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse().description(description).content(content)
                .addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID));
    }

    /** A problem document as the services write it (see ProblemExceptionMappers), in English. */
    private static Map<String, Object> problem(ProblemType type, String instance, String detail) {
        return problem(type, instance, detail, null, null);
    }

    private static Map<String, Object> problem(ProblemType type, String instance, String detail, String field,
            String message) {
        return problem(Locale.ENGLISH, type, instance, detail, field, message);
    }

    /** A validation problem on POST /api/v1/reports in {@code locale}, breaking one rule. */
    private static Map<String, Object> invalid(Locale locale, String detailKey, String field, String messageKey,
            Object limit) {
        return problem(locale, ProblemType.VALIDATION, REPORTS, Messages.get(locale, detailKey, 1), field,
                Messages.get(locale, messageKey, limit));
    }

    /** One body breaking four rules of different kinds: all four in one answer. */
    private static Map<String, Object> everyRule() {
        Map<String, Object> problem = problem(Locale.ENGLISH, ProblemType.VALIDATION, REPORTS,
                text("problem.detail.rules", 4), null, null);
        problem.put("errors", List.of(
                error("workforce.volunteers", text("field.unknown")),
                error("workforce.participating", text("report.participating.max", 20)),
                error("models[2].sector", text("field.enum", "ADMINISTRATION, HEALTH, EDUCATION, ENTERPRISE, "
                        + "PUBLIC_SERVICE, OTHER")),
                error("commendations[0].count", text("field.wrong-type", text("type.whole-number")))));
        return problem;
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> problem(Locale locale, ProblemType type, String instance, String detail,
            String field, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title(locale));
        problem.put("status", type.status());
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.put("requestId", REQUEST_ID_EXAMPLE);
        if (field != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("message", message);
            problem.put("errors", List.of(error));
        }
        return problem;
    }

    private static String text(String key, Object... args) {
        return Messages.get(Locale.ENGLISH, key, args);
    }

    private static Header integerHeader(String description, int example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ZERO));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
