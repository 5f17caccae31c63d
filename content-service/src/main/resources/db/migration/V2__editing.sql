-- Editors write content through the API: versions for optimistic concurrency, who saved what, a revision per
-- version, old article addresses that keep working, and publishing at a chosen time.

-- SCHEDULED: waits for publish_at, then the service publishes it by itself (publishing/ScheduledPublisher).
ALTER TABLE articles DROP CONSTRAINT articles_status_check;
ALTER TABLE articles ADD CONSTRAINT articles_status_check CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED'));
ALTER TABLE articles ADD COLUMN publish_at timestamptz;
-- One way only: the demo data's upsert sets status without knowing this column, and must not fail on it.
ALTER TABLE articles ADD CONSTRAINT articles_scheduled_have_time CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL);
-- Who saved last: the staff token's subject. Null for rows written by SQL (the demo data).
ALTER TABLE articles ADD COLUMN updated_by text;
-- The JSON reader refuses longer strings anyway; this keeps a hand-written row within what pages can show.
ALTER TABLE articles ADD CONSTRAINT articles_body_length CHECK (length(body_markdown) <= 100000);

CREATE INDEX articles_due_idx ON articles (publish_at) WHERE status = 'SCHEDULED';

-- One row per version of an article: what it said and who made it so. Written in the transaction that bumps
-- articles.version, so the latest revision is always the article as it stands. Conditions by id: a condition
-- keeps its id if its page is ever renamed.
CREATE TABLE article_revisions (
    article_id              uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version                 integer NOT NULL,
    action                  text NOT NULL CHECK (action IN ('IMPORTED', 'CREATED', 'EDITED', 'RESTORED',
                                                            'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    restored_from           integer,
    saved_by                text NOT NULL,
    saved_at                timestamptz NOT NULL,
    slug                    text NOT NULL,
    title                   text NOT NULL,
    summary                 text NOT NULL,
    body_markdown           text NOT NULL,
    author_id               uuid NOT NULL REFERENCES authors (id),
    tags                    text[] NOT NULL,
    condition_ids           uuid[] NOT NULL,
    cta_appointment_type_id uuid,
    status                  text NOT NULL,
    publish_at              timestamptz,
    PRIMARY KEY (article_id, version)
);

-- Addresses an article had before its slug changed: /articles/{old} answers 301 to the current one. An address
-- belongs to at most one article; an article that takes an old address as its own slug removes it from here.
CREATE TABLE article_old_slugs (
    slug       text PRIMARY KEY,
    article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    retired_at timestamptz NOT NULL
);

CREATE INDEX article_old_slugs_article_idx ON article_old_slugs (article_id);

ALTER TABLE authors ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE authors ADD COLUMN updated_by text;

ALTER TABLE conditions ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE conditions ADD COLUMN updated_by text;
