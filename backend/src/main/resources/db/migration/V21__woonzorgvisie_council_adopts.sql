-- Why: a gemeente's woonzorgvisie is adopted by its gemeenteraad, not by the region (issue 15). The
-- region reviews the document and gives its akkoord (APPROVED, with a comment); then the gemeente
-- records its council's decision (date and reference), which adopts and freezes the document. The
-- region still adopts its own deelregio documents. Documents adopted before this change keep their
-- status and decision: for a gemeente's document that decision already was the raadsbesluit.
-- Visibility (wzv_document_visible) and the frozen triggers (V9) name only ADOPTED, so an approved
-- document is still the region's and the gemeente's work in progress and changes only by its workflow.
alter table wzv_document drop constraint wzv_document_status_check;
alter table wzv_document add constraint wzv_document_status_check
    check (status in ('CONCEPT', 'IN_REVIEW', 'APPROVED', 'ADOPTED'));

alter table wzv_document
    add column approved_at      timestamptz,
    add column approved_by      text,
    add column approval_comment text check (length(approval_comment) <= 4000);

-- the akkoord names who gave it; only a gemeente's document waits for its council
alter table wzv_document add constraint wzv_document_approved_check
    check (status <> 'APPROVED' or (approved_at is not null and approved_by is not null and municipality_code is not null));
