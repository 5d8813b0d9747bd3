package vn.vhcs.registry;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.PathParam;

/** The {@code code} path parameter of an agency's operations, documented once: a {@code @BeanParam}. */
public class AgencyCodeParam {

    @Parameter(description = "The agency's code.", example = "70.SNGV",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._-]{2,40}$"))
    @PathParam("code")
    public String code;
}
