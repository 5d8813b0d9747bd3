package vn.vhcs.common.problem;

/** The problem types vhcs answers with; each {@code type} URI names one kind of failure. */
public enum ProblemType {
    VALIDATION(400, "Validation failed"),
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    ROUND_CLOSED(409, "Round closed"),
    ROUND_LOCKED(409, "Round locked for the province"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request header fields too large"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The title in the current request's language. */
    public String title() {
        return title(vn.vhcs.common.i18n.Messages.locale());
    }

    public String title(java.util.Locale locale) {
        String key = "problem." + slug() + ".title";
        String text = vn.vhcs.common.i18n.Messages.get(locale, key);
        return text.equals(key) ? title : text;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String uri() {
        return "urn:vhcs:problem:" + slug();
    }
}
