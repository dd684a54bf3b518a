-- Health Connect's export database, as its tables are laid out on Android 14+: times are
-- milliseconds since 1970 UTC, zone offsets seconds, values in storage units (grams,
-- metres, mmol/L). Written for HealthDesk's tests (a person in Europe/Berlin around the
-- end of summer time, 26 October 2025 03:00 CEST -> 02:00 CET).
CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY, package_name TEXT, app_name TEXT);
INSERT INTO application_info_table VALUES (1, 'com.omronhealthcare.omronconnect', 'OMRON connect'), (2, 'com.sec.android.app.shealth', 'Samsung Health'), (3, 'com.google.android.apps.fitness', 'Fit');
CREATE TABLE device_info_table (row_id INTEGER PRIMARY KEY, manufacturer TEXT, model TEXT, device_type INTEGER);
INSERT INTO device_info_table VALUES (1, 'samsung', 'SM-S911B', 1);
CREATE TABLE blood_pressure_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, systolic REAL NOT NULL, diastolic REAL NOT NULL, body_position INTEGER, measurement_location INTEGER);
-- the same morning reading written by the monitor's app and by Samsung Health
INSERT INTO blood_pressure_record_table (app_info_id, time, zone_offset, systolic, diastolic) VALUES (1, 1761287400000, 7200, 132.0, 84.0);
INSERT INTO blood_pressure_record_table (app_info_id, time, zone_offset, systolic, diastolic) VALUES (2, 1761287400000, 7200, 132.0, 84.0);
INSERT INTO blood_pressure_record_table (app_info_id, time, zone_offset, systolic, diastolic) VALUES (1, 1761461100000, 3600, 128.0, 80.0);
CREATE TABLE weight_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, weight REAL NOT NULL);
INSERT INTO weight_record_table (app_info_id, time, zone_offset, weight) VALUES (2, 1761369000000, 7200, 72400.0);
CREATE TABLE height_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, height REAL NOT NULL);
INSERT INTO height_record_table (app_info_id, time, zone_offset, height) VALUES (2, 1735725600000, 3600, 1.68);
CREATE TABLE blood_glucose_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, specimen_source INTEGER, level REAL NOT NULL, relation_to_meal INTEGER, meal_type INTEGER);
-- relation_to_meal: 2 fasting, 4 after a meal; 70 mmol/L is past any meter's range
INSERT INTO blood_glucose_record_table (app_info_id, time, zone_offset, level, relation_to_meal) VALUES (2, 1761369300000, 7200, 5.8, 2);
INSERT INTO blood_glucose_record_table (app_info_id, time, zone_offset, level, relation_to_meal) VALUES (2, 1761392400000, 7200, 8.1, 4);
INSERT INTO blood_glucose_record_table (app_info_id, time, zone_offset, level, relation_to_meal) VALUES (2, 1761458400000, 3600, 70.0, 0);
CREATE TABLE oxygen_saturation_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, percentage REAL NOT NULL);
INSERT INTO oxygen_saturation_record_table (app_info_id, time, zone_offset, percentage) VALUES (2, 1761429600000, 7200, 96.0);
CREATE TABLE body_temperature_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, measurement_location INTEGER, temperature REAL NOT NULL);
INSERT INTO body_temperature_record_table (app_info_id, time, zone_offset, temperature) VALUES (2, 1761462000000, 3600, 37.2);
CREATE TABLE resting_heart_rate_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, time INTEGER NOT NULL, zone_offset INTEGER, local_date INTEGER, beats_per_minute INTEGER NOT NULL);
INSERT INTO resting_heart_rate_record_table (app_info_id, time, zone_offset, beats_per_minute) VALUES (2, 1761364800000, 7200, 58);
CREATE TABLE heart_rate_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER);
INSERT INTO heart_rate_record_table (row_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset) VALUES (1, 2, 1761440280000, 7200, 1761440520000, 3600);
CREATE TABLE heart_rate_record_series_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, beats_per_minute INTEGER NOT NULL, epoch_millis INTEGER NOT NULL, parent_key INTEGER NOT NULL REFERENCES heart_rate_record_table (row_id));
INSERT INTO heart_rate_record_series_table (beats_per_minute, epoch_millis, parent_key) VALUES (61, 1761440285000, 1);
INSERT INTO heart_rate_record_series_table (beats_per_minute, epoch_millis, parent_key) VALUES (62, 1761440320000, 1);
INSERT INTO heart_rate_record_series_table (beats_per_minute, epoch_millis, parent_key) VALUES (63, 1761440350000, 1);
INSERT INTO heart_rate_record_series_table (beats_per_minute, epoch_millis, parent_key) VALUES (64, 1761440400000, 1);
INSERT INTO heart_rate_record_series_table (beats_per_minute, epoch_millis, parent_key) VALUES (65, 1761440490000, 1);
CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER, count INTEGER NOT NULL);
-- Fit (app 3) and Samsung Health (app 2) both counted the morning walk; 22:30 UTC is
-- already the 26th in Berlin
INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (3, 1761379200000, 7200, 1761382800000, 7200, 3200);
INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (3, 1761427800000, 7200, 1761428700000, 7200, 400);
INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (3, 1761431400000, 7200, 1761432000000, 7200, 150);
INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (2, 1761379200000, 7200, 1761382800000, 7200, 3000);
INSERT INTO steps_record_table (app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (2, 1761472800000, 7200, 1761476400000, 7200, 2000);
CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER, notes TEXT, title TEXT);
INSERT INTO sleep_session_record_table (row_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset) VALUES (1, 2, 1761428400000, 7200, 1761457800000, 3600), (2, 2, 1761483600000, 3600, 1761485400000, 3600);
CREATE TABLE sleep_stages_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, stage_start_time INTEGER NOT NULL, stage_end_time INTEGER NOT NULL, stage_type INTEGER NOT NULL, parent_key INTEGER NOT NULL REFERENCES sleep_session_record_table (row_id));
-- stage_type: 1 awake, 4 light, 5 deep, 6 REM
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761428400000, 1761429300000, 1, 1);
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761429300000, 1761440100000, 4, 1);
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761440100000, 1761443700000, 5, 1);
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761443700000, 1761449100000, 6, 1);
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761449100000, 1761449700000, 1, 1);
INSERT INTO sleep_stages_table (stage_start_time, stage_end_time, stage_type, parent_key) VALUES (1761449700000, 1761457800000, 4, 1);
CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER, exercise_type INTEGER, title TEXT);
INSERT INTO exercise_session_record_table (app_info_id, start_time, end_time, exercise_type) VALUES (3, 1761379200000, 1761382800000, 79);
CREATE TABLE total_calories_burned_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER, energy REAL NOT NULL);
INSERT INTO total_calories_burned_record_table (app_info_id, start_time, end_time, energy) VALUES (3, 1761350400000, 1761436800000, 2100000.0), (3, 1761436800000, 1761523200000, 1900000.0);
CREATE TABLE nutrition_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB, last_modified_time INTEGER, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER, energy REAL);
