-- Up Migration
-- How procedure runs ended and the steps they reached: the desk lead's figures, queryable with SQL
-- (the columns) and read back whole by the desk view (the record). No user text is ever here.
CREATE TABLE outcomes (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  procedure_id text NOT NULL,
  outcome text NOT NULL,
  solved boolean,
  rating smallint,
  locale text NOT NULL,
  channel text,
  record jsonb NOT NULL
);
CREATE INDEX outcomes_procedure_at ON outcomes (procedure_id, at);

CREATE TABLE outcome_steps (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  run text NOT NULL,
  procedure_id text NOT NULL,
  step text NOT NULL,
  kind text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX outcome_steps_procedure_step ON outcome_steps (procedure_id, step);

-- Down Migration
DROP TABLE outcome_steps;
DROP TABLE outcomes;
