package vn.vhcs.registry;

import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.CONFLICT;
import static vn.vhcs.common.openapi.ProblemResponses.FORBIDDEN;
import static vn.vhcs.common.openapi.ProblemResponses.UNPROCESSABLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.idempotency.Idempotency;
import vn.vhcs.common.idempotency.IdempotencyKeyParam;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.web.BodyReader;
import vn.vhcs.common.web.JsonReading;
import vn.vhcs.common.web.Reading;
import vn.vhcs.contract.rules.Codes;
import vn.vhcs.registry.api.AgencyRequest;

/**
 * Bulk import of agencies from CSV ({@link #COLUMNS}: {@code code,name,kind,provinceCode,parentCode}
 * and, optional, {@code validFrom,validTo,successorCode,blocCode,staffing,email,effectiveFrom}). With a header row the
 * columns are taken by their names, in any order and any subset; without one, in that order (a line
 * may stop after parentCode, as files did before the optional columns). Each line is imported on its
 * own: good lines are created or replaced, bad lines are reported with every error. A line goes after
 * the lines of the same file that register its parent or successor, so a file may list children
 * before their parents.
 */
@Path("/api/v1")
@Tag(name = "Registry", description = "Provinces, agencies and reporting rounds: read for every key, write for admins.")
@RequiredArgsConstructor
public class AgencyImportResource {

    private static final String CSV_EXAMPLE = """
            code,name,kind,provinceCode,parentCode,validFrom,validTo,successorCode,blocCode,staffing
            70.SNV,Sở Nội vụ tỉnh Bình Phước,PROVINCIAL_DEPARTMENT,70,,,,,TĐS3,45
            70.SYT,Sở Y tế tỉnh Bình Phước,HEALTH,70,,,,,TĐS2,
            """;

    /** The columns, in the order a file without a header row gives them. */
    static final List<String> COLUMNS = List.of("code", "name", "kind", "provinceCode", "parentCode", "validFrom",
            "validTo", "successorCode", "blocCode", "staffing", "email", "effectiveFrom");

    private final RegistryService registry;
    private final BodyReader bodies;
    private final vn.vhcs.common.security.CurrentCaller callers;
    private final Idempotency idempotency;

    @Schema(name = "AgencyImportLine", description = "The outcome of one CSV line.",
            requiredProperties = { "line", "outcome", "errors" })
    public record LineResult(
            @Schema(minimum = "1", description = "Line number in the file, from 1 (the header is line 1 when "
                    + "present).", examples = "2")
            int line,
            @Schema(description = "The line's agency code, as given.", examples = "70.SNV")
            String code,
            @Schema(enumeration = { "CREATED", "UPDATED", "REJECTED" }, examples = "CREATED")
            String outcome,
            @Schema(description = "Why a line was rejected; empty otherwise.")
            List<FieldError> errors) {
    }

    @Schema(name = "AgencyImportResult", description = "What a CSV import did, line by line.",
            requiredProperties = { "created", "updated", "rejected", "lines" })
    public record ImportResult(
            @Schema(minimum = "0", examples = "1") int created,
            @Schema(minimum = "0", examples = "0") int updated,
            @Schema(minimum = "0", examples = "1") int rejected,
            @Schema(description = "Every data line, in file order.") List<LineResult> lines) {
    }

    @POST
    @Path("agencies:import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAgencies", summary = "Import agencies from CSV", description = "Creates or "
            + "replaces agencies from a CSV file with the columns `code,name,kind,provinceCode,parentCode` and, "
            + "optional, `validFrom,validTo,successorCode,blocCode,staffing,email,effectiveFrom` (the fields of "
            + "`PUT /agencies/{code}`: a line with `effectiveFrom` describes the agency from that day, its earlier "
            + "states kept; "
            + "dates as `YYYY-MM-DD`, empty cells absent). With a header row (one naming `code` and `name`) columns "
            + "are taken by name, in any order, and an unknown column answers 400; without one, in this order, and a "
            + "line may stop after any column. Each line is imported on its own: good lines go in, bad lines are "
            + "reported with their line number and every error; a line goes after the lines that register its "
            + "parent or successor, so children may come before their parents. A file without data rows, or whose "
            + "every line is rejected, answers 400 (then each error's field is `line[N].<field>`, N the line "
            + "number in the file); a file that is not UTF-8 or holds NUL or other controls in a cell, 400. Send "
            + "`Idempotency-Key` to retry safely: the retry of an import answered is not imported again."
            + "\n\n**Roles:** `ADMIN` only (403 otherwise).")
    @APIResponse(responseCode = "200", description = "What was imported.", headers = @Header(
            name = Idempotency.REPLAYED, description = IdempotencyKeyParam.REPLAYED,
            schema = @Schema(type = SchemaType.STRING, enumeration = "true")), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "binhPhuoc", value = """
                    {"created": 1, "updated": 0, "rejected": 1, "lines": [
                      {"line": 2, "code": "70.SNV", "outcome": "CREATED", "errors": []},
                      {"line": 3, "code": "70.SYT", "outcome": "REJECTED", "errors": [{"field": "kind", "message": \
                    "must be one of PROVINCIAL_DEPARTMENT, OFFICE, MASS_ORGANISATION, DISTRICT_COMMITTEE, \
                    PUBLIC_SERVICE_UNIT, ENTERPRISE, OTHER"}]}]}""")))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = FORBIDDEN)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "422", ref = UNPROCESSABLE)
    public Response importCsv(
            @RequestBody(required = true, description = "UTF-8 CSV (RFC 4180) with the columns "
                    + "`code,name,kind,provinceCode,parentCode` and, optional, "
                    + "`validFrom,validTo,successorCode,blocCode,staffing,email,effectiveFrom`; `text/plain` is accepted "
                    + "too.", content = {
                            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                                    examples = @ExampleObject(name = "binhPhuoc", value = CSV_EXAMPLE)),
                            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                                    examples = @ExampleObject(name = "binhPhuoc", value = CSV_EXAMPLE)) })
            byte[] csv, @BeanParam IdempotencyKeyParam retry, @Context UriInfo uri) {
        Admins.require(callers.get());
        // line by line, each in a transaction of its own, as without a key: the answer is kept right after
        return idempotency.onceSeparately(callers.get().clientId(), retry.key, "POST", uri, csv,
                () -> Response.ok(importAll(csv)).type(MediaType.APPLICATION_JSON).build());
    }

    private ImportResult importAll(byte[] csv) {
        // UTF-8 exactly: a byte that is not is refused, never repaired into another character
        List<List<String>> rows = parse(csv == null ? "" : BodyReader.utf8(csv));
        List<String> columns = COLUMNS;
        if (!rows.isEmpty() && isHeader(rows.get(0))) {
            columns = header(rows.get(0));
            rows.set(0, null);
        }
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && !(rows.get(i).size() == 1 && rows.get(i).get(0).isBlank())) {
                lines.add(i);
            }
        }
        if (lines.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("agency.import.empty"),
                    List.of(new FieldError("body", Messages.get("agency.import.empty"))));
        }
        List<LineResult> results = new ArrayList<>();
        for (int i : importOrder(rows, lines, columns)) {
            results.add(importLine(i + 1, rows.get(i), columns));
        }
        results.sort(Comparator.comparingInt(LineResult::line));
        int created = (int) results.stream().filter(r -> r.outcome().equals("CREATED")).count();
        int updated = (int) results.stream().filter(r -> r.outcome().equals("UPDATED")).count();
        if (created + updated == 0) {
            // nothing taken: the request is refused, every error of every line listed (line[3].kind)
            List<FieldError> errors = new ArrayList<>();
            for (LineResult result : results) {
                result.errors().forEach(e -> errors.add(new FieldError("line[" + result.line() + "]."
                        + e.field(), e.message())));
            }
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", errors.size()),
                    errors);
        }
        return new ImportResult(created, updated, results.size() - created - updated, results);
    }

    /** A header row: it names the columns {@code code} and {@code name}, wherever they are. */
    private static boolean isHeader(List<String> row) {
        return row.stream().anyMatch(c -> named(c, "code")) && row.stream().anyMatch(c -> named(c, "name"));
    }

    /** Whether a header cell names {@code column}, unsafe characters aside (they are refused in {@link #header}). */
    private static boolean named(String cell, String column) {
        StringBuilder safe = new StringBuilder();
        cell.trim().codePoints().filter(c -> vn.vhcs.common.web.UnsafeText.find(Character.toString(c)) == null)
                .forEach(safe::appendCodePoint);
        return safe.toString().equalsIgnoreCase(column);
    }

    /** The columns a header row names, as in {@link #COLUMNS}; a blank name leaves its column unused. */
    private static List<String> header(List<String> row) {
        List<String> columns = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String cell : row) {
            String name = cell.trim();
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            vn.vhcs.common.web.UnsafeText.Kind unsafe = vn.vhcs.common.web.UnsafeText.find(name);
            if (unsafe != null) {
                errors.add(new FieldError(vn.vhcs.common.web.UnsafeText.visible(name), Messages.get(unsafe.messageKey())));
            } else if (name.isEmpty()) {
                columns.add(null);
            } else if (column == null) {
                errors.add(new FieldError(vn.vhcs.common.web.UnsafeText.visible(name),
                        Messages.get("agency.import.column.unknown", String.join(", ", COLUMNS))));
            } else if (columns.contains(column)) {
                errors.add(new FieldError(column, Messages.get("agency.import.column.twice")));
            } else {
                columns.add(column);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("problem.detail.rules", errors.size()),
                    errors);
        }
        return columns;
    }

    /**
     * Data lines in file order, except that a line waits for the lines of the file that register its
     * parent or successor (a cycle, or a reference to itself, goes in file order and fails).
     */
    private static List<Integer> importOrder(List<List<String>> rows, List<Integer> lines, List<String> columns) {
        java.util.Set<String> waitingFor = new java.util.HashSet<>();
        lines.forEach(i -> {
            String code = value(rows.get(i), columns, "code");
            if (code != null) {
                waitingFor.add(code);
            }
        });
        List<Integer> order = new ArrayList<>();
        List<Integer> remaining = new ArrayList<>(lines);
        boolean progress = true;
        while (!remaining.isEmpty() && progress) {
            progress = false;
            for (java.util.Iterator<Integer> it = remaining.iterator(); it.hasNext();) {
                int line = it.next();
                List<String> row = rows.get(line);
                String code = value(row, columns, "code");
                boolean ready = java.util.stream.Stream.of(value(row, columns, "parentCode"),
                        value(row, columns, "successorCode"))
                        .noneMatch(ref -> ref != null && !ref.equals(code) && waitingFor.contains(ref));
                if (ready) {
                    order.add(line);
                    it.remove();
                    progress = true;
                }
            }
            // codes whose lines have all gone no longer hold anyone back
            java.util.Set<String> pending = new java.util.HashSet<>();
            remaining.forEach(i -> pending.add(value(rows.get(i), columns, "code")));
            waitingFor.retainAll(pending);
        }
        order.addAll(remaining);
        return order;
    }

    /** One line: every error of its cells, else what the registry says of it. */
    private LineResult importLine(int line, List<String> row, List<String> columns) {
        String code = value(row, columns, "code");
        List<FieldError> errors = new ArrayList<>();
        boolean extra = row.size() > columns.size();
        for (int i = 0; i < Math.min(row.size(), columns.size()); i++) {
            extra |= columns.get(i) == null && !row.get(i).isBlank();
        }
        if (extra) {
            errors.add(new FieldError("columns", Messages.get("field.unknown")));
        }
        if (!Codes.isAgency(code)) {
            errors.add(new FieldError("code", Messages.get("code.agency")));
        }
        // the cells as the body of PUT /agencies/{code}, read as text: every broken rule of the line at once
        // (a cell of the wrong form, Bean Validation, the rules between fields)
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (String column : COLUMNS) {
            if (!column.equals("code")) {
                cells.put(column, value(row, columns, column));
            }
        }
        Reading<AgencyRequest> reading = bodies.readText(cells, AgencyRequest.class);
        if (code != null) {
            reading.check(body -> RegistryService.agencyRules(code, body));
        }
        errors.addAll(reading.errors());
        AgencyRequest request = reading.value();
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            return new LineResult(line, code, "REJECTED", errors);
        }
        try {
            var saved = registry.putAgency(code, request);
            return new LineResult(line, code, saved.created() ? "CREATED" : "UPDATED", List.of());
        } catch (ProblemException e) {
            return new LineResult(line, code, "REJECTED",
                    e.errors().isEmpty() ? List.of(new FieldError("code", e.getMessage())) : e.errors());
        }
    }

    /** The trimmed, normalized cell of a column; null when empty or absent. */
    private static String value(List<String> row, List<String> columns, String column) {
        int index = columns.indexOf(column);
        if (row == null || index < 0 || index >= row.size()) {
            return null;
        }
        String v = JsonReading.normalize(row.get(index));
        return v == null || v.isEmpty() ? null : v;
    }

    private static List<List<String>> parse(String csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(new ArrayList<>(it.next()));
            }
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Messages.get("body.unreadable"));
        }
        return rows;
    }

}
