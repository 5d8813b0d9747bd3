package vn.vhcs.report.draft;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.web.IdParams;
import vn.vhcs.registry.Agency;
import vn.vhcs.registry.AgencyRepository;
import vn.vhcs.registry.RoundRepository;
import vn.vhcs.report.Report;
import vn.vhcs.report.ReportMapper;
import vn.vhcs.report.ReportService;
import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.api.ReportView;
import vn.vhcs.report.draft.api.DraftView;
import vn.vhcs.report.draft.extraction.DocumentText;
import vn.vhcs.report.draft.extraction.DraftExtractor;
import vn.vhcs.report.draft.extraction.Evidence;
import vn.vhcs.report.draft.extraction.Extraction;

/**
 * Drafts: read the document, propose the report, let the agency correct it, and submit it through
 * {@link ReportService} — the same rules, events and audit trail as a report sent as JSON.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DraftService {

    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
    };

    private final DraftRepository drafts;
    private final AgencyRepository agencies;
    private final RoundRepository rounds;
    private final ReportService reports;
    private final ReportMapper mapper;
    private final BodyReader bodies;
    private final ObjectMapper json;

    @Transactional
    public Draft create(String agencyCode, String roundCode, String mediaType, byte[] document, Caller caller) {
        requireWriter(caller);
        Agency agency = agencies.findByIdOptional(agencyCode).orElseThrow(() -> new ProblemException(
                ProblemType.UNPROCESSABLE, Messages.get("problem.detail.registry"),
                List.of(new FieldError("agency", Messages.get("report.agency.unknown", agencyCode)))));
        if (!caller.actsFor(agency.code, agency.provinceCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
        if (rounds.findByIdOptional(roundCode).isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("problem.detail.registry"),
                    List.of(new FieldError("round", Messages.get("report.round.unknown", roundCode))));
        }
        String raw;
        try {
            raw = DocumentText.read(mediaType, document);
        } catch (DocumentText.Unreadable e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("draft.unreadable", e.getMessage()),
                    List.of(new FieldError("body", Messages.get("draft.unreadable", e.getMessage()))));
        }
        if (raw.isBlank()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("draft.empty"),
                    List.of(new FieldError("body", Messages.get("draft.empty"))));
        }
        Extraction extraction = DraftExtractor.extract(raw, new DraftExtractor.Agency(agency.code, agency.name),
                roundCode);
        Instant now = Instant.now();
        Draft draft = new Draft();
        draft.id = UUID.randomUUID();
        draft.agencyCode = agency.code;
        draft.roundCode = roundCode;
        draft.status = Draft.Status.OPEN;
        draft.version = 1;
        draft.mediaType = mediaType;
        draft.text = extraction.text();
        draft.body = mapper.toBody(extraction.report());
        draft.evidence = write(extraction.evidence());
        draft.createdBy = caller.clientId();
        draft.createdAt = now;
        draft.updatedAt = now;
        drafts.persist(draft);
        return draft;
    }

    /** A draft the caller may act on; any other is "not found", so that no existence leaks. */
    public Draft find(String id, Caller caller) {
        requireWriter(caller);
        return drafts.findByIdOptional(IdParams.uuid(id, "draft")).filter(d -> actsFor(caller, d))
                .orElseThrow(() -> ProblemException.notFound("draft", id));
    }

    /** Replaces the proposed report (shape checked only: a draft may still break the report's rules). */
    @Transactional
    public Draft update(String id, byte[] body, String ifMatch, Caller caller) {
        Draft draft = locked(id, caller);
        checkVersion(draft, ifMatch);
        ReportRequest request = bodies.read(body, ReportRequest.class).get();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!draft.agencyCode.equals(request.agencyCode())) {
            errors.add(new FieldError("agencyCode", Messages.get("report.immutable", draft.agencyCode)));
        }
        if (!draft.roundCode.equals(request.roundCode())) {
            errors.add(new FieldError("roundCode", Messages.get("report.immutable", draft.roundCode)));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Messages.get("problem.detail.rules", errors.size()),
                    errors);
        }
        draft.body = mapper.toBody(request);
        draft.version++;
        draft.updatedAt = Instant.now();
        return draft;
    }

    /**
     * Submits the draft as a report, through the report rules: a broken rule answers as a report's
     * would (400/422), each field prefixed with {@code report.} — the draft's field to correct.
     */
    @Transactional
    public ReportView submit(String id, String ifMatch, Caller caller) {
        Draft draft = locked(id, caller);
        checkVersion(draft, ifMatch);
        ReportRequest valid;
        try {
            valid = bodies.read(draft.body.getBytes(java.nio.charset.StandardCharsets.UTF_8), ReportRequest.class)
                    .check(reports::rules).get();
        } catch (ProblemException e) {
            throw prefixed(e);
        }
        Report report;
        try {
            report = reports.submit(valid, caller).report();
        } catch (ProblemException e) {
            throw prefixed(e);
        }
        draft.status = Draft.Status.SUBMITTED;
        draft.reportId = report.id;
        draft.version++;
        draft.updatedAt = Instant.now();
        return reports.view(report);
    }

    public DraftView view(Draft draft) {
        try {
            return new DraftView(draft.id, draft.agencyCode, draft.roundCode, draft.status.name(), draft.version,
                    draft.mediaType, draft.text, json.readValue(draft.body, ReportRequest.class),
                    json.readValue(draft.evidence, EVIDENCE), draft.reportId, draft.createdAt, draft.updatedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft " + draft.id + " is not readable", e);
        }
    }

    private Draft locked(String id, Caller caller) {
        Draft draft = find(id, caller);
        drafts.getEntityManager().lock(draft, LockModeType.PESSIMISTIC_WRITE);
        if (draft.status == Draft.Status.SUBMITTED) {
            throw new ProblemException(ProblemType.CONFLICT, Messages.get("draft.submitted", draft.reportId),
                    List.of(), java.util.Map.of("Location", "/api/v1/reports/" + draft.reportId));
        }
        return draft;
    }

    /** If-Match is optional for a draft (one person edits it), but a stale one is refused. */
    private static void checkVersion(Draft draft, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + draft.version + "\"";
        if (!ifMatch.trim().replaceFirst("^W/", "").equals(current)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, Messages.get("problem.precondition-failed.title"),
                    List.of(), java.util.Map.of("ETag", current));
        }
    }

    private static ProblemException prefixed(ProblemException e) {
        if (e.errors().isEmpty()) {
            return e;
        }
        List<FieldError> errors = e.errors().stream()
                .map(f -> new FieldError(f.field() == null || f.field().isEmpty() ? "report" : "report." + f.field(),
                        f.message()))
                .toList();
        return new ProblemException(e.type(), e.getMessage(), errors, e.headers());
    }

    private boolean actsFor(Caller caller, Draft draft) {
        return caller.admin() || agencies.findByIdOptional(draft.agencyCode)
                .map(a -> caller.actsFor(a.code, a.provinceCode)).orElse(false);
    }

    private static void requireWriter(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.SUBMITTER) {
            throw new ProblemException(ProblemType.FORBIDDEN, Messages.get("auth.forbidden"));
        }
    }

    private String write(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
