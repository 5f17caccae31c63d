-- Images editors upload for articles, kept in the database rather than on an instance's disk so that every instance
-- serves every image. Only re-encoded pixels are stored, never the uploaded file: no metadata (camera, GPS
-- position, comments) reaches a reader, and nothing but a decodable PNG, JPEG or WebP is ever kept.
CREATE TABLE images (
    id          uuid PRIMARY KEY,
    alt_text    text NOT NULL CHECK (length(alt_text) BETWEEN 1 AND 300),
    -- The uploaded file's name, only to help editors recognize their images in the list.
    file_name   text NOT NULL CHECK (length(file_name) <= 200),
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL
);

CREATE INDEX images_newest_idx ON images (uploaded_at DESC);

-- The encodings of an image: 'full' (at most 2400 px on its long side) and 'web' (at most 1200 px wide). A variant
-- never changes once written, which is what lets its address be cached for a year. file_name is the last part of
-- that address ("web-1200x800.jpg"): it says the size, so pages can reserve the space before the image arrives.
CREATE TABLE image_variants (
    image_id   uuid NOT NULL REFERENCES images (id) ON DELETE CASCADE,
    variant    text NOT NULL CHECK (variant IN ('full', 'web')),
    file_name  text NOT NULL,
    media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    width      integer NOT NULL CHECK (width > 0),
    height     integer NOT NULL CHECK (height > 0),
    bytes      bytea NOT NULL,
    PRIMARY KEY (image_id, variant),
    UNIQUE (image_id, file_name)
);
