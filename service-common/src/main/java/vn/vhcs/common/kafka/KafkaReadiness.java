package vn.vhcs.common.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Ready only while the Kafka cluster answers: a service that cannot reach Kafka is not ready. */
@Readiness
@ApplicationScoped
@IfBuildProperty(name = "vhcs.kafka.enabled", stringValue = "true", enableIfMissing = true)
public class KafkaReadiness implements HealthCheck {

    private final KafkaSettings settings;
    private volatile Admin admin;

    public KafkaReadiness(KafkaSettings settings) {
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").withData("bootstrapServers", settings.bootstrapServers());
        try {
            int timeout = (int) settings.healthTimeout().toMillis();
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeout)).nodes()
                    .get(timeout, TimeUnit.MILLISECONDS).size();
            return response.withData("nodes", nodes).status(nodes > 0).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return response.withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).down().build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>(settings.client());
                    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
                    config.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.clientIdPrefix().orElse("vhcs") + "-health");
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
