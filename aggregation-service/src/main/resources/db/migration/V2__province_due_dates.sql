-- Deadlines provinces set for themselves, from RoundUpserted events: on-time counts follow them.
create table round_province_due_date (
  round_code    varchar(40) not null references reporting_round (code),
  province_code varchar(2)  not null,
  due_date      date        not null,
  primary key (round_code, province_code)
);
