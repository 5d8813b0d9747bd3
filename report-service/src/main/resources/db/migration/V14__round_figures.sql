-- The codes of the figures a round asks for, in the order given; null: the movement's standard set.
alter table reporting_round add column figures text[];
