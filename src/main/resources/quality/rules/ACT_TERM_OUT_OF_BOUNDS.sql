-- A term set by the prosecutor outside what the law allows (or where the law sets no term at all).
-- over act
-- when
a.term_days IS NOT NULL AND a.effective_term_days IS DISTINCT FROM a.term_days
-- then
SELECT 'term_days', a.term_days::text, coalesce(a.effective_term_days::text, '—'), a.term_days::text,
       a.term_days::text
