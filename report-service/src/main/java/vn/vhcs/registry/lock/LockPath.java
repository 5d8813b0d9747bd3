package vn.vhcs.registry.lock;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.PathParam;
import vn.vhcs.common.web.CodeParams;

/** The round and province that name a lock, documented once: a {@code @BeanParam} of each lock operation. */
public class LockPath {

    @Parameter(description = "The round's code.", example = "SO-KET-2022")
    @PathParam("round")
    public String round;

    @Parameter(description = "The province's two-digit code.", example = "70",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
    @PathParam("province")
    public String province;

    /** The round's code, checked (400 when malformed). */
    public String round() {
        return CodeParams.round(round, "round");
    }

    /** The province's code, checked (400 when malformed). */
    public String province() {
        return CodeParams.province(province, "province");
    }
}
