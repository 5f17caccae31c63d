-- The manage link of each appointment whose patient may still be sent one, kept apart from the messages: the
-- token only sealed (AES-256-GCM under CLINIC_MANAGE_LINK_KEY, as it arrives in the appointment event). Messages
-- are stored with the link withheld ('#token-withheld') and get the token only when they are handed to SMTP or the
-- SMS provider. A row goes when the appointment is cancelled or closed, or (retention job) once it has started.
CREATE TABLE manage_link (
    appointment_id uuid PRIMARY KEY,
    manage_path    text        NOT NULL,
    sealed_token   text        NOT NULL,
    start_at       timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX manage_link_by_start ON manage_link (start_at);

-- What the retention job looks up, so each batch it purges is an index range, not a scan of the table.
CREATE INDEX processed_event_by_age ON processed_event (processed_at);
CREATE INDEX reminder_by_start ON reminder (start_at);
CREATE INDEX notification_bodies_by_age ON notification (created_at)
    WHERE body_text IS NOT NULL OR body_html IS NOT NULL OR attachment IS NOT NULL OR recipient IS NOT NULL;

-- Before this version message bodies and reminder snapshots held manage tokens in the clear. Withhold them: a
-- message still waiting then links to the manage page without the code (the page asks for it), and a reminder of
-- an appointment booked before the upgrade says it carries no link. In HTML bodies the '=' was an entity.
UPDATE notification
SET body_text = regexp_replace(body_text, '#token(=|&#x3D;|&#61;)[A-Za-z0-9_-]+', '#token-withheld', 'g'),
    body_html = regexp_replace(body_html, '#token(=|&#x3D;|&#61;)[A-Za-z0-9_-]+', '#token-withheld', 'g')
WHERE body_text LIKE '%#token%' OR body_html LIKE '%#token%';

UPDATE reminder
SET snapshot = regexp_replace(snapshot, '#token=[A-Za-z0-9_-]+', '', 'g')
WHERE snapshot LIKE '%#token=%';
