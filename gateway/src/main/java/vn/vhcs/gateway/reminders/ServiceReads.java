package vn.vhcs.gateway.reminders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vhcs.common.security.Caller;
import vn.vhcs.gateway.routing.GatewayConfig;
import vn.vhcs.gateway.security.DownstreamTokens;

/**
 * What the gateway's own jobs (reminders, their e-mails, review webhooks, the reminder schedule)
 * read from report-service and aggregation-service: a GET with a downstream token for the job's
 * identity, within the gateway's timeouts, over one HTTP client.
 */
@ApplicationScoped
public class ServiceReads {

    /** The page size a paged list is read with. */
    static final int PAGE_SIZE = 200;

    /** A service's answer: its status and its JSON body. */
    public record Answer(int status, JsonNode body) {
    }

    private final GatewayConfig gateway;
    private final DownstreamTokens tokens;
    private final ObjectMapper json;
    private final HttpClient http;

    public ServiceReads(GatewayConfig gateway, DownstreamTokens tokens, ObjectMapper json) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(gateway.connectTimeout()).build();
    }

    /** GET {@code uri} as {@code caller}. */
    public Answer get(URI uri, Caller caller) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(gateway.requestTimeout())
                .header("Accept", "application/json").header("Authorization", "Bearer " + tokens.tokenFor(caller))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    /**
     * Every item of the paged list at {@code list} (a URI with or without a query), page by page;
     * an answer other than 200 ends the reading with {@code refusal}'s exception.
     */
    public List<JsonNode> items(URI list, Caller caller, Function<Answer, RuntimeException> refusal)
            throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        String query = list.getRawQuery() == null ? "?" : "&";
        for (int page = 0;; page++) {
            Answer answer = get(URI.create(list + query + "size=" + PAGE_SIZE + "&page=" + page), caller);
            if (answer.status() != 200) {
                throw refusal.apply(answer);
            }
            answer.body().path("items").forEach(all::add);
            if (all.size() >= answer.body().path("total").asLong() || answer.body().path("items").isEmpty()) {
                return all;
            }
        }
    }

    public URI reportService(String pathAndQuery) {
        return gateway.reportServiceUrl().resolve(pathAndQuery);
    }

    public URI aggregationService(String pathAndQuery) {
        return gateway.aggregationServiceUrl().resolve(pathAndQuery);
    }
}
