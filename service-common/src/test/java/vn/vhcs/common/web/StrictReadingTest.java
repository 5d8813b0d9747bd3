package vn.vhcs.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import vn.vhcs.common.problem.FieldError;
import vn.vhcs.common.problem.ProblemException;
import vn.vhcs.common.problem.ProblemType;
import vn.vhcs.common.problem.RequestValidator;
import vn.vhcs.common.validation.Text;

/** The parsing rules of request bodies, without a server: what {@link BodyReader} refuses, and how it names it. */
class StrictReadingTest {

    enum Kind { PLAN, DECISION }

    record Inner(@PositiveOrZero Integer count, Kind kind) {
    }

    record Body(@NotBlank @Text String name, Kind kind, LocalDate issuedOn, Integer count, List<@jakarta.validation.Valid Inner> items,
            String note) {
    }

    private final BodyReader reader;

    StrictReadingTest() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new JsonReading().customize(mapper);
        var validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        reader = new BodyReader(mapper, new RequestValidator(validator));
    }

    private List<FieldError> errors(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldError> errors(byte[] body) {
        try {
            return reader.read(body, Body.class).get() == null ? List.of() : List.of();
        } catch (ProblemException e) {
            assertTrue(e.type() == ProblemType.VALIDATION || e.type() == ProblemType.MALFORMED_REQUEST, e.type().name());
            assertTrue(!e.errors().isEmpty(), "every refusal names where: " + e.getMessage());
            return e.errors();
        }
    }

    private static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        errors.forEach(e -> map.put(e.field(), e.message()));
        return map;
    }

    @Test
    void aGoodBodyReads() {
        Body body = reader.read("{\"name\":\"Sở Ngoại vụ\",\"kind\":\"PLAN\",\"issuedOn\":\"2022-04-25\",\"count\":3}"
                .getBytes(StandardCharsets.UTF_8), Body.class).get();
        assertEquals("Sở Ngoại vụ", body.name());
        assertEquals(Kind.PLAN, body.kind());
    }

    @Test
    void nothingMayFollowTheDocument() {
        assertEquals("$", errors("{\"name\":\"a\"} x").get(0).field());
        assertEquals(Map.of("$", "nothing may follow the JSON document"),
                byField(errors("{\"name\":\"a\"}{\"name\":\"b\"}")));
        assertEquals("$", errors("{\"name\":\"a\"}]").get(0).field());
    }

    @Test
    void aMemberGivenTwiceIsNamedByItsPath() {
        assertEquals(Map.of("name", "field given twice"), byField(errors("{\"name\":\"a\",\"name\":\"b\"}")));
        assertEquals(Map.of("items[1].count", "field given twice"),
                byField(errors("{\"name\":\"a\",\"items\":[{\"count\":1},{\"count\":1,\"count\":2}]}")));
    }

    @Test
    void aNumberIsNoEnumAndADateTimeNoDate() {
        Map<String, String> errors = byField(errors("{\"name\":\"a\",\"kind\":1,\"issuedOn\":\"2022-04-25T10:00:00\"}"));
        assertEquals(List.of("kind", "issuedOn"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("kind").startsWith("must be one of PLAN, DECISION"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNeverRepaired() {
        byte[][] bad = {
                { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' }, // overlong '/'
                { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"', '}' },
                { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}' }, // CESU
                { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}' },
                { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xE1, (byte) 0xBA }, // cut short
        };
        for (byte[] body : bad) {
            List<FieldError> errors = errors(body);
            assertEquals("$", errors.get(0).field());
            assertTrue(errors.get(0).message().startsWith("The body is not valid UTF-8 (byte "), errors.toString());
        }
    }

    @Test
    void unsafeTextIsNamedWhereverItIs() {
        Map<String, String> errors = byField(errors("""
                {"name":"A\\u0000B","note":"x\\ud800","items":[{"count":1},{"kind":"\\u202ePLAN"}],"a\\u0000b":1}"""));
        assertEquals("must not contain NUL or other control characters", errors.get("name"));
        assertTrue(errors.get("note").contains("lone surrogate"));
        assertTrue(errors.get("items[1].kind").contains("bidirectional"));
        assertEquals("must not contain NUL or other control characters", errors.get("a\\u0000b"));
        assertEquals(4, errors.size(), errors.toString());
    }

    @Test
    void bidiControlsAndRawControlsAreRefused() {
        for (String c : List.of("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200e", "\u200f", "\u061c")) {
            assertTrue(byField(errors("{\"name\":\"Sở" + c + "Nội vụ\"}")).get("name").contains("bidirectional"), c);
        }
        // a raw control inside a string is no JSON at all
        assertEquals(List.of("name"), errors("{\"name\":\"a\u0001b\"}").stream().map(FieldError::field).toList());
        // paired surrogates (an emoji) are text like any other
        assertEquals("🙂", reader.read("{\"name\":\"\\ud83d\\ude42\"}".getBytes(StandardCharsets.UTF_8), Body.class)
                .get().name());
    }

    @Test
    void everyErrorOfOneBodyComesAtOnce() {
        Map<String, String> errors = byField(errors("""
                {"name":"","kind":1,"issuedOn":"2022-04-25T10:00:00","count":"20","extra":true,
                 "items":[{"count":-1,"kind":"NONE","unknown":1},{"count":2.5}],"note":"\\u202e"}"""));
        assertEquals(List.of("note", "kind", "issuedOn", "count", "extra", "items[0].kind", "items[0].unknown",
                "items[1].count", "items[0].count", "name").stream().sorted().toList(),
                errors.keySet().stream().sorted().toList(), errors.toString());
    }

    @Test
    void cellsOfACsvLineAreJudgedAlike() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("name", "Sở\u0000");
        cells.put("kind", "1");
        cells.put("count", "x");
        Reading<Body> reading = reader.readText(cells, Body.class);
        assertEquals(List.of("count", "kind", "name"),
                reading.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void anEmptyBodyIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> reader.read(new byte[0], Body.class));
        assertEquals(ProblemType.MALFORMED_REQUEST, e.type());
    }

    @Test
    void targetsArePercentDecodedStrictly() {
        assertEquals("70.SNGV", RequestHygiene.decode("70.SNGV", false));
        assertEquals("\u0000", RequestHygiene.decode("%00", false));
        assertEquals("Bình Phước", RequestHygiene.decode("B%C3%ACnh+Ph%C6%B0%E1%BB%9Bc", true));
        assertNull(RequestHygiene.decode("%C0%AF", false));
        assertNull(RequestHygiene.decode("%zz", false));
        assertNull(RequestHygiene.decode("%4", false));
        assertEquals(UnsafeText.Kind.CONTROL, UnsafeText.find(RequestHygiene.decode("a%00b", false)));
        assertEquals(UnsafeText.Kind.BIDI, UnsafeText.find(RequestHygiene.decode("%E2%80%AE", false)));
    }

    @Test
    void unsafeTextIsShownEscaped() {
        assertEquals("a\\u0000b\\u202e", UnsafeText.visible("a\u0000b\u202e"));
        assertNull(UnsafeText.find("Sở Ngoại vụ\ttỉnh\nBình Phước"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Bình".getBytes(StandardCharsets.UTF_8));
        assertEquals("Bình", BodyReader.utf8(out.toByteArray()));
    }

    @Test
    void headerNamesAreTokens() {
        assertTrue(RequestHygiene.isToken("Idempotency-Key"));
        assertTrue(RequestHygiene.isToken("X-Vhcs_Trace.1"));
        assertFalse(RequestHygiene.isToken(""));
        assertFalse(RequestHygiene.isToken("X Note"));
        assertFalse(RequestHygiene.isToken("X-Nôte"));
        assertFalse(RequestHygiene.isToken("X\u0000"));
        assertFalse(RequestHygiene.isToken("X:Y"));
    }
}
