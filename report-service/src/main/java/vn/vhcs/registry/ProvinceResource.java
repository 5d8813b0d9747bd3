package vn.vhcs.registry;

import static vn.vhcs.common.openapi.OperationRoles.EVERY_KEY;
import static vn.vhcs.common.openapi.ProblemResponses.BAD_REQUEST;
import static vn.vhcs.common.openapi.ProblemResponses.NOT_FOUND;

import vn.vhcs.common.web.CodeParams;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.BeanParam;
import lombok.RequiredArgsConstructor;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.web.Page;
import vn.vhcs.common.web.PageRequest;
import vn.vhcs.common.web.QueryParams;
import vn.vhcs.common.web.PageParams;
import vn.vhcs.registry.api.ProvinceView;

@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry", description = "Provinces, agencies and reporting rounds: read for every key, write for admins.")
@RequiredArgsConstructor
public class ProvinceResource {

    private final ProvinceRepository provinces;

    /** All provinces, or those valid on {@code on} (e.g. {@code on=2025-07-01} gives the 34). */
    @GET
    @Operation(operationId = "listProvinces", summary = "List provinces", description = "All provinces (the 63 that "
            + "existed until 30 June 2025 and the 34 since 1 July 2025), ordered by code and validity, or only those "
            + "valid on a date." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "A page of provinces.")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<ProvinceView> list(
            @Parameter(description = "Only the provinces valid on this date (`2025-07-01` gives the 34).",
                    example = "2025-07-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String onParam,
            @BeanParam PageParams pages) {
        LocalDate on = QueryParams.date(onParam, "on");
        PageRequest paging = pages.request();
        List<Province> all = provinces.listAll(io.quarkus.panache.common.Sort.by("key.code").and("key.validFrom"));
        List<ProvinceView> matching = all.stream().filter(p -> on == null || p.validOn(on)).map(ProvinceView::of).toList();
        return Page.of(matching, paging);
    }

    /** The province with this code on {@code on} (default today), else its latest one. */
    @GET
    @Path("/{code}")
    @Operation(operationId = "getProvince", summary = "Read a province", description = "The province with this code "
            + "on the date `on` (today by default), else the latest one with this code. Codes were reused on 1 July "
            + "2025: `15` is Yên Bái on 2022-01-01 and Lào Cai today." + EVERY_KEY)
    @APIResponse(responseCode = "200", description = "The province.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceView.class),
            examples = @ExampleObject(name = "binhPhuoc", summary = "Bình Phước, merged into Đồng Nai on 1 July 2025",
                    value = """
                            {"code": "70", "name": "Bình Phước", "validFrom": "2008-08-01", "validTo": "2025-06-30",
                             "successorCode": "75"}""")))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public ProvinceView get(
            @Parameter(description = "A two-digit province code.", example = "70",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @PathParam("code") String code,
            @Parameter(description = "The date that matters (today by default).", example = "2022-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String onParam) {
        LocalDate on = QueryParams.date(onParam, "on");
        CodeParams.province(code, "code");
        return provinces.current(code, on == null ? LocalDate.now() : on).map(ProvinceView::of)
                .orElseThrow(() -> ProblemException.notFound("province", code));
    }
}
