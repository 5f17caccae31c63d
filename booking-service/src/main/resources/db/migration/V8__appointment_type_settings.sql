-- Appointment types become editable by admins (POST/PUT /api/booking/appointment-types).
-- A type is never deleted, since appointments keep pointing at it: it is retired (active = false), which takes it
-- out of every list and of new bookings while its existing appointments keep their name and duration.
ALTER TABLE appointment_type ADD COLUMN active boolean NOT NULL DEFAULT true;

-- Two types of the same name would be two identical choices on the booking page and the desk's form.
CREATE UNIQUE INDEX appointment_type_name_unique ON appointment_type (lower(name));
