-- Why an export failed is read by whoever asked, in the language of their page or API call, as every other
-- message: it is kept in both. Reasons recorded before were one text; both columns keep it.
ALTER TABLE export_request RENAME COLUMN failure TO failure_ru;
ALTER TABLE export_request ADD COLUMN failure_kk text;
UPDATE export_request SET failure_kk = failure_ru WHERE failure_ru IS NOT NULL;
ALTER TABLE export_request ADD CHECK ((failure_kk IS NULL) = (failure_ru IS NULL));
