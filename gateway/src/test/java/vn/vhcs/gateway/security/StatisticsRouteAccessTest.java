package vn.vhcs.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vhcs.common.security.Caller;
import vn.vhcs.common.security.Role;

/**
 * The series and comparisons are scoped like the statistics they are made of: a province's to its
 * readers and board, the whole country's to national readers; a submitter reads none.
 */
class StatisticsRouteAccessTest {

    private static final Caller PROVINCE_READER = new Caller("r", Role.READER, List.of(), List.of("01"), false);
    private static final Caller BOARD = new Caller("b", Role.BOARD, List.of(), List.of("01"), false);
    private static final Caller NATIONAL = new Caller("n", Role.READER, List.of(), List.of(Caller.NATIONAL), false);
    private static final Caller SUBMITTER = new Caller("s", Role.SUBMITTER, List.of("01.T1"), List.of("01"), false);

    @Test
    void aProvincesTrendAndComparisonAreForItsReaders() {
        for (String path : List.of("/api/v1/statistics/provinces/01/trend",
                "/api/v1/statistics/rounds/TONG-KET-2025/provinces/01/comparison")) {
            assertEquals(true, RouteAccess.allowed(PROVINCE_READER, "GET", path), path);
            assertEquals(true, RouteAccess.allowed(BOARD, "GET", path), path);
            assertEquals(true, RouteAccess.allowed(NATIONAL, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(SUBMITTER, "GET", path), path);
            String other = path.replace("/01/", "/04/");
            assertEquals(false, RouteAccess.allowed(PROVINCE_READER, "GET", other), other);
            assertEquals(false, RouteAccess.allowed(BOARD, "GET", other), other);
        }
    }

    @Test
    void theCountrysTrendAndComparisonAreForNationalReaders() {
        for (String path : List.of("/api/v1/statistics/national/trend",
                "/api/v1/statistics/rounds/TONG-KET-2025/national/comparison")) {
            assertEquals(true, RouteAccess.allowed(NATIONAL, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(PROVINCE_READER, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(BOARD, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(SUBMITTER, "GET", path), path);
        }
    }

    @Test
    void aFormatsSuffixIsTheUrlWithoutIt() {
        for (String path : List.of("/api/v1/statistics/rounds/SO-KET-2022/provinces/01.csv",
                "/api/v1/statistics/rounds/SO-KET-2022/provinces/01.xlsx",
                "/api/v1/statistics/rounds/SO-KET-2022/provinces/01/missing-agencies.csv",
                "/api/v1/statistics/rounds/TONG-KET-2025/provinces/01/comparison.xlsx",
                "/api/v1/statistics/provinces/01/trend.csv")) {
            assertEquals(true, RouteAccess.allowed(PROVINCE_READER, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(SUBMITTER, "GET", path), path);
            String other = path.replace("/01", "/04");
            assertEquals(false, RouteAccess.allowed(PROVINCE_READER, "GET", other), other);
            assertEquals(false, RouteAccess.allowed(PROVINCE_READER, "GET", other.replace(".", ".csv.")), other);
        }
        for (String path : List.of("/api/v1/statistics/rounds/SO-KET-2022/national.csv",
                "/api/v1/statistics/rounds/SO-KET-2022/national.xlsx", "/api/v1/statistics/national/trend.csv",
                "/api/v1/statistics/rounds/TONG-KET-2025/national/comparison.csv")) {
            assertEquals(true, RouteAccess.allowed(NATIONAL, "GET", path), path);
            assertEquals(false, RouteAccess.allowed(PROVINCE_READER, "GET", path), path);
        }
        // the list is filtered to the caller's provinces by aggregation-service, with or without a suffix
        assertEquals(true, RouteAccess.allowed(PROVINCE_READER, "GET", "/api/v1/statistics/rounds/SO-KET-2022/provinces.csv"));
    }
}
