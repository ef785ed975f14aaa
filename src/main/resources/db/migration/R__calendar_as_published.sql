-- What the calendar offers the other features, who read it through these views and never its tables: each day as the
-- office's calendar says it (working or not, why, and its note in both languages), and each year loaded, with whether
-- it is provisional. The deadlines are counted on these days; pages and reports say what a term's last day was.
CREATE OR REPLACE VIEW calendar_day_said AS
SELECT day, is_working, kind, note_kk, note_ru FROM calendar_day;

CREATE OR REPLACE VIEW calendar_year_loaded AS
SELECT year, provisional FROM calendar_year;
