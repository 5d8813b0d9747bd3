package vn.vhcs.registry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.vhcs.common.i18n.Messages;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.web.JsonReading;
import vn.vhcs.registry.api.AgencyRequest;

/**
 * Bulk import of agencies from CSV ({@code code,name,kind,provinceCode,parentCode}, header row
 * optional). Each line is imported on its own: good lines are created or replaced, bad lines are
 * reported with their errors. Lines without a parent go first, so a file may list children before
 * their parents.
 */
@Path("/api/v1")
public class AgencyImportResource {

    private final vn.vhcs.common.security.CurrentCaller callers;

    static final List<String> COLUMNS = List.of("code", "name", "kind", "provinceCode", "parentCode");

    private final RegistryService registry;
    private final RequestValidator validator;

    public AgencyImportResource(RegistryService registry, RequestValidator validator, vn.vhcs.common.security.CurrentCaller callers) {
        this.callers = callers;
        this.registry = registry;
        this.validator = validator;
    }

    public record LineResult(int line, String code, String outcome, List<FieldError> errors) {
    }

    public record ImportResult(int created, int updated, int rejected, List<LineResult> lines) {
    }

    @POST
    @Path("agencies:import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCsv(String csv) {
        Admins.require(callers.get());
        List<List<String>> rows = parse(csv == null ? "" : csv);
        if (!rows.isEmpty() && rows.get(0).size() >= 2 && rows.get(0).get(0).trim().equalsIgnoreCase("code")
                && rows.get(0).get(1).trim().equalsIgnoreCase("name")) {
            rows.set(0, null); // header
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && !(rows.get(i).size() == 1 && rows.get(i).get(0).isBlank())) {
                order.add(i);
            }
        }
        if (order.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, Messages.get("agency.import.empty"),
                    List.of(new FieldError("body", Messages.get("agency.import.empty"))));
        }
        order.sort(Comparator.comparing(i -> value(rows.get(i), 4) != null)); // parents before children
        List<LineResult> results = new ArrayList<>();
        for (int i : order) {
            results.add(importLine(i + 1, rows.get(i)));
        }
        results.sort(Comparator.comparingInt(LineResult::line));
        int created = (int) results.stream().filter(r -> r.outcome().equals("CREATED")).count();
        int updated = (int) results.stream().filter(r -> r.outcome().equals("UPDATED")).count();
        return new ImportResult(created, updated, results.size() - created - updated, results);
    }

    private LineResult importLine(int line, List<String> row) {
        String code = value(row, 0);
        try {
            if (row.size() > COLUMNS.size()) {
                throw ProblemException.invalid("columns", "field.unknown");
            }
            Codes.check(code, Codes.AGENCY, "code", "code.agency");
            AgencyKind kind = kind(value(row, 2));
            AgencyRequest request = validator.valid(new AgencyRequest(value(row, 1), kind, value(row, 3), value(row, 4)));
            var saved = registry.putAgency(code, request);
            return new LineResult(line, code, saved.created() ? "CREATED" : "UPDATED", List.of());
        } catch (ProblemException e) {
            return new LineResult(line, code, "REJECTED", e.errors());
        }
    }

    private static AgencyKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AgencyKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "enum", java.util.Arrays.toString(AgencyKind.values()));
        }
    }

    private static String value(List<String> row, int column) {
        if (row == null || column >= row.size()) {
            return null;
        }
        String v = JsonReading.normalize(row.get(column));
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
