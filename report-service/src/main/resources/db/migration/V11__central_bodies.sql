-- Central bodies (issue 22): ministries and central agencies report too (QĐ 733/QĐ-TTg covers
-- them) and have no province; they count in the national statistics only. Every other agency
-- keeps its province.
alter table agency alter column province_code drop not null;
alter table agency add constraint agency_province_unless_central
  check ((kind in ('MINISTRY', 'CENTRAL_AGENCY')) = (province_code is null));
alter table agency_state alter column province_code drop not null;
alter table agency_state add constraint agency_state_province_unless_central
  check ((kind in ('MINISTRY', 'CENTRAL_AGENCY')) = (province_code is null));
alter table report alter column province_code drop not null;
