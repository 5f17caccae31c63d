-- What ConsumerFaultsIT's listener writes: each value it processed, once.
CREATE TABLE handled (record_value text PRIMARY KEY);
