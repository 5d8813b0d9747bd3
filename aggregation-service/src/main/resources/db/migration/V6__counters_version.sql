-- The version of the counters the statistics cells hold (StatisticsCalculator.COUNTERS_VERSION). A
-- release that adds counters raises it; the first batch after the upgrade then computes every cell
-- again from the reports held, so no rebuild from the topics is needed. Cells kept before this
-- column existed hold version 1: they lack the coverage counters.
alter table read_model add column counters_version integer not null default 1;
