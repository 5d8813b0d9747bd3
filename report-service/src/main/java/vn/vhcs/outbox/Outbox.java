package vn.vhcs.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.tx.AfterCommit;
import vn.vhcs.contract.EventCodec;

/** Writes events into the outbox table, inside the caller's transaction. */
@ApplicationScoped
@RequiredArgsConstructor
public class Outbox {

    private final OutboxRepository repository;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<OutboxRelay> relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID eventId, String topic, String key, String type, Object event, String correlationId) {
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.topic = topic;
        row.messageKey = key;
        row.eventType = type;
        row.payload = EventCodec.toJson(event);
        row.correlationId = correlationId;
        row.createdAt = Instant.now();
        // the relay publishes later, on another thread: keep the trace context with the event
        java.util.Map<String, String> trace = new java.util.HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), trace, java.util.Map::put);
        row.traceParent = trace.get("traceparent");
        row.traceState = trace.get("tracestate");
        repository.persist(row);
        AfterCommit.run(transactions, () -> relay.get().wakeUp());
    }
}
