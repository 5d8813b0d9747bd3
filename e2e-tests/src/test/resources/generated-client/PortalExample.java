package portal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import vhcs.client.ApiClient;
import vhcs.client.api.ReportsApi;
import vhcs.client.api.StatisticsApi;
import vhcs.client.model.Figure;
import vhcs.client.model.Measure;
import vhcs.client.model.ProvinceStatistics;
import vhcs.client.model.ReportRequest;
import vhcs.client.model.ReportView;

/**
 * A portal's code on the Java client that OpenAPI Generator makes from the served document (java, library native;
 * README "Generating a client"). GeneratedClientTest compiles it with the client and runs it against the gateway:
 * it sees only the generated types. What it read comes back as plain values.
 */
public final class PortalExample {

    private final ApiClient client = new ApiClient();
    private final ReportsApi reports;
    private final StatisticsApi statistics;

    public PortalExample(String gateway, String apiKey) {
        client.updateBaseUri(gateway);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + apiKey));
        // an API copies the client's address and interceptor when it is made: after they are set
        reports = new ReportsApi(client);
        statistics = new StatisticsApi(client);
    }

    /** Submits a report (as JSON, read into the generated model), reads it back, and what it states. */
    public Map<String, Object> submitAndReadBack(String reportJson) throws Exception {
        ReportRequest request = client.getObjectMapper().readValue(reportJson, ReportRequest.class);
        ReportView created = reports.submitReport(ReportsApi.APISubmitReportRequest.newBuilder()
                .reportRequest(request).idempotencyKey(UUID.randomUUID().toString()).build());
        ReportView report = reports.getReport(ReportsApi.APIGetReportRequest.newBuilder().id(created.getId()).build());
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("status", report.getStatus().getValue());
        read.put("version", report.getVersion());
        // a percent stated alone comes back as a bare number, one with a qualifier as an object
        BigDecimal computers = report.getIndicators().getComputerEquipmentPercent().getBigDecimal();
        read.put("computerEquipmentPercent", computers);
        Figure titles = report.getEmulationTitles().get(0).getCount().getFigure();
        read.put("emulationTitlePercent", titles.getPercent());
        read.put("emulationTitleQualifier", titles.getQualifier().getValue());
        return read;
    }

    /** A province's statistics for a round. */
    public Map<String, Object> provinceStatistics(String round, String province) throws Exception {
        ProvinceStatistics figures = statistics.getProvinceStatistics(StatisticsApi.APIGetProvinceStatisticsRequest
                .newBuilder().round(round).province(province).build());
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("agenciesReported", figures.getAgenciesReported());
        read.put("participationRate", figures.getParticipationRate().getValue());
        // titles stated only as a percent, by title and year
        Measure titles = figures.getEmulationTitleMeasures().get("ADVANCED_WORKER:UNSPECIFIED");
        read.put("advancedWorkerStatedPercent", titles == null ? null : titles.getStatedPercent().getMin());
        read.put("advancedWorkerRate", titles == null ? null : titles.getRate().getValue());
        return read;
    }
}
