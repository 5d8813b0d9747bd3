package vn.vhcs.common.openapi;

/** The "Roles" line that ends an operation's OpenAPI description, for the roles shared by many operations. */
public final class OperationRoles {

    public static final String EVERY_KEY = "\n\n**Roles:** every API key (`ADMIN`, `SUBMITTER`, `READER`, `BOARD`).";
    public static final String ADMIN_ONLY = "\n\n**Roles:** `ADMIN` only (403 otherwise).";

    private OperationRoles() {
    }
}
