-- An agency in valid time (issue 22): each state of its name, kind, province, parent, successor,
-- bloc and staffing holds from its effective_from until the next state's. The first state holds
-- from the agency's beginning, written as 0001-01-01 so that the key needs no null. A round reads
-- every agency as it was at its period's end. The agency row keeps the state in force today, what
-- lists, scopes and reminders read; validity (valid_from, valid_to) and e-mail are the agency's own.
create table agency_state (
  agency_code    varchar(40)  not null references agency (code),
  effective_from date         not null,
  name           varchar(300) not null,
  kind           varchar(30)  not null,
  province_code  varchar(2)   not null,
  parent_code    varchar(40),
  successor_code varchar(40),
  bloc_code      varchar(40),
  staffing       integer,
  recorded_at    timestamptz  not null,
  primary key (agency_code, effective_from)
);

insert into agency_state (agency_code, effective_from, name, kind, province_code, parent_code, successor_code,
                          bloc_code, staffing, recorded_at)
select code, date '0001-01-01', name, kind, province_code, parent_code, successor_code, bloc_code, staffing,
       updated_at
from agency;
