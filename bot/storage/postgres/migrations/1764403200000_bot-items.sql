-- Up Migration
-- Every record botbuilder's Storage interface keeps (conversation state, Web Chat histories,
-- tickets…), one row per key. The eTag is random, not a counter: a key deleted and written again
-- must not take back an eTag a stale writer still holds.
CREATE TABLE bot_items (
  key text PRIMARY KEY,
  item jsonb NOT NULL,
  etag text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Retention deletes what was not written for RETENTION_DAYS.
CREATE INDEX bot_items_updated_at ON bot_items (updated_at);

-- Down Migration
DROP TABLE bot_items;
