package vn.vhcs.aggregation.api;

/**
 * The examples of the statistics answers in the OpenAPI document: the figures of the contract's
 * example events (Bình Phước, 70; the national ones add an office that states no workforce),
 * kept apart from the resource so that its operations read without them.
 */
final class StatisticsExamples {

    private StatisticsExamples() {
    }

    static final String PROVINCE_70 = """
            {"roundCode": "SO-KET-2022",
             "provinceCode": "70",
             "boundaries": null,
             "agenciesExpected": 2,
             "agenciesReported": 1,
             "reportingRate": {"value": 0.5, "numerator": 1, "denominator": 2},
             "reportedOnTime": 1,
             "onTimeRate": {"value": 1.0, "numerator": 1, "denominator": 1},
             "agenciesMissing": 1,
             "workforceTotal": 20,
             "participating": 20,
             "participationRate": {"value": 1.0, "numerator": 20, "denominator": 20},
             "commitmentsSigned": 20,
             "commitmentRate": {"value": 1.0, "numerator": 20, "denominator": 20},
             "memberUnits": {"total": 0, "withCultureRules": 0, "rate": {"value": null, "numerator": 0, \
            "denominator": 0}},
             "models": {"total": 2, "named": 2, "bySector": {"ADMINISTRATION": 2}},
             "commendations": [{"form": "PRAISE", "recipientKind": "INDIVIDUAL", "count": 4}],
             "emulationTitles": [{"title": "ADVANCED_WORKER", "year": 2021, "count": 18}],
             "advancedWorkerRate": {"2021": {"value": 0.9, "numerator": 18, "denominator": 20}},
             "directives": {"total": 5, "byKind": {"DECISION": 1, "DIRECTIVE": 1, "GUIDANCE": 1, "PLAN": 2}},
             "indicators": {"computerEquipmentPercent": {"mean": 100, "min": 100, "max": 100, "reported": 1}, \
            "citizenSatisfactionPercent": {"mean": null, "min": null, "max": null, "reported": 0}, \
            "digitizedProceduresPercent": {"mean": null, "min": null, "max": null, "reported": 0}},
             "byAgencyKind": {"PROVINCIAL_DEPARTMENT": {"agenciesExpected": 2, "agenciesReported": 1, \
            "reportingRate": {"value": 0.5, "numerator": 1, "denominator": 2}, "reportedOnTime": 1, \
            "onTimeRate": {"value": 1.0, "numerator": 1, "denominator": 1}, "agenciesMissing": 1, \
            "workforceTotal": 20, "participating": 20, "participationRate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "commitmentsSigned": 20, "commitmentRate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "models": 2}},
             "updatedAt": "2022-04-26T03:12:46.402Z",
             "agenciesAccepted": 0,
             "coverage": {"ownPlan": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "ownRegulation": {"agencies": 0, "of": 1, "rate": 0.0}, \
            "commitments": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "models": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "culturalStandard": {"agencies": 0, "of": 1, "rate": 0.0}}}""";
    static final String PROVINCES = "{\"items\": [" + PROVINCE_70
            + "], \"page\": 0, \"size\": 20, \"total\": 1}";
    static final String NATIONAL = """
            {"roundCode": "SO-KET-2022",
             "provinceCode": null,
             "boundaries": null,
             "agenciesExpected": 3,
             "agenciesReported": 2,
             "reportingRate": {"value": 0.66667, "numerator": 2, "denominator": 3},
             "reportedOnTime": 2,
             "onTimeRate": {"value": 1.0, "numerator": 2, "denominator": 2},
             "agenciesMissing": 1,
             "workforceTotal": 20,
             "participating": 20,
             "participationRate": {"value": 1.0, "numerator": 20, "denominator": 20},
             "commitmentsSigned": 20,
             "commitmentRate": {"value": 1.0, "numerator": 20, "denominator": 20},
             "memberUnits": {"total": 0, "withCultureRules": 0, "rate": {"value": null, "numerator": 0, \
            "denominator": 0}},
             "models": {"total": 2, "named": 2, "bySector": {"ADMINISTRATION": 2}},
             "commendations": [{"form": "PRAISE", "recipientKind": "INDIVIDUAL", "count": 4}],
             "emulationTitles": [{"title": "ADVANCED_WORKER", "year": 2021, "count": 18}],
             "advancedWorkerRate": {"2021": {"value": 0.9, "numerator": 18, "denominator": 20}},
             "directives": {"total": 9, "byKind": {"DECISION": 2, "DIRECTIVE": 1, "GUIDANCE": 2, \
            "OFFICIAL_LETTER": 1, "PLAN": 3}},
             "indicators": {"computerEquipmentPercent": {"mean": 100, "min": 100, "max": 100, "reported": 2}, \
            "citizenSatisfactionPercent": {"mean": null, "min": null, "max": null, "reported": 0}, \
            "digitizedProceduresPercent": {"mean": null, "min": null, "max": null, "reported": 0}},
             "byAgencyKind": {"OFFICE": {"agenciesExpected": 1, "agenciesReported": 1, \
            "reportingRate": {"value": 1.0, "numerator": 1, "denominator": 1}, "reportedOnTime": 1, \
            "onTimeRate": {"value": 1.0, "numerator": 1, "denominator": 1}, "agenciesMissing": 0, \
            "workforceTotal": 0, "participating": 0, "participationRate": {"value": null, "numerator": 0, "denominator": 0}, \
            "commitmentsSigned": 0, "commitmentRate": {"value": null, "numerator": 0, "denominator": 0}, \
            "models": 0}, "PROVINCIAL_DEPARTMENT": {"agenciesExpected": 2, "agenciesReported": 1, \
            "reportingRate": {"value": 0.5, "numerator": 1, "denominator": 2}, "reportedOnTime": 1, \
            "onTimeRate": {"value": 1.0, "numerator": 1, "denominator": 1}, "agenciesMissing": 1, \
            "workforceTotal": 20, "participating": 20, "participationRate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "commitmentsSigned": 20, "commitmentRate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "models": 2}},
             "updatedAt": "2022-04-28T09:02:11.876Z",
             "agenciesAccepted": 0,
             "coverage": {"ownPlan": {"agencies": 2, "of": 2, "rate": 1.0}, \
            "ownRegulation": {"agencies": 0, "of": 2, "rate": 0.0}, \
            "commitments": {"agencies": 1, "of": 2, "rate": 0.5}, \
            "models": {"agencies": 1, "of": 2, "rate": 0.5}, \
            "culturalStandard": {"agencies": 0, "of": 2, "rate": 0.0}}}""";
    /**
     * The trend of 70 over the contract's current example report, which states participation as a
     * percent only ("100 %" of 20): `participationRate`, over counts, is null; `measures` has it.
     */
    static final String TREND_70 = "{\"items\": [" + """
            {"roundCode": "SO-KET-2022",
             "roundKind": "MIDTERM_REVIEW",
             "periodEnd": "2022-03-31",
             "agenciesExpected": 2,
             "agenciesReported": 1,
             "reportingRate": {"value": 0.5, "numerator": 1, "denominator": 2},
             "reportedOnTime": 1,
             "onTimeRate": {"value": 1.0, "numerator": 1, "denominator": 1},
             "workforceTotal": 20,
             "participating": 0,
             "participationRate": {"value": null, "numerator": 0, "denominator": 0},
             "commitmentsSigned": 20,
             "commitmentRate": {"value": 1.0, "numerator": 20, "denominator": 20},
             "models": 5,
             "commendations": 4,
             "directives": 1,
             "agenciesMissing": 1,
             "measures": {
              "participation": {"agenciesStating": 1, "withCount": 0, "withPercentOnly": 1, \
            "percentOnlyWithoutBase": 0, "rate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "estimated": true, "statedPercent": {"mean": 100, "min": 100, "max": 100, "at100": 1}},
              "commitments": {"agenciesStating": 1, "withCount": 1, "withPercentOnly": 0, \
            "percentOnlyWithoutBase": 0, "rate": {"value": 1.0, "numerator": 20, "denominator": 20}, \
            "estimated": false, "statedPercent": {"mean": 100, "min": 100, "max": 100, "at100": 1}},
              "memberUnitsWithCultureRules": {"agenciesStating": 1, "withCount": 0, "withPercentOnly": 1, \
            "percentOnlyWithoutBase": 0, "rate": {"value": 0.8, "numerator": 4.8, "denominator": 6}, \
            "estimated": true, "statedPercent": {"mean": 80, "min": 80, "max": 80, "at100": 0}},
              "memberUnitsWithPlans": {"agenciesStating": 1, "withCount": 1, "withPercentOnly": 0, \
            "percentOnlyWithoutBase": 0, "rate": {"value": 1.0, "numerator": 6, "denominator": 6}, \
            "estimated": false, "statedPercent": {"mean": 100, "min": 100, "max": 100, "at100": 1}}},
             "modelsNamed": 1,
             "commendationsByForm": [{"form": "PRAISE", "recipientKind": "INDIVIDUAL", "count": 4}],
             "commendationsByYear": {"2021": 4},
             "emulationTitles": [],
             "coverage": {"ownPlan": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "ownRegulation": {"agencies": 0, "of": 1, "rate": 0.0}, \
            "commitments": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "models": {"agencies": 1, "of": 1, "rate": 1.0}, \
            "culturalStandard": {"agencies": 0, "of": 1, "rate": 0.0}}}""" + "], \"page\": 0, \"size\": 20, \"total\": 1}";
    static final String PROVINCE_70_CSV = """
            roundCode,provinceCode,boundaries,agenciesExpected,agenciesReported,reportingRate.value,\
            reportingRate.numerator,reportingRate.denominator,reportedOnTime,onTimeRate.value,onTimeRate.numerator,\
            onTimeRate.denominator,agenciesMissing,workforceTotal,participating,participationRate.value,\
            participationRate.numerator,participationRate.denominator,commitmentsSigned,commitmentRate.value,\
            commitmentRate.numerator,commitmentRate.denominator,memberUnits.total,memberUnits.withCultureRules,\
            memberUnits.rate.value,memberUnits.rate.numerator,memberUnits.rate.denominator,models.total,\
            models.bySector.ADMINISTRATION,commendations.PRAISE.INDIVIDUAL,emulationTitles.ADVANCED_WORKER.2021,\
            advancedWorkerRate.2021.value,advancedWorkerRate.2021.numerator,advancedWorkerRate.2021.denominator,\
            directives.total,directives.byKind.DECISION,directives.byKind.DIRECTIVE,directives.byKind.GUIDANCE,\
            directives.byKind.PLAN,indicators.computerEquipmentPercent.mean,indicators.computerEquipmentPercent.min,\
            indicators.computerEquipmentPercent.max,indicators.computerEquipmentPercent.reported,\
            indicators.citizenSatisfactionPercent.mean,indicators.citizenSatisfactionPercent.min,\
            indicators.citizenSatisfactionPercent.max,indicators.citizenSatisfactionPercent.reported,\
            indicators.digitizedProceduresPercent.mean,indicators.digitizedProceduresPercent.min,\
            indicators.digitizedProceduresPercent.max,indicators.digitizedProceduresPercent.reported,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesExpected,byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesReported,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportedOnTime,byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesMissing,byAgencyKind.PROVINCIAL_DEPARTMENT.workforceTotal,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participating,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentsSigned,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.denominator,byAgencyKind.PROVINCIAL_DEPARTMENT.models,\
            updatedAt,agenciesAccepted,coverage.ownPlan.agencies,coverage.ownPlan.of,coverage.ownPlan.rate,\
            coverage.ownRegulation.agencies,coverage.ownRegulation.of,coverage.ownRegulation.rate,\
            coverage.commitments.agencies,coverage.commitments.of,coverage.commitments.rate,\
            coverage.models.agencies,coverage.models.of,coverage.models.rate,coverage.culturalStandard.agencies,\
            coverage.culturalStandard.of,coverage.culturalStandard.rate
            SO-KET-2022,70,,2,1,0.5,1,2,1,1,1,1,1,20,20,1,20,20,20,1,20,20,0,0,,0,0,2,2,4,18,0.9,18,20,5,1,1,1,2,100,\
            100,100,1,,,,0,,,,0,2,1,0.5,1,2,1,1,1,1,1,20,20,1,20,20,20,1,20,20,2,2022-04-26T03:12:46.402Z,0,1,1,1,0,1,0,1,\
            1,1,1,1,1,0,1,0
            """;
    static final String NATIONAL_CSV = """
            roundCode,provinceCode,boundaries,agenciesExpected,agenciesReported,reportingRate.value,\
            reportingRate.numerator,reportingRate.denominator,reportedOnTime,onTimeRate.value,onTimeRate.numerator,\
            onTimeRate.denominator,agenciesMissing,workforceTotal,participating,participationRate.value,\
            participationRate.numerator,participationRate.denominator,commitmentsSigned,commitmentRate.value,\
            commitmentRate.numerator,commitmentRate.denominator,memberUnits.total,memberUnits.withCultureRules,\
            memberUnits.rate.value,memberUnits.rate.numerator,memberUnits.rate.denominator,models.total,\
            models.bySector.ADMINISTRATION,commendations.PRAISE.INDIVIDUAL,emulationTitles.ADVANCED_WORKER.2021,\
            advancedWorkerRate.2021.value,advancedWorkerRate.2021.numerator,advancedWorkerRate.2021.denominator,\
            directives.total,directives.byKind.DECISION,directives.byKind.DIRECTIVE,directives.byKind.GUIDANCE,\
            directives.byKind.OFFICIAL_LETTER,directives.byKind.PLAN,indicators.computerEquipmentPercent.mean,\
            indicators.computerEquipmentPercent.min,indicators.computerEquipmentPercent.max,\
            indicators.computerEquipmentPercent.reported,indicators.citizenSatisfactionPercent.mean,\
            indicators.citizenSatisfactionPercent.min,indicators.citizenSatisfactionPercent.max,\
            indicators.citizenSatisfactionPercent.reported,indicators.digitizedProceduresPercent.mean,\
            indicators.digitizedProceduresPercent.min,indicators.digitizedProceduresPercent.max,\
            indicators.digitizedProceduresPercent.reported,byAgencyKind.OFFICE.agenciesExpected,\
            byAgencyKind.OFFICE.agenciesReported,byAgencyKind.OFFICE.reportingRate.value,\
            byAgencyKind.OFFICE.reportingRate.numerator,byAgencyKind.OFFICE.reportingRate.denominator,\
            byAgencyKind.OFFICE.reportedOnTime,byAgencyKind.OFFICE.onTimeRate.value,\
            byAgencyKind.OFFICE.onTimeRate.numerator,byAgencyKind.OFFICE.onTimeRate.denominator,\
            byAgencyKind.OFFICE.agenciesMissing,byAgencyKind.OFFICE.workforceTotal,byAgencyKind.OFFICE.participating,\
            byAgencyKind.OFFICE.participationRate.value,byAgencyKind.OFFICE.participationRate.numerator,\
            byAgencyKind.OFFICE.participationRate.denominator,byAgencyKind.OFFICE.commitmentsSigned,\
            byAgencyKind.OFFICE.commitmentRate.value,byAgencyKind.OFFICE.commitmentRate.numerator,\
            byAgencyKind.OFFICE.commitmentRate.denominator,byAgencyKind.OFFICE.models,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesExpected,byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesReported,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportingRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.reportedOnTime,byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.onTimeRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.agenciesMissing,byAgencyKind.PROVINCIAL_DEPARTMENT.workforceTotal,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participating,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.participationRate.denominator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentsSigned,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.value,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.numerator,\
            byAgencyKind.PROVINCIAL_DEPARTMENT.commitmentRate.denominator,byAgencyKind.PROVINCIAL_DEPARTMENT.models,\
            updatedAt,agenciesAccepted,coverage.ownPlan.agencies,coverage.ownPlan.of,coverage.ownPlan.rate,\
            coverage.ownRegulation.agencies,coverage.ownRegulation.of,coverage.ownRegulation.rate,\
            coverage.commitments.agencies,coverage.commitments.of,coverage.commitments.rate,\
            coverage.models.agencies,coverage.models.of,coverage.models.rate,coverage.culturalStandard.agencies,\
            coverage.culturalStandard.of,coverage.culturalStandard.rate
            SO-KET-2022,,,3,2,0.66667,2,3,2,1,2,2,1,20,20,1,20,20,20,1,20,20,0,0,,0,0,2,2,4,18,0.9,18,20,9,2,1,2,1,3,\
            100,100,100,2,,,,0,,,,0,1,1,1,1,1,1,1,1,1,0,0,0,,0,0,0,,0,0,0,2,1,0.5,1,2,1,1,1,1,1,20,20,1,20,20,20,1,20,\
            20,2,2022-04-28T09:02:11.876Z,0,2,2,1,0,2,0,1,2,0.5,1,2,0.5,0,2,0
            """;
    static final String TREND_70_CSV = """
            roundCode,roundKind,periodEnd,agenciesExpected,agenciesReported,reportingRate.value,\
            reportingRate.numerator,reportingRate.denominator,reportedOnTime,onTimeRate.value,\
            onTimeRate.numerator,onTimeRate.denominator,workforceTotal,participating,participationRate.value,\
            participationRate.numerator,participationRate.denominator,commitmentsSigned,commitmentRate.value,\
            commitmentRate.numerator,commitmentRate.denominator,models,commendations,directives,agenciesMissing,\
            measures.participation.agenciesStating,measures.participation.withCount,\
            measures.participation.withPercentOnly,measures.participation.percentOnlyWithoutBase,\
            measures.participation.rate.value,measures.participation.rate.numerator,\
            measures.participation.rate.denominator,measures.participation.estimated,\
            measures.participation.statedPercent.mean,measures.participation.statedPercent.min,\
            measures.participation.statedPercent.max,measures.participation.statedPercent.at100,\
            measures.commitments.agenciesStating,measures.commitments.withCount,\
            measures.commitments.withPercentOnly,measures.commitments.percentOnlyWithoutBase,\
            measures.commitments.rate.value,measures.commitments.rate.numerator,\
            measures.commitments.rate.denominator,measures.commitments.estimated,\
            measures.commitments.statedPercent.mean,measures.commitments.statedPercent.min,\
            measures.commitments.statedPercent.max,measures.commitments.statedPercent.at100,\
            measures.memberUnitsWithCultureRules.agenciesStating,measures.memberUnitsWithCultureRules.withCount,\
            measures.memberUnitsWithCultureRules.withPercentOnly,\
            measures.memberUnitsWithCultureRules.percentOnlyWithoutBase,\
            measures.memberUnitsWithCultureRules.rate.value,measures.memberUnitsWithCultureRules.rate.numerator,\
            measures.memberUnitsWithCultureRules.rate.denominator,\
            measures.memberUnitsWithCultureRules.estimated,\
            measures.memberUnitsWithCultureRules.statedPercent.mean,\
            measures.memberUnitsWithCultureRules.statedPercent.min,\
            measures.memberUnitsWithCultureRules.statedPercent.max,\
            measures.memberUnitsWithCultureRules.statedPercent.at100,\
            measures.memberUnitsWithPlans.agenciesStating,measures.memberUnitsWithPlans.withCount,\
            measures.memberUnitsWithPlans.withPercentOnly,measures.memberUnitsWithPlans.percentOnlyWithoutBase,\
            measures.memberUnitsWithPlans.rate.value,measures.memberUnitsWithPlans.rate.numerator,\
            measures.memberUnitsWithPlans.rate.denominator,measures.memberUnitsWithPlans.estimated,\
            measures.memberUnitsWithPlans.statedPercent.mean,measures.memberUnitsWithPlans.statedPercent.min,\
            measures.memberUnitsWithPlans.statedPercent.max,measures.memberUnitsWithPlans.statedPercent.at100,\
            modelsNamed,commendationsByForm.PRAISE.INDIVIDUAL,commendationsByYear.2021,emulationTitles,\
            coverage.ownPlan.agencies,coverage.ownPlan.of,coverage.ownPlan.rate,coverage.ownRegulation.agencies,\
            coverage.ownRegulation.of,coverage.ownRegulation.rate,coverage.commitments.agencies,\
            coverage.commitments.of,coverage.commitments.rate,coverage.models.agencies,coverage.models.of,\
            coverage.models.rate,coverage.culturalStandard.agencies,coverage.culturalStandard.of,\
            coverage.culturalStandard.rate
            SO-KET-2022,MIDTERM_REVIEW,2022-03-31,2,1,0.5,1,2,1,1,1,1,20,0,,0,0,20,1,20,20,5,4,1,1,1,0,1,0,1,20,\
            20,true,100,100,100,1,1,1,0,0,1,20,20,false,100,100,100,1,1,0,1,0,0.8,4.8,6,true,80,80,80,0,1,1,0,0,\
            1,6,6,false,100,100,100,1,1,4,4,,1,1,1,0,1,0,1,1,1,1,1,1,0,1,0
            """;
    static final String MISSING_70 = """
            {"items": [{"code": "70.SNV", "name": "Sở Nội vụ tỉnh Bình Phước", "kind": "PROVINCIAL_DEPARTMENT", \
            "blocCode": "TĐS3"}],
             "page": 0, "size": 20, "total": 1}""";
    static final String MISSING_70_CSV = """
            code,name,kind,blocCode
            70.SNV,Sở Nội vụ tỉnh Bình Phước,PROVINCIAL_DEPARTMENT,TĐS3
            """;
}
