import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * bench/run's filler for the rebuild: writes COUNT more events on report-events, each a revision of
 * one of the run's own reports (their submitted events, one JSON per line of EVENTS_FILE), with a
 * new event id and the next version. Replaying them leaves every report as its last revision, so
 * the statistics stay those of real reports; the records are as the outbox relay writes them
 * (key = report id, the same headers). Run with the broker's jars:
 * {@code java -cp 'local-kafka/target/lib/*' bench/lib/EventFiller.java BOOTSTRAP TOPIC COUNT EVENTS_FILE}
 */
public class EventFiller {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        long count = Long.parseLong(args[2]);
        List<String> lines = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        ObjectMapper json = new ObjectMapper();
        ObjectNode[] events = new ObjectNode[lines.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = (ObjectNode) json.readTree(lines.get(i));
        }
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (long i = 0; i < count; i++) {
                ObjectNode event = events[(int) (i % events.length)];
                int version = event.get("version").asInt() + 1;
                UUID id = UUID.randomUUID();
                event.put("eventId", id.toString());
                event.put("type", "ReportRevised");
                event.put("version", version);
                ObjectNode state = (ObjectNode) event.get("payload");
                state.put("version", version);
                state.put("status", "REVISED");
                var record = new ProducerRecord<>(topic, event.get("reportId").asText(), json.writeValueAsString(event));
                record.headers().add("eventId", bytes(id.toString()));
                record.headers().add("eventType", bytes("ReportRevised"));
                record.headers().add("schemaVersion", bytes(event.get("schemaVersion").asText()));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
