package vn.vhcs.report.draft;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.PathParam;

/** The {@code id} path parameter of a draft's operations, documented once: a {@code @BeanParam}. */
public class DraftIdParam {

    @Parameter(description = "The draft's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @PathParam("id")
    public String id;
}
