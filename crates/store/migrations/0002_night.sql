-- Owldesk schema, version 2: night mode.
--
-- Drafts the assistant prepares for a person (assist and off modes), the timers kept per
-- conversation (a buyer waiting without any reply, the holding reply of the current night),
-- the SLA due time of escalations, and what became of each buyer message (for the morning
-- briefing and the reply statistics). Same conventions as 0001.

CREATE TABLE drafts (
    id              TEXT PRIMARY KEY NOT NULL,
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id      TEXT NOT NULL,
    text            TEXT NOT NULL,
    faq_id          TEXT,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'discarded')),
    created_at_ms   INTEGER NOT NULL,
    decided_at_ms   INTEGER,
    decided_by      TEXT
) STRICT;
CREATE INDEX drafts_by_conversation ON drafts (conversation_id, created_at_ms, id);
CREATE INDEX drafts_pending ON drafts (created_at_ms, id) WHERE status = 'pending';

-- One row per conversation that has had a timer; absent means no timer runs.
CREATE TABLE conversation_timers (
    conversation_id   TEXT PRIMARY KEY NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- The oldest buyer message not followed by any reply to the buyer.
    awaiting_since_ms INTEGER,
    -- A holding reply was sent for the closed period that ends at this time.
    holding_until_ms  INTEGER,
    -- The last reply sent to the buyer.
    last_reply_ms     INTEGER
) STRICT;
CREATE INDEX conversation_timers_awaiting ON conversation_timers (awaiting_since_ms)
    WHERE awaiting_since_ms IS NOT NULL;

ALTER TABLE escalations ADD COLUMN due_at_ms INTEGER;

-- What became of a buyer message: answered by the assistant, drafted for a person, escalated,
-- or waiting for the person who holds the conversation.
ALTER TABLE messages ADD COLUMN outcome TEXT
    CHECK (outcome IS NULL OR outcome IN ('answered', 'drafted', 'escalated', 'waiting'));
CREATE INDEX messages_by_time ON messages (created_at_ms) WHERE direction = 'incoming';
