-- Demo clinic: fictional practitioners, the appointment types of the product brief and weekly hours with a
-- lunch break. Idempotent, so it can run on every start; operators disable it with CLINIC_DEMO_DATA=false.
INSERT INTO practitioner (id, name, credentials, title) VALUES
    ('22222222-0000-0000-0000-000000000001', 'Jordan Okafor', 'DPT, OCS', 'Physical Therapist'),
    ('22222222-0000-0000-0000-000000000002', 'Dr. Maya Lin', 'DC', 'Chiropractor'),
    ('22222222-0000-0000-0000-000000000003', 'Priya Raman', 'PT, DPT', 'Physical Therapist')
ON CONFLICT (id) DO NOTHING;

INSERT INTO appointment_type (id, name, description, duration_minutes, buffer_minutes, online_bookable, sort_order) VALUES
    ('11111111-0000-0000-0000-000000000001', 'Initial evaluation',
     'A full assessment of your history, movement and goals, and a first treatment plan.', 60, 15, true, 1),
    ('11111111-0000-0000-0000-000000000002', 'Follow-up visit',
     'Treatment and exercise progression for patients already under care.', 45, 0, true, 2),
    ('11111111-0000-0000-0000-000000000003', 'Chiropractic adjustment',
     'A focused visit for spinal or joint manipulation.', 30, 0, true, 3),
    ('11111111-0000-0000-0000-000000000004', 'Spinal decompression',
     'A session of mechanical traction therapy for disc-related back or neck pain.', 30, 15, true, 4),
    ('11111111-0000-0000-0000-000000000005', 'Free phone consultation',
     'Fifteen minutes on the phone to ask whether we can help before you book a visit.', 15, 0, true, 5)
-- Any conflict, not only the id's: an admin may have since named another type like one of these.
ON CONFLICT DO NOTHING;

INSERT INTO practitioner_appointment_type (practitioner_id, appointment_type_id) VALUES
    ('22222222-0000-0000-0000-000000000001', '11111111-0000-0000-0000-000000000001'),
    ('22222222-0000-0000-0000-000000000001', '11111111-0000-0000-0000-000000000002'),
    ('22222222-0000-0000-0000-000000000001', '11111111-0000-0000-0000-000000000005'),
    ('22222222-0000-0000-0000-000000000002', '11111111-0000-0000-0000-000000000001'),
    ('22222222-0000-0000-0000-000000000002', '11111111-0000-0000-0000-000000000003'),
    ('22222222-0000-0000-0000-000000000002', '11111111-0000-0000-0000-000000000004'),
    ('22222222-0000-0000-0000-000000000002', '11111111-0000-0000-0000-000000000005'),
    ('22222222-0000-0000-0000-000000000003', '11111111-0000-0000-0000-000000000001'),
    ('22222222-0000-0000-0000-000000000003', '11111111-0000-0000-0000-000000000002'),
    ('22222222-0000-0000-0000-000000000003', '11111111-0000-0000-0000-000000000004')
ON CONFLICT DO NOTHING;

-- Monday to Friday with a lunch hour; Dr. Lin works late on Tuesday and Thursday and on Saturday mornings.
INSERT INTO working_hours (practitioner_id, day_of_week, start_time, end_time)
SELECT p.id, d.day, h.start_time, h.end_time
FROM (VALUES ('22222222-0000-0000-0000-000000000001'::uuid), ('22222222-0000-0000-0000-000000000003'::uuid)) AS p (id)
CROSS JOIN generate_series(1, 5) AS d (day)
CROSS JOIN (VALUES ('08:00'::time, '12:00'::time), ('13:00'::time, '17:00'::time)) AS h (start_time, end_time)
ON CONFLICT DO NOTHING;

INSERT INTO working_hours (practitioner_id, day_of_week, start_time, end_time) VALUES
    ('22222222-0000-0000-0000-000000000002', 1, '09:00', '12:30'),
    ('22222222-0000-0000-0000-000000000002', 1, '13:30', '17:00'),
    ('22222222-0000-0000-0000-000000000002', 2, '11:00', '14:00'),
    ('22222222-0000-0000-0000-000000000002', 2, '15:00', '19:00'),
    ('22222222-0000-0000-0000-000000000002', 3, '09:00', '12:30'),
    ('22222222-0000-0000-0000-000000000002', 3, '13:30', '17:00'),
    ('22222222-0000-0000-0000-000000000002', 4, '11:00', '14:00'),
    ('22222222-0000-0000-0000-000000000002', 4, '15:00', '19:00'),
    ('22222222-0000-0000-0000-000000000002', 6, '09:00', '12:00')
ON CONFLICT DO NOTHING;
