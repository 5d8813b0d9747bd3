package vn.vhcs.registry;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.PathParam;

/** The {@code code} path parameter of a round's operations, documented once: a {@code @BeanParam}. */
public class RoundCodeParam {

    @Parameter(description = "The round's code.", example = "SO-KET-2022",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z0-9-]{2,40}$"))
    @PathParam("code")
    public String code;
}
