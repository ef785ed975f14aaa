-- A term written by the prosecutor that the act does not take as written: outside the bounds the law puts on it
-- (counted with the bound), or where the law lets the prosecutor set no term (ignored). Names the act, the written
-- term and what was counted instead.
-- over act
-- when
a.term_days IS NOT NULL AND (a.term_bound IS NOT NULL OR a.term_unit IS DISTINCT FROM 'CALENDAR_DAYS'
                             OR a.term IS DISTINCT FROM a.term_days)
-- then
SELECT 'term_days', a.term_days::text, coalesce(a.term::text, '—'),
       format('%s: %s күн, %s', a.act_id, a.term_days,
              CASE WHEN a.term_bound IS NOT NULL AND a.term_days < a.term_bound
                       THEN format('заң бойынша кемінде %s күн: %s күн есептелді', a.term_bound, a.term_bound)
                   WHEN a.term_bound IS NOT NULL
                       THEN format('заң бойынша ең көбі %s күн: %s күн есептелді', a.term_bound, a.term_bound)
                   ELSE 'заң бұл актіге прокурордың мерзімін көздемейді: ескерілмеді' END),
       format('%s: %s дн., %s', a.act_id, a.term_days,
              CASE WHEN a.term_bound IS NOT NULL AND a.term_days < a.term_bound
                       THEN format('по закону не менее %s дн.: учтено %s дн.', a.term_bound, a.term_bound)
                   WHEN a.term_bound IS NOT NULL
                       THEN format('по закону не более %s дн.: учтено %s дн.', a.term_bound, a.term_bound)
                   ELSE 'закон не предусматривает для этого акта срок прокурора: не учтён' END)
