-- content-service schema: authors, articles with full-text search, tags, conditions.
-- Appointment type ids belong to booking-service; they are stored here without foreign keys
-- because each service owns its own database.

CREATE TABLE authors (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    credentials text NOT NULL DEFAULT '',
    bio         text NOT NULL DEFAULT ''
);

CREATE TABLE articles (
    id                      uuid PRIMARY KEY,
    slug                    text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary                 text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000),
    body_markdown           text NOT NULL DEFAULT '',
    status                  text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    author_id               uuid NOT NULL REFERENCES authors (id),
    cta_appointment_type_id uuid,
    published_at            timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    -- For optimistic locking and event versions once editors can write.
    version                 integer NOT NULL DEFAULT 0,
    -- Weighted so a match in the title outranks one buried in the body. The two-argument
    -- to_tsvector with a constant configuration is immutable, which a generated column needs.
    search                  tsvector GENERATED ALWAYS AS (
                                setweight(to_tsvector('english', title), 'A')
                                || setweight(to_tsvector('english', summary), 'B')
                                || setweight(to_tsvector('english', body_markdown), 'C')) STORED,
    CONSTRAINT articles_published_have_date CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_published_idx ON articles (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX articles_author_idx ON articles (author_id);

CREATE TABLE article_tags (
    article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag        text NOT NULL CHECK (tag ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(tag) <= 60),
    PRIMARY KEY (article_id, tag)
);

CREATE INDEX article_tags_tag_idx ON article_tags (tag);

CREATE TABLE conditions (
    id                              uuid PRIMARY KEY,
    slug                            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    name                            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    summary                         text NOT NULL DEFAULT '',
    symptoms                        text[] NOT NULL DEFAULT '{}',
    treatments                      text[] NOT NULL DEFAULT '{}',
    recommended_appointment_type_id uuid,
    updated_at                      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_conditions (
    article_id   uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    condition_id uuid NOT NULL REFERENCES conditions (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, condition_id)
);

CREATE INDEX article_conditions_condition_idx ON article_conditions (condition_id);
