-- Statutory response terms per act type, as data with effective dates (domain.md): a new version of the
-- law is a new row with its valid_from, applied to acts issued from that day on.

CREATE TABLE deadline_rule (
    act_type                 varchar(32) NOT NULL,
    valid_from               date        NOT NULL,
    valid_to                 date,
    -- statutory term in calendar days when the prosecutor sets none; NULL: no term unless one is set
    response_days            integer     CHECK (response_days > 0),
    -- whether the act's own term_days applies, and the bounds the law puts on it
    prescribed_term_allowed  boolean     NOT NULL,
    prescribed_min_days      integer,
    prescribed_max_days      integer,
    -- results and measures reported to the prosecutor within N working days after consideration
    report_working_days      integer     CHECK (report_working_days > 0),
    legal_basis              text        NOT NULL,
    PRIMARY KEY (act_type, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

INSERT INTO deadline_rule VALUES
('PROTEST',     '2011-01-01', NULL, 10,   true,  10,   NULL, NULL, 'Law No. 374-IV, art. 19(3)'),
('SUBMISSION',  '2011-01-01', NULL, 30,   true,  NULL, 30,   3,    'Law No. 374-IV, art. 25(2)'),
('WARNING',     '2011-01-01', NULL, NULL, false, NULL, NULL, NULL, 'Law No. 374-IV, art. 25-1'),
('APPEAL',      '2011-01-01', NULL, NULL, false, NULL, NULL, NULL, 'Law No. 374-IV, art. 25-2'),
('EXPLANATION', '2011-01-01', NULL, NULL, false, NULL, NULL, NULL, 'Law No. 374-IV, art. 26'),
('INSTRUCTION', '2011-01-01', NULL, NULL, true,  NULL, NULL, NULL, 'term set by the prosecutor'),
('RESOLUTION',  '2011-01-01', NULL, NULL, true,  NULL, NULL, NULL, 'term set by the prosecutor'),
('DEMAND',      '2011-01-01', NULL, NULL, true,  NULL, NULL, NULL, 'term set by the prosecutor; Law No. 374-IV, art. 6(3)');
