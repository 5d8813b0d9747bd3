package vn.vhcs.report.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.security.Caller;
import vn.vhcs.report.Report;

/** Records every version of a report with who made it (the officer, else the API client) and which top-level fields changed. */
@ApplicationScoped
@RequiredArgsConstructor
public class ReportHistory {

    private final ReportVersionRepository versions;
    private final ObjectMapper json;

    /** @param previousBody the document before this version, null for the first one */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Report report, String previousBody, boolean statusChanged, Caller caller, Instant at) {
        List<String> changed = new ArrayList<>();
        if (statusChanged) {
            changed.add("status");
        }
        changed.addAll(changedFields(previousBody, report.body));
        ReportVersion v = new ReportVersion();
        v.key = new ReportVersion.Key(report.id, report.version);
        v.status = report.status;
        v.actedBy = caller.actor();
        v.actedThrough = caller.through();
        v.actedAt = at;
        v.changedFields = String.join(",", changed);
        v.body = report.body;
        versions.persist(v);
    }

    /** Records a board's decision as a version of its own: the document unchanged, the decision and comment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordReview(Report report, Caller caller, Instant at) {
        ReportVersion v = new ReportVersion();
        v.key = new ReportVersion.Key(report.id, report.version);
        v.status = report.status;
        v.actedBy = caller.actor();
        v.actedThrough = caller.through();
        v.actedAt = at;
        v.changedFields = "review";
        v.body = report.body;
        v.decision = report.reviewDecision;
        v.reviewComment = report.reviewComment;
        versions.persist(v);
    }

    /** Top-level fields whose JSON differs (all present ones for a first version), sorted. */
    List<String> changedFields(String before, String after) {
        if (after.equals(before)) {
            return List.of(); // a withdrawal keeps the body: nothing to parse
        }
        try {
            JsonNode a = before == null ? json.createObjectNode() : json.readTree(before);
            JsonNode b = json.readTree(after);
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            List<String> changed = new ArrayList<>();
            for (Iterator<String> it = names.iterator(); it.hasNext();) {
                String name = it.next();
                if (!Objects.equals(normal(a.get(name)), normal(b.get(name)))) {
                    changed.add(name);
                }
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Absent, null and empty lists all mean "none". */
    private static JsonNode normal(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() && node.isEmpty()) ? null : node;
    }
}
