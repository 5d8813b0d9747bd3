package vn.vhcs.report;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/** Registry data and a valid report that each test bends in one place. */
public final class ReportFixtures {

    public static final String ROUND = "SO-KET-2022";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFixtures() {
    }

    /** The round of DESIGN.md's example, open (closesOn in the future) so it accepts reports. */
    public static void round() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    /** The open round and a new agency in the province: what a test submitting reports needs first. */
    public static String roundAndAgency(String province) {
        round();
        return agency(province);
    }

    /** A new agency in the province, so that each test has its own (agency, round). */
    public static String agency(String province) {
        String code = province + ".T" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cơ quan thử " + code, "kind", "PROVINCIAL_DEPARTMENT", "provinceCode", province))
                .put("/api/v1/agencies/" + code).then().statusCode(201);
        return code;
    }

    /** DESIGN.md's example report, as a mutable JSON tree. */
    public static Map<String, Object> report(String agencyCode) {
        String json = """
                {
                  "agencyCode": "%s",
                  "roundCode": "SO-KET-2022",
                  "document": { "number": "45/BC-SNgV", "issuedOn": "2022-04-25",
                                "signerName": "Phạm Thị Anh Thư", "signerTitle": "Giám đốc" },
                  "workforce": { "total": 20, "participating": 20, "commitmentsSigned": 20 },
                  "memberUnits": { "total": 10, "withCultureRules": 8 },
                  "directives": [
                    { "kind": "PLAN", "number": "18/KH-SNgV", "issuedOn": "2019-07-11",
                      "title": "Phát động Phong trào thi đua" } ],
                  "indicators": { "computerEquipmentPercent": 100, "citizenSatisfactionPercent": 92.5,
                                  "digitizedProceduresPercent": null },
                  "models": [
                    { "name": "Bảng nội quy có chấm điểm hằng tháng", "sector": "ADMINISTRATION", "description": "..." },
                    { "name": "Một cửa thân thiện", "sector": "PUBLIC_SERVICE" },
                    { "name": "Trường học hạnh phúc", "sector": "EDUCATION" } ],
                  "commendations": [ { "form": "PRAISE", "recipientKind": "INDIVIDUAL", "year": 2021,
                                       "count": 4, "note": "Biểu dương Trưởng các phòng" } ],
                  "emulationTitles": [ { "title": "ADVANCED_WORKER", "year": 2021, "count": 18 } ],
                  "narrative": { "advantages": "Thuận lợi.\\nNhiều mặt.", "difficulties": "Biên chế ít." }
                }
                """.formatted(agencyCode);
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the value at a JSON path such as {@code workforce.participating} or {@code models[2].sector}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> report, String path, Object value) {
        Object node = report;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            Integer index = null;
            if (part.endsWith("]")) {
                index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
                part = part.substring(0, part.indexOf('['));
            }
            Map<String, Object> map = (Map<String, Object>) node;
            boolean last = i == parts.length - 1;
            if (index == null) {
                if (last) {
                    if (value == REMOVE) {
                        map.remove(part);
                    } else {
                        map.put(part, value);
                    }
                } else {
                    node = map.computeIfAbsent(part, k -> new LinkedHashMap<>());
                }
            } else {
                List<Object> list = (List<Object>) map.computeIfAbsent(part, k -> new ArrayList<>());
                if (last) {
                    list.set(index, value);
                } else {
                    node = list.get(index);
                }
            }
        }
        return report;
    }

    /** Marker for {@link #with}: remove the field. */
    public static final Object REMOVE = new Object();
}
