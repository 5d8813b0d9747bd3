package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import io.restassured.http.ContentType;

/**
 * What a portal developer does: generates a Java client with OpenAPI Generator from the document the gateway serves
 * (the options README "Generating a client" shows), compiles it with a portal's code that sees only the generated
 * types (src/test/resources/generated-client/PortalExample.java), and uses it to submit a seed report, read it back
 * — a percent stated alone comes back as a bare number, a qualified one as an object — and read the province's
 * statistics. Everything is generated and compiled under target/generated-client.
 */
@ExtendWith(RunningSystem.class)
class GeneratedClientTest {

    private static final String ROUND = "CLIENT-2022";
    private static final Path DIR = Path.of("target", "generated-client");

    @Test
    void aClientGeneratedFromTheServedDocumentSubmitsAReportAndReadsTheStatistics() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(201);
        // the seed's agency (EndToEndTest may have registered it already)
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Ngoại vụ tỉnh Bình Phước", "kind",
                "PROVINCIAL_DEPARTMENT", "provinceCode", "70")).put("/api/v1/agencies/70.SNGV").then()
                .statusCode(anyOf(is(200), is(201)));

        Class<?> portalClass = generateAndCompile();
        Object portal = portalClass.getConstructor(String.class, String.class)
                // java.net.http tries only the first address of "localhost" (::1 here); the gateway listens on IPv4
                .newInstance("http://127.0.0.1:" + RunningSystem.get().gateway.port, RunningSystem.ADMIN_KEY);

        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) portalClass.getMethod("submitAndReadBack", String.class)
                .invoke(portal, seed().replace("\"SO-KET-2022\"", "\"" + ROUND + "\""));
        assertEquals("SUBMITTED", read.get("status"));
        assertEquals(1, read.get("version"));
        assertEquals(0, new BigDecimal("100").compareTo((BigDecimal) read.get("computerEquipmentPercent")), read.toString());
        assertEquals(0, new BigDecimal("90").compareTo((BigDecimal) read.get("emulationTitlePercent")), read.toString());
        assertEquals("AT_LEAST", read.get("emulationTitleQualifier"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) portalClass
                    .getMethod("provinceStatistics", String.class, String.class).invoke(portal, ROUND, "70");
            assertEquals(1L, ((Number) figures.get("agenciesReported")).longValue(), figures.toString());
            // the seed states no headcount: no participation rate, and the client reads the nulls
            assertNull(figures.get("participationRate"), figures.toString());
            // "90% … đạt Lao động tiên tiến trở lên", no year, no base: only a stated percent (EXPECTED.md)
            assertEquals(0, new BigDecimal("90").compareTo((BigDecimal) figures.get("advancedWorkerStatedPercent")),
                    figures.toString());
            assertNull(figures.get("advancedWorkerRate"), figures.toString());
        });
    }

    /** The served document → OpenAPI Generator (java, native) → javac, with the portal's code; its class. */
    private static Class<?> generateAndCompile() throws IOException, ClassNotFoundException {
        Files.createDirectories(DIR);
        Path document = DIR.resolve("vhcs-api.json");
        Files.writeString(document, given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString(), StandardCharsets.UTF_8);
        Path sources = DIR.resolve("client");
        CodegenConfigurator configurator = new CodegenConfigurator().setGeneratorName("java").setLibrary("native")
                .setInputSpec(document.toString()).setOutputDir(sources.toString())
                .setInvokerPackage("vhcs.client").setApiPackage("vhcs.client.api").setModelPackage("vhcs.client.model")
                .addAdditionalProperty("openApiNullable", false).addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("annotationLibrary", "none")
                .addAdditionalProperty("useSingleRequestParameter", true)
                .addAdditionalProperty("hideGenerationTimestamp", true);
        DefaultGenerator generator = new DefaultGenerator();
        for (String off : List.of(CodegenConstants.API_TESTS, CodegenConstants.MODEL_TESTS, CodegenConstants.API_DOCS,
                CodegenConstants.MODEL_DOCS)) {
            generator.setGeneratorPropertyDefault(off, "false");
        }
        generator.opts(configurator.toClientOptInput()).generate();

        Path portal = DIR.resolve("PortalExample.java");
        try (InputStream in = GeneratedClientTest.class.getResourceAsStream("/generated-client/PortalExample.java")) {
            Files.write(portal, in.readAllBytes());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources.resolve("src/main/java"))) {
            walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(portal);
        Path classes = Files.createDirectories(DIR.resolve("classes"));
        var compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, fileManager, diagnostics, List.of("-nowarn", "-proc:none",
                    "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")), null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(compiled, "the generated client does not compile:\n" + diagnostics.getDiagnostics());
        }
        URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                GeneratedClientTest.class.getClassLoader());
        return loader.loadClass("portal.PortalExample");
    }

    private static String seed() {
        try (InputStream in = GeneratedClientTest.class.getResourceAsStream("/reports/binh-phuoc-so-ngoai-vu-so-ket-2022.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
