-- Up Migration
-- The local Direct Line's conversations and histories, shared by every instance: an activity and
-- its conversation's next watermark are written in one statement, so a reader on any instance
-- sees both or neither.
CREATE TABLE directline_conversations (
  id text PRIMARY KEY,
  user_id text NOT NULL,
  locale text,
  started boolean NOT NULL DEFAULT false,
  first_mark bigint NOT NULL DEFAULT 0,
  next_mark bigint NOT NULL DEFAULT 0,
  last_active_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directline_conversations_last_active_at ON directline_conversations (last_active_at);

CREATE TABLE directline_activities (
  conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
  mark bigint NOT NULL,
  activity jsonb NOT NULL,
  PRIMARY KEY (conversation_id, mark)
);

-- Down Migration
DROP TABLE directline_activities;
DROP TABLE directline_conversations;
