package vn.vhcs.common.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of every paged list, documented once: a
 * {@code @BeanParam} of the list's method. Read as text, so that a bad value is judged by
 * {@link PageRequest} (a 400 naming the parameter) instead of failing the binding.
 */
public class PageParams {

    @Parameter(description = "The page, from 0.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", defaultValue = "0"))
    @QueryParam("page")
    public String page;

    @Parameter(description = "Items per page, 1–200.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "200", defaultValue = "20"))
    @QueryParam("size")
    public String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
