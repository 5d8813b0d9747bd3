package vn.vhcs.report.api;

/**
 * A value of a report's {@code figures}: any of the kinds' forms ({@link vn.vhcs.contract.figures.FigureValues}).
 * Its OpenAPI schema is in application.properties ({@code mp.openapi.schema}): an annotation would give it
 * {@code type: object} beside the forms, and a bare number or a list would no longer match it.
 */
public interface FigureValue {
}
