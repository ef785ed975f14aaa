-- A term set by the prosecutor outside what the law allows (or where the law sets no term at all).
SELECT a.unit_code, a.submission_id, a.file_name, a.row_number, 'term_days', a.term_days::text,
       coalesce(a.effective_term_days::text, '—'), a.term_days::text, a.term_days::text
FROM act a
WHERE a.period = :period_start AND a.term_days IS NOT NULL
  AND a.effective_term_days IS DISTINCT FROM a.term_days
