-- Owldesk schema, version 1.
--
-- Released migrations are never edited: change the schema by adding 0002_*.sql and listing it in
-- src/lib.rs. Conventions: timestamps are INTEGER Unix milliseconds in `*_ms` columns, enums are
-- snake_case TEXT with a CHECK, structured values are JSON TEXT in `*_json` columns. Tables are
-- STRICT so a wrongly typed value is refused instead of silently stored.

CREATE TABLE customers (
    id            TEXT PRIMARY KEY NOT NULL,
    display_name  TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE customer_identities (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    external_id TEXT NOT NULL,
    position    INTEGER NOT NULL,
    UNIQUE (channel, external_id)
) STRICT;
CREATE INDEX customer_identities_by_customer ON customer_identities (customer_id, position);

CREATE TABLE conversations (
    id               TEXT PRIMARY KEY NOT NULL,
    customer_id      TEXT NOT NULL REFERENCES customers (id),
    customer         TEXT NOT NULL,
    channel          TEXT NOT NULL,
    status           TEXT NOT NULL
        CHECK (status IN ('pending', 'open', 'snoozed', 'resolved')),
    priority         TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    assignee         TEXT,
    waiting_since_ms INTEGER,
    snoozed_until_ms INTEGER,
    order_json       TEXT CHECK (order_json IS NULL OR json_valid(order_json)),
    order_id         TEXT GENERATED ALWAYS AS (json_extract(order_json, '$.id')) VIRTUAL,
    offered_json     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(offered_json)),
    last_text        TEXT,
    created_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL
) STRICT;
CREATE INDEX conversations_by_customer
    ON conversations (customer_id, channel, created_at_ms DESC, id DESC);
CREATE INDEX conversations_by_activity ON conversations (updated_at_ms DESC, id DESC);
CREATE INDEX conversations_by_status ON conversations (status, updated_at_ms DESC, id DESC);
CREATE INDEX conversations_by_snooze ON conversations (snoozed_until_ms)
    WHERE status = 'snoozed';

-- `seq` is the insertion order (an alias of the rowid, so VACUUM keeps it) and the list cursor.
CREATE TABLE messages (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'activity')),
    author          TEXT NOT NULL CHECK (author IN ('customer', 'assistant', 'agent', 'system')),
    kind            TEXT NOT NULL CHECK (kind IN ('text', 'image', 'video', 'file')),
    text            TEXT NOT NULL,
    media_url       TEXT,
    external_id     TEXT,
    agent           TEXT,
    private         INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    decision_json   TEXT CHECK (decision_json IS NULL OR json_valid(decision_json)),
    created_at_ms   INTEGER NOT NULL,
    -- Redelivery of the same channel message is refused; NULL external ids never collide.
    UNIQUE (channel, external_id)
) STRICT;
CREATE INDEX messages_by_conversation ON messages (conversation_id, seq DESC);
-- Buyer messages stored but not yet decided (a crash between the two steps): resumed at start.
CREATE INDEX messages_undecided ON messages (seq)
    WHERE direction = 'incoming' AND decision_json IS NULL;

CREATE TABLE escalations (
    id               TEXT PRIMARY KEY NOT NULL,
    conversation_id  TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id       TEXT NOT NULL,
    reason           TEXT NOT NULL
        CHECK (reason IN ('anger', 'after_sale', 'media', 'human', 'unknown', 'rule')),
    rule             TEXT,
    status           TEXT NOT NULL CHECK (status IN ('open', 'snoozed', 'resolved')),
    priority         TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    summary          TEXT NOT NULL,
    created_at_ms    INTEGER NOT NULL,
    resolved_at_ms   INTEGER,
    snoozed_until_ms INTEGER
) STRICT;
CREATE INDEX escalations_by_conversation
    ON escalations (conversation_id, created_at_ms DESC, id DESC);
CREATE INDEX escalations_by_time ON escalations (created_at_ms DESC, id DESC);
CREATE INDEX escalations_by_status ON escalations (status, created_at_ms DESC, id DESC);

CREATE TABLE faq_entries (
    id               TEXT PRIMARY KEY NOT NULL,
    question         TEXT NOT NULL,
    paraphrases_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(paraphrases_json)),
    answer           TEXT NOT NULL,
    variants_json    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(variants_json)),
    tags_json        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags_json)),
    enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    position         INTEGER NOT NULL,
    hits             INTEGER NOT NULL DEFAULT 0 CHECK (hits >= 0),
    last_hit_ms      INTEGER,
    created_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL
) STRICT;
CREATE INDEX faq_entries_by_position ON faq_entries (position, id);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value_json TEXT NOT NULL CHECK (json_valid(value_json))
) STRICT;

CREATE TABLE rules (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    event           TEXT NOT NULL CHECK (event IN ('message_received')),
    conditions_json TEXT NOT NULL CHECK (json_valid(conditions_json)),
    actions_json    TEXT NOT NULL CHECK (json_valid(actions_json)),
    enabled         INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    position        INTEGER NOT NULL
) STRICT;
CREATE INDEX rules_by_position ON rules (position, id);

CREATE TABLE orders (
    id            TEXT PRIMARY KEY NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('no_order', 'awaiting_payment', 'awaiting_group',
        'awaiting_shipment', 'shipped', 'partly_shipped', 'completed', 'closed', 'cancelled')),
    tracking_no   TEXT,
    carrier       TEXT,
    items_json    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(items_json)),
    updated_at_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE products (
    id    TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    price TEXT
) STRICT;

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    detail_json TEXT NOT NULL CHECK (json_valid(detail_json))
) STRICT;
