package vn.vhcs.report;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.PathParam;
import vn.vhcs.common.web.IdParams;

/**
 * The {@code id} path parameter of a report's operations, documented once: a {@code @BeanParam}.
 * Read as text, so that a malformed id is "not found" (404) as an unknown one would be.
 */
public class ReportIdParam {

    @Parameter(description = "The report's id.", example = "3f9c2a7e-5b1d-4c8e-9a06-2d7f4b1e8c53",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @PathParam("id")
    public String id;

    public UUID uuid() {
        return IdParams.uuid(id, "report");
    }
}
