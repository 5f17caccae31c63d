-- Front desk search as you type (issue 9): besides name prefixes (V3), an email prefix and the last digits of a
-- phone are answered by index range scans, so 50,000 patients cost what 50 do. Phones are E.164; read backwards,
-- "ends in 0123" becomes a prefix.
CREATE INDEX patient_email_prefix ON patient (lower(email) text_pattern_ops);
CREATE INDEX patient_phone_suffix ON patient (reverse(phone) text_pattern_ops);
