package vn.vhcs.report.draft.extraction;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vhcs.report.api.ReportRequest;

/** A proposed report, the normalised text it was read from and, for each filled field, its evidence. */
public record Extraction(String text, ReportRequest report, List<Evidence> evidence) {

    /** The catalogue's figures the text states, by code (evidence at {@code figures.{code}}); empty when none. */
    public Map<String, JsonNode> figures() {
        return report.figures() == null ? Map.of() : report.figures();
    }
}
