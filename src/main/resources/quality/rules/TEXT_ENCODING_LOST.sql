-- Text that lost its Kazakh letters: a file saved in Windows-1251, which has no ә, і, ң, ғ, ү, ұ, қ, ө, һ, holds «?»
-- in their place: a «?» followed by a letter, which punctuation never is. One finding per file: how many of its rows,
-- and the first of them.
WITH lost AS (
    SELECT r.submission_id, r.row_number, r.addressee
    FROM act_row r
    JOIN submission s ON s.id = r.submission_id
    WHERE s.is_current AND s.period = :period_start AND r.period = :period_start
      AND r.addressee ~ '\?[А-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһA-Za-z]'
), per_file AS (
    SELECT submission_id, count(*) AS rows, min(row_number) AS first_row FROM lost GROUP BY submission_id
)
SELECT s.unit_code, s.id, s.file_name, f.row_number, 'addressee', f.addressee, p.rows::text, NULL, NULL
FROM per_file p
JOIN lost f ON f.submission_id = p.submission_id AND f.row_number = p.first_row
JOIN submission s ON s.id = p.submission_id
