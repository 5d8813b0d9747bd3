package vn.vhcs.gateway.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

/** API clients: creation with a new key, listing, revocation, and finding the client of a key. */
@ApplicationScoped
@RequiredArgsConstructor
public class ClientService {

    private final ApiClientRepository clients;

    public record Created(ApiClient client, String key) {
    }

    @Transactional
    public Created create(ClientRequest request, String createdBy) {
        boolean national = request.provinces().contains(Caller.NATIONAL);
        switch (request.role()) {
            case SUBMITTER -> {
                if (request.agencies().isEmpty() && request.provinces().isEmpty()) {
                    throw ProblemException.invalid("agencies", "client.scope.required");
                }
                if (national) {
                    throw ProblemException.invalid("provinces", "client.scope.national");
                }
            }
            case READER, BOARD -> {
                if (request.provinces().isEmpty()) {
                    throw ProblemException.invalid("provinces", "client.scope.required");
                }
                if (!request.agencies().isEmpty()) {
                    throw ProblemException.invalid("agencies", "client.scope.agencies");
                }
                if (request.role() == Role.BOARD && national) {
                    // a board is a province's: the national figures are a reader's
                    throw ProblemException.invalid("provinces", "client.scope.national");
                }
            }
            case ADMIN -> {
                // an admin has no scope: everything
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            throw ProblemException.invalid("expiresAt", "client.expires.past");
        }
        ApiKeys.NewKey key = ApiKeys.generate();
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.name = request.name();
        client.role = request.role();
        client.agencies = request.role() == Role.ADMIN ? List.of() : List.copyOf(request.agencies());
        client.provinces = request.role() == Role.ADMIN ? List.of() : List.copyOf(request.provinces());
        client.reportsRead = request.role() == Role.READER && Boolean.TRUE.equals(request.reports());
        client.keyPrefix = key.prefix();
        client.keyHash = key.hash();
        client.createdAt = Instant.now();
        client.createdBy = createdBy;
        client.expiresAt = request.expiresAt();
        client.webhookUrl = request.webhookUrl();
        client.webhookSecret = request.webhookUrl() == null ? null : WebhookSecrets.generate();
        clients.persist(client);
        return new Created(client, key.key());
    }

    @Transactional
    public List<ApiClient> list() {
        return clients.listAll(io.quarkus.panache.common.Sort.by("createdAt").and("id"));
    }

    @Transactional
    public ApiClient revoke(UUID id) {
        ApiClient client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("client", id.toString()));
        if (client.revokedAt == null) {
            client.revokedAt = Instant.now();
        }
        return client;
    }

    /**
     * Gives the client a new webhook secret; the one it replaces keeps signing, as a second
     * signature, for {@code overlap}. 404 for an unknown client, 409 for one without a webhook.
     */
    @Transactional
    public ApiClient rotateWebhookSecret(UUID id, java.time.Duration overlap) {
        ApiClient client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("client", id.toString()));
        if (client.webhookUrl == null || client.webhookSecret == null) {
            throw new ProblemException(vn.vhcs.common.problem.ProblemType.CONFLICT,
                    vn.vhcs.common.i18n.Messages.get("client.webhook.none"));
        }
        client.webhookPreviousSecret = client.webhookSecret;
        client.webhookPreviousSecretUntil = Instant.now().plus(overlap);
        client.webhookSecret = WebhookSecrets.generate();
        return client;
    }

    /** The usable client holding this key, if any. */
    @Transactional
    public Optional<ApiClient> authenticate(String key) {
        Instant now = Instant.now();
        return ApiKeys.prefix(key).flatMap(clients::byPrefix)
                .filter(c -> ApiKeys.matches(key, c.keyHash))
                .filter(c -> c.usableAt(now));
    }
}
