package vn.vhcs.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every request to the API through the gateway, and its answer, checked against the OpenAPI document the gateway
 * serves at {@code /q/openapi}: a mismatch fails the test that sent it. The Atlassian validator checks the
 * operation, its parameters, the security, the status, the media types and the declared headers; the JSON bodies
 * are checked with a JSON Schema 2020-12 validator, the dialect of OpenAPI 3.1 (the Atlassian one reads schemas as
 * draft 4 and so loses every {@code type} of a 3.1 document). An XLSX, DOCX or CSV answer is checked for its status,
 * media type and headers. Requests a test breaks on purpose ({@link #offContract()}) have only their answer checked.
 * Every violation is also appended to {@code target/openapi/wire-violations.log}.
 */
final class WireCheck implements OrderedFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "https://vhcs.invalid/q/openapi";
    private static final String OFF_CONTRACT = "vhcs.wire.off-contract";
    private static final Path LOG = Path.of("target", "openapi", "wire-violations.log");

    private final OpenApiInteractionValidator validator;
    private final JsonNode document;
    private final JsonSchemaFactory schemas;
    private final Supplier<Set<Integer>> notGatewayPorts;
    private final List<Template> templates = new ArrayList<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    /**
     * @param json the served document
     * @param notGatewayPorts the services' own ports: requests sent there directly (to show they refuse them) are not
     *        API calls through the gateway
     */
    WireCheck(String json, Supplier<Set<Integer>> notGatewayPorts) {
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.notGatewayPorts = notGatewayPorts;
        // The bodies are this class's own check (see above); the Atlassian validator's would be a draft-4 reading.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema", ValidationReport.Level.IGNORE)
                        // its draft-4 reading of a 3.1 array parameter (a repeated ?kind=) has no type left, and it
                        // then parses each value as JSON: a reading of its own, not a mismatch with the document
                        .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, json))));
        document.path("paths").fieldNames().forEachRemaining(path -> {
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (String part : path.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(part));
                    literals += part.length();
                }
            }
            templates.add(new Template(path, Pattern.compile(regex.toString()), literals));
        });
        // /api/v1/clients/me before /api/v1/clients/{id}
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    /** Marks a request that breaks the contract on purpose (bad input, no key): only its answer is checked. */
    static OrderedFilter offContract() {
        return new OrderedFilter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                    FilterContext ctx) {
                ctx.setValue(OFF_CONTRACT, Boolean.TRUE);
                return ctx.next(request, response);
            }

            @Override
            public int getOrder() {
                return HIGHEST_PRECEDENCE;
            }
        };
    }

    /** Last: it sees the request as it goes on the wire (with the key the other filters add). */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") || notGatewayPorts.get().contains(uri.getPort())) {
            return ctx.next(request, responseSpec);
        }
        boolean offContract = Boolean.TRUE.equals(ctx.getValue(OFF_CONTRACT));
        Request wireRequest = new OnTheWire(RestAssuredRequest.of(request), path, query(uri));
        Response response = ctx.next(request, responseSpec);
        var wireResponse = RestAssuredResponse.of(response);
        ValidationReport report = offContract
                ? validator.validateResponse(wireRequest.getPath(), wireRequest.getMethod(), wireResponse)
                : validator.validate(wireRequest, wireResponse);
        List<String> violations = new ArrayList<>();
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(m.getKey() + ": " + m.getMessage()));
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        Optional<String> template = template(path, method);
        if (template.isPresent()) {
            String operation = "/paths/" + escape(template.get()) + "/" + method;
            Object body = request.getBody();
            if (!offContract && body != null) {
                checkBody(violations, "request", operation + "/requestBody", request.getContentType(),
                        body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString());
            }
            String answer = operation + "/responses/" + response.getStatusCode();
            if (document.at(answer).isMissingNode()) {
                answer = operation + "/responses/default";
            }
            checkBody(violations, "response " + response.getStatusCode(), answer, response.getContentType(),
                    response.asString());
        }
        if (!violations.isEmpty()) {
            String what = request.getMethod() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?"
                    + uri.getRawQuery()) + " → " + response.getStatusCode();
            log(what, violations);
            throw new AssertionError("not as the OpenAPI document says: " + what + "\n  " + String.join("\n  ", violations)
                    + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** The query as sent: REST Assured's own view misses a query written into the path ({@code "…/lock?reason=x"}). */
    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return query;
    }

    /** The request as REST Assured sends it, with the path and query of the URI it went to. */
    private record OnTheWire(Request sent, String path, Map<String, List<String>> query) implements Request {

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public Method getMethod() {
            return sent.getMethod();
        }

        @Override
        @SuppressWarnings("deprecation") // still abstract in the interface; the validator reads getRequestBody()
        public Optional<String> getBody() {
            return sent.getBody();
        }

        @Override
        public Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
            return sent.getRequestBody();
        }

        @Override
        public Collection<String> getQueryParameters() {
            return query.keySet();
        }

        @Override
        public Collection<String> getQueryParameterValues(String name) {
            return query.getOrDefault(name, List.of());
        }

        @Override
        public Map<String, Collection<String>> getHeaders() {
            return sent.getHeaders();
        }

        @Override
        public Collection<String> getHeaderValues(String name) {
            return sent.getHeaderValues(name);
        }

        @Override
        public Optional<String> getContentType() {
            return sent.getContentType();
        }
    }

    private Optional<String> template(String path, String method) {
        return templates.stream().filter(t -> t.pattern().matcher(path).matches())
                .filter(t -> document.path("paths").path(t.path()).has(method)).map(Template::path).findFirst();
    }

    /** The JSON body against the schema of its media type at {@code pointer} (a request body or an answer). */
    private void checkBody(List<String> violations, String what, String pointer, String contentType, String body) {
        String at = followRef(pointer);
        JsonNode described = document.at(at);
        if (described.isMissingNode() || contentType == null || contentType.isBlank()) {
            return; // an undocumented status or media type is the Atlassian validator's finding
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!(mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
            return;
        }
        JsonNode content = described.path("content");
        String key = null;
        for (Iterator<String> names = content.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equalsIgnoreCase(mediaType)) {
                key = name;
            }
        }
        if (key == null || !content.path(key).has("schema")) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(what + ": not JSON: " + e.getMessage());
            return;
        }
        String schemaPointer = at + "/content/" + escape(key) + "/schema";
        var schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + schemaPointer.replace("{", "%7B")
                .replace("}", "%7D")), SchemaValidatorsConfig.builder().build());
        for (ValidationMessage message : schema.validate(value)) {
            violations.add(what + " body " + message.getInstanceLocation() + ": " + message.getMessage()
                    + " (schema " + message.getSchemaLocation() + ")");
        }
    }

    /** Where the response or request body at {@code pointer} is described: there, or where its {@code $ref} points. */
    private String followRef(String pointer) {
        String at = pointer;
        for (int hops = 0; hops < 5; hops++) {
            String ref = document.at(at).path("$ref").asText("");
            if (!ref.startsWith("#/")) {
                return at;
            }
            at = ref.substring(1);
        }
        return at;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    private static synchronized void log(String what, List<String> violations) {
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(LOG, what + "\n  " + String.join("\n  ", violations) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
