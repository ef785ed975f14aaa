-- Failed sign-ins, per account name, kept for the throttle's window (docs/web-and-api.md, "Security"): in the database
-- rather than in memory so that every server of a cluster counts the same attempts.
CREATE TABLE sign_in_failure (
    username  varchar(200) NOT NULL,
    failed_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failure_by_name ON sign_in_failure (username, failed_at);
