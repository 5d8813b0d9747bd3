package vn.vhcs.aggregation.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

/**
 * Static membership (Kafka KIP-345) for the event consumer: it joins its group as {@code group.instance.id} =
 * {@code vhcs.consumer.instance-id}, else the host name (a pod's name in Kubernetes, a container's in compose),
 * which stays the same when the same instance restarts. A restarted instance — stopped, crashed or killed — is
 * given its partitions back as soon as it joins, instead of waiting for the dead member's session to expire and a
 * rebalance; an instance that never comes back holds its partitions only for the session timeout (10 s).
 * Two live instances must never share a name: the broker fences the second.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    /** The channel of {@link EventConsumer}. */
    static final String CHANNEL = "events";
    private static final Logger LOG = Logger.getLogger(StaticMembership.class);

    @ConfigMapping(prefix = "vhcs.consumer")
    public interface ConsumerConfigMapping {
        /** The consumer's stable name in its group; the host name when absent. */
        Optional<String> instanceId();
    }

    private final ConsumerConfigMapping config;

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> kafka) {
        if (!CHANNEL.equals(channel) || !kafka.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                || kafka.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            return kafka;
        }
        Optional<String> name = config.instanceId().filter(id -> !id.isBlank()).or(StaticMembership::hostName);
        if (name.isEmpty()) {
            LOG.warn("No host name and no vhcs.consumer.instance-id: the event consumer joins as a dynamic member");
            return kafka;
        }
        Map<String, Object> customized = new HashMap<>(kafka);
        customized.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "aggregation-service-" + name.get());
        LOG.infof("Event consumer joins group %s as static member %s", kafka.get(ConsumerConfig.GROUP_ID_CONFIG),
                customized.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
        return customized;
    }

    private static Optional<String> hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return Optional.of(env);
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName()).filter(h -> !h.isBlank());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
