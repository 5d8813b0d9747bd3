package vn.vhcs.aggregation.statistics;

/**
 * Whether the read model is being rebuilt from the topics, when no statistics are served
 * half-built: asked by the answers, known by the consumer (ingest's {@code ReadModel}), so that
 * neither the statistics nor the answers depend on the consumer.
 */
public interface ReadModelState {

    boolean rebuilding();
}
