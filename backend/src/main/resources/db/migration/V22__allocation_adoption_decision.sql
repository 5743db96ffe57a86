-- Why: adopting a verdeling is a decision of a body of the region (e.g. the Portefeuillehoudersoverleg
-- Wonen) with a date and a reference, and the numbers end up in council notes that cite it (issue 15).
-- The adoption now records that besluit with the model; every adoption from now on must carry it.
-- Models adopted before this change have none, so the rule is added without checking them (not
-- valid): they stay as they were, and the frozen trigger (V9) keeps them so.
alter table allocation_model
    add column decision_date      date,
    add column decision_reference text check (length(decision_reference) between 1 and 200),
    add column decision_body      text check (length(decision_body) between 1 and 200);

alter table allocation_model add constraint allocation_model_decision_check
    check (status <> 'ADOPTED' or (decision_date is not null and decision_reference is not null and decision_body is not null))
    not valid;
