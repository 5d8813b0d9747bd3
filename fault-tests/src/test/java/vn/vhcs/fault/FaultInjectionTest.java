package vn.vhcs.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import vn.vhcs.contract.Topics;
import vn.vhcs.testing.PrometheusMetrics;

/**
 * The guarantees under faults, each experiment one test against real processes: a private PostgreSQL cluster, the
 * Kafka broker, report-service and aggregation-service, killed (SIGKILL) or restarted by the test. Each ends by
 * comparing the statistics with report-service's database, and prints how long recovery took.
 */
class FaultInjectionTest {

    private static FaultSystem system;
    private static Workload load;

    @BeforeAll
    static void start() {
        system = new FaultSystem();
        load = new Workload(system);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** Kafka is killed before 1,000 submissions and restarted after them: every one is accepted and counted. */
    @Test
    void brokerKilledBeforeSubmissionsAndRestartedAfter() {
        String round = "FAULT-BROKER";
        List<String> agencies = load.round(round, 1000);
        Duration registry = load.awaitExact(round, Duration.ofSeconds(120));
        Workload.print("broker killed", "(set-up) the round and its " + agencies.size() + " agencies applied", registry);
        system.kafka.kill();

        List<Integer> answers = Workload.concurrently(agencies.size(), 8,
                i -> load.submit(agencies.get(i), round).statusCode());
        assertEquals(Map.of(201, (long) agencies.size()), tally(answers), "every submission accepted without Kafka");
        assertTrue(load.count("select count(*) from outbox_event where published_at is null") >= agencies.size(),
                "the events wait in the outbox while the broker is away");

        Instant restarted = Instant.now();
        system.startKafka();
        Duration brokerStart = Duration.between(restarted, Instant.now());
        Duration exact = load.awaitExact(round, Duration.ofSeconds(90));
        assertEquals(agencies.size(), reported(round), "all 1,000 counted");
        Workload.print("broker killed", "broker start " + secs(brokerStart) + " s, then statistics exact", exact);
    }

    /** aggregation-service is SIGKILLed mid-stream and restarted: exact, and caught up within 10 s of its restart. */
    @Test
    void aggregationKilledMidStream() {
        String round = "FAULT-AGGREGATION";
        List<String> agencies = load.round(round, 400);
        load.awaitExact(round, Duration.ofSeconds(60));

        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        List<Integer> answers = Workload.concurrently(agencies.size(), 6, i -> {
            int status = load.submit(agencies.get(i), round).statusCode();
            if (answered.incrementAndGet() == agencies.size() / 3 && killed.compareAndSet(false, true)) {
                system.aggregation.kill(); // while its consumer applies the stream
            }
            return status;
        });
        assertTrue(killed.get());
        assertEquals(Map.of(201, (long) agencies.size()), tally(answers));

        long lag = TopicTap.lag(system.bootstrapServers(), "aggregation-service", Topics.REPORT_EVENTS,
                Topics.REGISTRY_EVENTS);
        Instant launched = Instant.now();
        var restarted = system.killAndRestartAggregation();
        system.awaitReady(restarted);
        Duration startUp = Duration.between(launched, Instant.now());
        Duration caughtUp = load.awaitExact(round, Duration.ofSeconds(10));
        assertEquals(agencies.size(), reported(round));
        Workload.print("aggregation-service SIGKILLed", "restart took " + secs(startUp) + " s (JVM start to ready; "
                + lag + " records after the committed offsets), then statistics exact", caughtUp);
    }

    /**
     * PostgreSQL (both services' databases) is stopped and started again under a submission and a read load. No
     * answer is a 500: what cannot be served is a 503 with Retry-After, which the client honours; nothing partial
     * is stored; every accepted report is counted within 10 s of the database's return, with no replay by hand.
     */
    @Test
    void postgresRestartedUnderLoad() throws Exception {
        String round = "FAULT-POSTGRES";
        List<String> agencies = load.round(round, 500);
        load.awaitExact(round, Duration.ofSeconds(60));

        Map<Integer, AtomicInteger> submitStatuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> readStatuses = new ConcurrentHashMap<>();
        List<String> badUnavailable = new ArrayList<>();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(agencies);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(agencies.size());
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(6);
        AtomicBoolean reading = new AtomicBoolean(true);
        try {
            // each client takes the next agency; on 503 it tries the same one again after Retry-After, as a portal would
            Function<String, Runnable> attempt = new Function<>() {
                @Override
                public Runnable apply(String agency) {
                    return () -> {
                        Response answer = load.submit(agency, round);
                        int status = answer.statusCode();
                        submitStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 503) {
                            checkUnavailable(answer, badUnavailable);
                            long after = Long.parseLong(answer.header("Retry-After") == null ? "1" : answer.header("Retry-After"));
                            clients.schedule(this.apply(agency), after, TimeUnit.SECONDS);
                            return;
                        }
                        // 409: an earlier attempt answered 503 although its transaction had committed
                        if (status == 201 || status == 409) {
                            accepted.add(agency);
                        }
                        done.countDown();
                        String next = queue.poll();
                        if (next != null) {
                            clients.execute(this.apply(next));
                        }
                    };
                }
            };
            for (int i = 0; i < 5; i++) {
                clients.execute(attempt.apply(queue.poll()));
            }
            clients.execute(new Runnable() {
                @Override
                public void run() {
                    Response answer = RestAssured.given().baseUri(system.aggregation.url())
                            .header("Authorization", load.admin())
                            .get("/api/v1/statistics/rounds/" + round + "/provinces/70");
                    readStatuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() == 503) {
                        checkUnavailable(answer, badUnavailable);
                    }
                    if (reading.get()) {
                        clients.schedule(this, 50, TimeUnit.MILLISECONDS);
                    }
                }
            });

            await().atMost(Duration.ofSeconds(60)).until(() -> done.getCount() <= agencies.size() * 3 / 4);
            Instant down = Instant.now();
            system.postgres.stop();
            // down until both services have had to refuse requests
            await().atMost(Duration.ofSeconds(60)).until(() -> count(submitStatuses, 503) >= 10 && count(readStatuses, 503) >= 3);
            system.postgres.start();
            Instant back = Instant.now();
            Workload.print("PostgreSQL restarted", "database down", Duration.between(down, back));
            // what was stored until the database's return is counted within 10 s of it, while the load goes on
            long storedByReturn = load.count("select count(*) from report where round_code = ?", round);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> reported(round) >= storedByReturn);
            Workload.print("PostgreSQL restarted", "the " + storedByReturn + " reports stored by the database's return counted",
                    Duration.between(back, Instant.now()));

            await().atMost(Duration.ofSeconds(120)).until(() -> done.getCount() == 0);
            Duration exactAfterLast = load.awaitExact(round, Duration.ofSeconds(10));
            Workload.print("PostgreSQL restarted", "every accepted report counted " + secs(Duration.between(back, Instant.now()))
                    + " s after the database was back; statistics exact after the last answer", exactAfterLast);
        } finally {
            reading.set(false);
            clients.shutdownNow();
            clients.awaitTermination(10, TimeUnit.SECONDS);
        }

        assertEquals(Set.of(), statusesOtherThan(submitStatuses, 201, 503, 409), "submissions: " + submitStatuses);
        assertEquals(Set.of(), statusesOtherThan(readStatuses, 200, 503), "statistics reads: " + readStatuses);
        assertTrue(count(submitStatuses, 503) > 0 && count(readStatuses, 503) > 0, "the restart was felt");
        assertEquals(List.of(), badUnavailable, "every 503 is a problem document with Retry-After");
        assertEquals(agencies.size(), accepted.size(), "every agency's report accepted in the end");
        assertEquals(agencies.size(), load.count("select count(*) from report where round_code = ?", round));
        assertEquals(0, load.count("""
                select count(*) from report r where r.round_code = ?
                   and (not exists (select 1 from report_version v where v.report_id = r.id and v.version = r.version)
                        or not exists (select 1 from outbox_event o where o.message_key = r.id::text))""", round),
                "every stored report has its version and its event: nothing partial");
        assertEquals(agencies.size(), reported(round));
    }

    /** Every event delivered twice (the topics' records published again): counted once, nothing re-applied. */
    @Test
    void everyEventDeliveredTwice() {
        String round = "FAULT-TWICE";
        List<String> agencies = load.round(round, 200);
        load.awaitExact(round, Duration.ofSeconds(60));
        List<Integer> answers = Workload.concurrently(agencies.size(), 6, i -> load.submit(agencies.get(i), round).statusCode());
        assertEquals(Map.of(201, (long) agencies.size()), tally(answers));
        load.awaitExact(round, Duration.ofSeconds(60));
        // the consumer is idle (its counters stand still for a second): nothing in flight adds to them below
        await().atMost(Duration.ofSeconds(30)).until(() -> load.count("select count(*) from outbox_event where published_at is null") == 0);
        double[] last = { -1 };
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            double now = metric("vhcs_events_applied_total") + metric("vhcs_events_skipped_total");
            boolean still = now == last[0];
            last[0] = now;
            return still;
        });

        double applied = metric("vhcs_events_applied_total");
        double skipped = metric("vhcs_events_skipped_total");
        Instant start = Instant.now();
        int republished = TopicTap.republish(system.bootstrapServers(), Topics.REPORT_EVENTS)
                + TopicTap.republish(system.bootstrapServers(), Topics.REGISTRY_EVENTS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> metric("vhcs_events_skipped_total") - skipped >= republished);
        Duration absorbed = Duration.between(start, Instant.now());
        assertEquals(applied, metric("vhcs_events_applied_total"), "no redelivered event changed the read model");
        assertEquals(republished, metric("vhcs_events_skipped_total") - skipped, 0.0, "each copy skipped once");
        load.awaitExact(round, Duration.ofSeconds(5));
        assertEquals(agencies.size(), reported(round), "counted once");
        Workload.print("every event delivered twice", republished + " copies skipped", absorbed);
    }

    /**
     * report-service is SIGKILLed while its outbox relay has published a batch but not yet marked it: the restarted
     * relay publishes those events again, the consumer absorbs the duplicates, and nothing is lost. A trigger holds
     * the marking UPDATE (after Kafka acknowledged the batch) until the process is dead, so the kill lands in that
     * window every time.
     */
    @Test
    void relayKilledBetweenPublishingAndMarking() throws SQLException {
        String round = "FAULT-RELAY";
        List<String> agencies = load.round(round, 300);
        load.awaitExact(round, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> load.count("select count(*) from outbox_event where published_at is null") == 0);

        Set<String> publishedUnmarked;
        try (Connection hold = system.reportDatabase(); Statement s = hold.createStatement()) {
            s.execute("""
                    create function fault_hold_marking() returns trigger language plpgsql as $$
                    begin
                      if old.published_at is null and new.published_at is not null then
                        perform pg_advisory_lock(715);
                        perform pg_advisory_unlock(715);
                      end if;
                      return new;
                    end $$""");
            s.execute("create trigger fault_hold_marking before update on outbox_event for each row execute function fault_hold_marking()");
            s.execute("select pg_advisory_lock(715)");

            List<Integer> answers = Workload.concurrently(agencies.size(), 6, i -> load.submit(agencies.get(i), round).statusCode());
            assertEquals(Map.of(201, (long) agencies.size()), tally(answers));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !publishedButUnmarked().isEmpty());
            system.reports.kill();
            publishedUnmarked = publishedButUnmarked();
            s.execute("select pg_advisory_unlock(715)");
        }
        try (Connection c = system.reportDatabase(); Statement s = c.createStatement()) {
            s.execute("drop trigger fault_hold_marking on outbox_event");
            s.execute("drop function fault_hold_marking()");
        }
        assertFalse(publishedUnmarked.isEmpty());

        Instant launched = Instant.now();
        system.reports = system.startService("report-service", system.reports.port);
        system.awaitReady(system.reports);
        Duration exact = load.awaitExact(round, Duration.ofSeconds(60));
        Map<String, Long> copies = TopicTap.eventIds(system.bootstrapServers(), Topics.REPORT_EVENTS).stream()
                .filter(publishedUnmarked::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertEquals(publishedUnmarked, copies.keySet());
        assertTrue(copies.values().stream().allMatch(n -> n >= 2), "each was published again: " + copies);
        assertEquals(0, load.count("select count(*) from outbox_event where published_at is null"));
        assertEquals(agencies.size(), reported(round), "nothing lost, no duplicate counted");
        Workload.print("relay killed between publishing and marking", publishedUnmarked.size()
                + " event(s) published twice; report-service restarted in " + secs(Duration.between(launched, Instant.now()))
                + " s, statistics exact", exact);
    }

    // ---------------------------------------------------------------------------------------------

    /** Event ids that are on the topic while their outbox row still says undelivered. */
    private Set<String> publishedButUnmarked() {
        Set<String> undelivered = new HashSet<>();
        try (Connection c = system.reportDatabase(); Statement s = c.createStatement();
                var r = s.executeQuery("select id from outbox_event where published_at is null")) {
            while (r.next()) {
                undelivered.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Set<String> onTopic = new HashSet<>(TopicTap.eventIds(system.bootstrapServers(), Topics.REPORT_EVENTS));
        onTopic.retainAll(undelivered);
        return onTopic;
    }

    /** Reports that count in {@code round}, summed over the provinces, as the statistics API answers. */
    private long reported(String round) {
        return load.statistics(round).values().stream().mapToLong(v -> v.get(1)).sum();
    }

    private double metric(String name) {
        return PrometheusMetrics.value(RestAssured.given().baseUri("http://localhost").port(system.aggregation.managementPort),
                name);
    }

    private static void checkUnavailable(Response answer, List<String> bad) {
        String retryAfter = answer.header("Retry-After");
        String type = answer.contentType();
        if (retryAfter == null || !retryAfter.matches("[1-9][0-9]*") || type == null
                || !type.startsWith("application/problem+json")) {
            synchronized (bad) {
                bad.add("503 with Retry-After " + retryAfter + ", Content-Type " + type + ": " + answer.asString());
            }
        }
    }

    private static Map<Integer, Long> tally(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static Set<Integer> statusesOtherThan(Map<Integer, AtomicInteger> statuses, Integer... allowed) {
        Set<Integer> other = new HashSet<>(statuses.keySet());
        List.of(allowed).forEach(other::remove);
        return other;
    }

    private static String secs(Duration d) {
        return String.format("%.3f", d.toMillis() / 1000.0);
    }
}
