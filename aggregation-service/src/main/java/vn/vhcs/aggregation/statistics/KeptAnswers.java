package vn.vhcs.aggregation.statistics;

import java.util.function.Supplier;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The statistics already summed, by what was asked and the revision of the cells they were summed
 * from. A revision names one state of those cells (revisions only grow, a rebuild included), so
 * an answer found here is the one summing them again would give: reads that change nothing pay
 * for one revision query, not for decoding and adding up every cell. Bounded and per replica
 * ({@code quarkus.cache.caffeine."statistics-answers".*}); nothing needs invalidating.
 */
@ApplicationScoped
public class KeptAnswers {

    /** What a read asks for; {@code revision} is what {@link StatisticsService#revision} answered for it. */
    public record Question(String what, String round, String province, Boundaries boundaries, boolean accepted,
            String revision) {
    }

    private final Cache answers;

    public KeptAnswers(@CacheName("statistics-answers") Cache answers) {
        this.answers = answers;
    }

    /** The answer to {@code question}, summed by {@code sum} only when it is not held yet. */
    public Object of(Question question, Supplier<Object> sum) {
        return answers.get(question, q -> sum.get()).await().indefinitely();
    }
}
