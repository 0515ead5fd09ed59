-- The schema of WOPdesk's local database, written by wopdesk.storage.schema.
-- revision: 0017_period_default
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE indicator (
	framework VARCHAR NOT NULL, 
	code VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	unit VARCHAR NOT NULL, 
	formula TEXT, 
	better_when VARCHAR(40) NOT NULL, 
	benchmark FLOAT, 
	benchmark_source TEXT, 
	min_value FLOAT, 
	max_value FLOAT, 
	builtin BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, partnership_id VARCHAR(36) REFERENCES partnership (id), 
	PRIMARY KEY (id)
);
CREATE INDEX ix_indicator_code ON indicator (code);
CREATE TABLE local_setting (
	"key" VARCHAR(80) NOT NULL, 
	value JSON, 
	PRIMARY KEY ("key")
);
CREATE TABLE utility (
	name VARCHAR NOT NULL, 
	country VARCHAR NOT NULL, 
	region VARCHAR, 
	kind VARCHAR(40) NOT NULL, 
	population_served INTEGER, 
	connections INTEGER, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE person (
	name VARCHAR NOT NULL, 
	utility_id VARCHAR(36), 
	job_title VARCHAR, 
	email VARCHAR, 
	phone VARCHAR, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(utility_id) REFERENCES utility (id)
);
CREATE INDEX ix_person_utility_id ON person (utility_id);
CREATE TABLE attachment (
	partnership_id VARCHAR(36) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	file_name VARCHAR NOT NULL, 
	media_type VARCHAR NOT NULL, 
	size INTEGER NOT NULL, 
	caption TEXT, 
	owner_entity VARCHAR NOT NULL, 
	owner_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_attachment_owner_id ON attachment (owner_id);
CREATE INDEX ix_attachment_partnership_id ON attachment (partnership_id);
CREATE INDEX ix_attachment_sha256 ON attachment (sha256);
CREATE TABLE "conflict" (
	partnership_id VARCHAR(36), 
	entity VARCHAR NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR NOT NULL, 
	kept_value JSON, 
	set_aside_value JSON, 
	kept_stamp VARCHAR, 
	set_aside_stamp VARCHAR, 
	kept_by VARCHAR, 
	set_aside_by VARCHAR, 
	resolved BOOLEAN NOT NULL, 
	resolved_at DATETIME, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_conflict_partnership_id ON "conflict" (partnership_id);
CREATE INDEX ix_conflict_row_id ON "conflict" (row_id);
CREATE TABLE improvement_track (
	partnership_id VARCHAR(36) NOT NULL, 
	title VARCHAR NOT NULL, 
	working_area VARCHAR(40) NOT NULL, 
	mentor_lead_id VARCHAR(36), 
	mentee_lead_id VARCHAR(36), 
	team TEXT, 
	initial_situation TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mentee_lead_id) REFERENCES person (id), 
	FOREIGN KEY(mentor_lead_id) REFERENCES person (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_improvement_track_mentee_lead_id ON improvement_track (mentee_lead_id);
CREATE INDEX ix_improvement_track_mentor_lead_id ON improvement_track (mentor_lead_id);
CREATE INDEX ix_improvement_track_partnership_id ON improvement_track (partnership_id);
CREATE TABLE indicator_reading (
	partnership_id VARCHAR(36) NOT NULL, 
	utility_id VARCHAR(36) NOT NULL, 
	indicator_id VARCHAR(36) NOT NULL, 
	period DATE NOT NULL, 
	value FLOAT NOT NULL, 
	confidence VARCHAR(40) NOT NULL, 
	source VARCHAR, 
	note TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(indicator_id) REFERENCES indicator (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(utility_id) REFERENCES utility (id)
);
CREATE INDEX ix_indicator_reading_indicator_id ON indicator_reading (indicator_id);
CREATE INDEX ix_indicator_reading_partnership_id ON indicator_reading (partnership_id);
CREATE INDEX ix_indicator_reading_utility_id ON indicator_reading (utility_id);
CREATE INDEX ix_reading_series ON indicator_reading (utility_id, indicator_id, period);
CREATE TABLE membership (
	person_id VARCHAR(36) NOT NULL, 
	partnership_id VARCHAR(36) NOT NULL, 
	role VARCHAR(40) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);
CREATE INDEX ix_membership_partnership_id ON membership (partnership_id);
CREATE INDEX ix_membership_person_id ON membership (person_id);
CREATE TABLE capacity_assessment (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36), 
	date DATE NOT NULL, 
	dimension VARCHAR(40) NOT NULL, 
	degree INTEGER NOT NULL, 
	contribution INTEGER NOT NULL, 
	assessed_by VARCHAR(40) NOT NULL, 
	obstacles TEXT, 
	contributing_factors TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id)
);
CREATE INDEX ix_capacity_assessment_partnership_id ON capacity_assessment (partnership_id);
CREATE INDEX ix_capacity_assessment_track_id ON capacity_assessment (track_id);
CREATE TABLE diagnosis_finding (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36), 
	visit_id VARCHAR(36), 
	area VARCHAR(40) NOT NULL, 
	finding TEXT NOT NULL, 
	root_cause TEXT, 
	evidence TEXT, 
	priority VARCHAR(40) NOT NULL, 
	agreed_date DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id), 
	FOREIGN KEY(visit_id) REFERENCES site_visit (id)
);
CREATE INDEX ix_diagnosis_finding_partnership_id ON diagnosis_finding (partnership_id);
CREATE INDEX ix_diagnosis_finding_track_id ON diagnosis_finding (track_id);
CREATE INDEX ix_diagnosis_finding_visit_id ON diagnosis_finding (visit_id);
CREATE TABLE learning_activity (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36), 
	visit_id VARCHAR(36), 
	date DATE NOT NULL, 
	form VARCHAR(40) NOT NULL, 
	topic VARCHAR NOT NULL, 
	trainer_id VARCHAR(36), 
	hours FLOAT NOT NULL, 
	competency VARCHAR, 
	level_before INTEGER, 
	level_after INTEGER, 
	applied_evidence TEXT, 
	applied_date DATE, 
	verified_by_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, participants INTEGER, women INTEGER, men INTEGER, not_stated INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id), 
	FOREIGN KEY(trainer_id) REFERENCES person (id), 
	FOREIGN KEY(verified_by_id) REFERENCES person (id), 
	FOREIGN KEY(visit_id) REFERENCES site_visit (id)
);
CREATE INDEX ix_learning_activity_date ON learning_activity (date);
CREATE INDEX ix_learning_activity_partnership_id ON learning_activity (partnership_id);
CREATE INDEX ix_learning_activity_track_id ON learning_activity (track_id);
CREATE INDEX ix_learning_activity_trainer_id ON learning_activity (trainer_id);
CREATE INDEX ix_learning_activity_verified_by_id ON learning_activity (verified_by_id);
CREATE INDEX ix_learning_activity_visit_id ON learning_activity (visit_id);
CREATE TABLE track_indicator (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36) NOT NULL, 
	indicator_id VARCHAR(36) NOT NULL, 
	utility_id VARCHAR(36) NOT NULL, 
	baseline_value FLOAT, 
	baseline_date DATE, 
	target_value FLOAT, 
	target_date DATE, 
	frequency VARCHAR, 
	means_of_verification TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(indicator_id) REFERENCES indicator (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id), 
	FOREIGN KEY(utility_id) REFERENCES utility (id)
);
CREATE INDEX ix_track_indicator_indicator_id ON track_indicator (indicator_id);
CREATE INDEX ix_track_indicator_partnership_id ON track_indicator (partnership_id);
CREATE INDEX ix_track_indicator_track_id ON track_indicator (track_id);
CREATE INDEX ix_track_indicator_utility_id ON track_indicator (utility_id);
CREATE TABLE visit_participant (
	partnership_id VARCHAR(36) NOT NULL, 
	visit_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	role VARCHAR(40), 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(person_id) REFERENCES person (id), 
	FOREIGN KEY(visit_id) REFERENCES site_visit (id)
);
CREATE INDEX ix_visit_participant_partnership_id ON visit_participant (partnership_id);
CREATE INDEX ix_visit_participant_person_id ON visit_participant (person_id);
CREATE INDEX ix_visit_participant_visit_id ON visit_participant (visit_id);
CREATE TABLE action (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36), 
	description TEXT NOT NULL, 
	owner_id VARCHAR(36), 
	due_date DATE, 
	status VARCHAR(40) NOT NULL, 
	progress INTEGER NOT NULL, 
	finding_id VARCHAR(36), 
	visit_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, start_date DATE, estimated_cost VARCHAR(40), estimated_cost_currency VARCHAR(3), output_id VARCHAR(36) REFERENCES output (id), 
	PRIMARY KEY (id), 
	FOREIGN KEY(finding_id) REFERENCES diagnosis_finding (id), 
	FOREIGN KEY(owner_id) REFERENCES person (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id), 
	FOREIGN KEY(visit_id) REFERENCES site_visit (id)
);
CREATE INDEX ix_action_finding_id ON action (finding_id);
CREATE INDEX ix_action_owner_id ON action (owner_id);
CREATE INDEX ix_action_partnership_id ON action (partnership_id);
CREATE INDEX ix_action_track_id ON action (track_id);
CREATE INDEX ix_action_visit_id ON action (visit_id);
CREATE TABLE learning_trainee (
	partnership_id VARCHAR(36) NOT NULL, 
	activity_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(activity_id) REFERENCES learning_activity (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(person_id) REFERENCES person (id)
);
CREATE INDEX ix_learning_trainee_activity_id ON learning_trainee (activity_id);
CREATE INDEX ix_learning_trainee_partnership_id ON learning_trainee (partnership_id);
CREATE INDEX ix_learning_trainee_person_id ON learning_trainee (person_id);
CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, row_id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, partnership_id TEXT);
CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER diagnosis_finding_search_ai AFTER INSERT ON diagnosis_finding BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'diagnosis_finding', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.finding, coalesce(new.root_cause, '') || ' ' || coalesce(new.evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER diagnosis_finding_search_au AFTER UPDATE OF finding, root_cause, evidence, deleted, partnership_id ON diagnosis_finding BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'diagnosis_finding', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.finding, coalesce(new.root_cause, '') || ' ' || coalesce(new.evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER diagnosis_finding_search_ad AFTER DELETE ON diagnosis_finding BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TRIGGER action_search_ai AFTER INSERT ON action BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'action', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.description, '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER action_search_au AFTER UPDATE OF description, deleted, partnership_id ON action BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'action', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.description, '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER action_search_ad AFTER DELETE ON action BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TRIGGER learning_activity_search_ai AFTER INSERT ON learning_activity BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'learning_activity', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.topic, coalesce(new.competency, '') || ' ' || coalesce(new.applied_evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER learning_activity_search_au AFTER UPDATE OF topic, competency, applied_evidence, deleted, partnership_id ON learning_activity BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'learning_activity', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.topic, coalesce(new.competency, '') || ' ' || coalesce(new.applied_evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER learning_activity_search_ad AFTER DELETE ON learning_activity BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE sync_outbox (
	id INTEGER NOT NULL, 
	entity VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	stamp VARCHAR(40) NOT NULL, 
	changes JSON NOT NULL, 
	seen JSON, 
	batch_id VARCHAR(36), 
	PRIMARY KEY (id)
);
CREATE INDEX ix_sync_outbox_batch_id ON sync_outbox (batch_id);
CREATE TABLE sync_refusal (
	id INTEGER NOT NULL, 
	entity VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	value JSON, 
	replaced VARCHAR(40), 
	reason TEXT NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_indicator_partnership_id ON indicator (partnership_id);
CREATE INDEX ix_learning_log ON learning_activity (partnership_id, deleted, date DESC, id);
CREATE TABLE progress_record (
	partnership_id VARCHAR(36) NOT NULL, 
	period_start DATE NOT NULL, 
	period_end DATE NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	status_reason TEXT, 
	summary TEXT, 
	achievements TEXT, 
	challenges TEXT, 
	lessons TEXT, 
	next_steps TEXT, 
	author_id VARCHAR(36), 
	mentor_approver_id VARCHAR(36), 
	mentor_approver_role VARCHAR, 
	mentor_approved_on DATE, 
	mentee_approver_id VARCHAR(36), 
	mentee_approver_role VARCHAR, 
	mentee_approved_on DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, approval_note TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(author_id) REFERENCES person (id), 
	FOREIGN KEY(mentee_approver_id) REFERENCES person (id), 
	FOREIGN KEY(mentor_approver_id) REFERENCES person (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_progress_record_author_id ON progress_record (author_id);
CREATE INDEX ix_progress_record_mentee_approver_id ON progress_record (mentee_approver_id);
CREATE INDEX ix_progress_record_mentor_approver_id ON progress_record (mentor_approver_id);
CREATE INDEX ix_progress_record_partnership_id ON progress_record (partnership_id);
CREATE TRIGGER progress_record_search_ai AFTER INSERT ON progress_record BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'progress_record', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.summary, ''), coalesce(new.status_reason, '') || ' ' || coalesce(new.achievements, '') || ' ' || coalesce(new.challenges, '') || ' ' || coalesce(new.lessons, '') || ' ' || coalesce(new.next_steps, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER progress_record_search_au AFTER UPDATE OF summary, status_reason, achievements, challenges, lessons, next_steps, deleted, partnership_id ON progress_record BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'progress_record', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.summary, ''), coalesce(new.status_reason, '') || ' ' || coalesce(new.achievements, '') || ' ' || coalesce(new.challenges, '') || ' ' || coalesce(new.lessons, '') || ' ' || coalesce(new.next_steps, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER progress_record_search_ad AFTER DELETE ON progress_record BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE output (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36), 
	title VARCHAR NOT NULL, 
	description TEXT, 
	target_date DATE, 
	status VARCHAR(40) NOT NULL, 
	evidence TEXT, 
	delivered_date DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id)
);
CREATE INDEX ix_output_partnership_id ON output (partnership_id);
CREATE INDEX ix_output_track_id ON output (track_id);
CREATE TRIGGER output_search_ai AFTER INSERT ON output BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'output', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.title, coalesce(new.description, '') || ' ' || coalesce(new.evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER output_search_au AFTER UPDATE OF title, description, evidence, deleted, partnership_id ON output BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'output', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.title, coalesce(new.description, '') || ' ' || coalesce(new.evidence, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER output_search_ad AFTER DELETE ON output BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE INDEX ix_action_output_id ON action (output_id);
CREATE TABLE indicator_milestone (
	partnership_id VARCHAR(36) NOT NULL, 
	track_indicator_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	value FLOAT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(track_indicator_id) REFERENCES track_indicator (id)
);
CREATE INDEX ix_indicator_milestone_partnership_id ON indicator_milestone (partnership_id);
CREATE INDEX ix_indicator_milestone_track_indicator_id ON indicator_milestone (track_indicator_id);
CREATE TABLE track_stage (
	partnership_id VARCHAR(36) NOT NULL, 
	track_id VARCHAR(36) NOT NULL, 
	stage VARCHAR(40) NOT NULL, 
	date DATE NOT NULL, 
	evidence TEXT, 
	recorded_by_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(recorded_by_id) REFERENCES person (id), 
	FOREIGN KEY(track_id) REFERENCES improvement_track (id)
);
CREATE INDEX ix_track_stage_partnership_id ON track_stage (partnership_id);
CREATE INDEX ix_track_stage_recorded_by_id ON track_stage (recorded_by_id);
CREATE INDEX ix_track_stage_track_id ON track_stage (track_id);
CREATE TRIGGER track_stage_search_ai AFTER INSERT ON track_stage BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'track_stage', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.evidence, ''), new.stage FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER track_stage_search_au AFTER UPDATE OF evidence, stage, deleted, partnership_id ON track_stage BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'track_stage', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.evidence, ''), new.stage FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER track_stage_search_ad AFTER DELETE ON track_stage BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE health_review (
	partnership_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	scored_by VARCHAR(40) NOT NULL, 
	period_start DATE, 
	period_end DATE, 
	note TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_health_review_partnership_id ON health_review (partnership_id);
CREATE TABLE health_score (
	partnership_id VARCHAR(36) NOT NULL, 
	review_id VARCHAR(36) NOT NULL, 
	item VARCHAR NOT NULL, 
	score INTEGER NOT NULL, 
	comment TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(review_id) REFERENCES health_review (id)
);
CREATE INDEX ix_health_score_partnership_id ON health_score (partnership_id);
CREATE INDEX ix_health_score_review_id ON health_score (review_id);
CREATE TABLE practice_tick (
	partnership_id VARCHAR(36) NOT NULL, 
	practice VARCHAR NOT NULL, 
	ticked_on DATE NOT NULL, 
	ticked_by_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	FOREIGN KEY(ticked_by_id) REFERENCES person (id)
);
CREATE INDEX ix_practice_tick_partnership_id ON practice_tick (partnership_id);
CREATE INDEX ix_practice_tick_ticked_by_id ON practice_tick (ticked_by_id);
CREATE TABLE phase_change (
	partnership_id VARCHAR(36) NOT NULL, 
	phase VARCHAR(40) NOT NULL, 
	date DATE NOT NULL, 
	note TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_phase_change_partnership_id ON phase_change (partnership_id);
CREATE TABLE mentoring_pair (
	partnership_id VARCHAR(36) NOT NULL, 
	mentor_id VARCHAR(36) NOT NULL, 
	mentee_id VARCHAR(36) NOT NULL, 
	phase VARCHAR(40) NOT NULL, 
	date DATE NOT NULL, 
	note TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mentee_id) REFERENCES person (id), 
	FOREIGN KEY(mentor_id) REFERENCES person (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_mentoring_pair_mentee_id ON mentoring_pair (mentee_id);
CREATE INDEX ix_mentoring_pair_mentor_id ON mentoring_pair (mentor_id);
CREATE INDEX ix_mentoring_pair_partnership_id ON mentoring_pair (partnership_id);
CREATE TRIGGER health_review_search_ai AFTER INSERT ON health_review BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'health_review', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.note, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER health_review_search_au AFTER UPDATE OF note, deleted, partnership_id ON health_review BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'health_review', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.note, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER health_review_search_ad AFTER DELETE ON health_review BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TRIGGER health_score_search_ai AFTER INSERT ON health_score BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'health_score', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.comment, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER health_score_search_au AFTER UPDATE OF comment, deleted, partnership_id ON health_score BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'health_score', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.comment, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER health_score_search_ad AFTER DELETE ON health_score BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TRIGGER phase_change_search_ai AFTER INSERT ON phase_change BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'phase_change', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.note, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER phase_change_search_au AFTER UPDATE OF note, deleted, partnership_id ON phase_change BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'phase_change', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.note, ''), '' FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER phase_change_search_ad AFTER DELETE ON phase_change BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE "site_visit" (
	partnership_id VARCHAR(36) NOT NULL, 
	title VARCHAR NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE NOT NULL, 
	site VARCHAR, 
	latitude FLOAT, 
	longitude FLOAT, 
	purpose TEXT, 
	activities TEXT, 
	notes TEXT, 
	next_visit_date DATE, 
	state VARCHAR(40) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	action_snapshot TEXT, 
	followup_snapshot TEXT, 
	mentor_signer_id VARCHAR(36), 
	mentor_signer_role VARCHAR, 
	mentee_signer_id VARCHAR(36), 
	mentee_signer_role VARCHAR, 
	signed_on DATE, 
	signed_how VARCHAR(40), reopened_note TEXT, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_site_visit_mentor_signer_id FOREIGN KEY(mentor_signer_id) REFERENCES person (id), 
	CONSTRAINT fk_site_visit_mentee_signer_id FOREIGN KEY(mentee_signer_id) REFERENCES person (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_site_visit_mentee_signer_id ON site_visit (mentee_signer_id);
CREATE INDEX ix_site_visit_mentor_signer_id ON site_visit (mentor_signer_id);
CREATE INDEX ix_site_visit_partnership_id ON site_visit (partnership_id);
CREATE TRIGGER site_visit_search_ai AFTER INSERT ON site_visit BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'site_visit', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.title, coalesce(new.purpose, '') || ' ' || coalesce(new.activities, '') || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.site, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER site_visit_search_au AFTER UPDATE OF title, purpose, activities, notes, site, deleted, partnership_id ON site_visit BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'site_visit', new.partnership_id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.title, coalesce(new.purpose, '') || ' ' || coalesce(new.activities, '') || ' ' || coalesce(new.notes, '') || ' ' || coalesce(new.site, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER site_visit_search_ad AFTER DELETE ON site_visit BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE "contribution" (
	partnership_id VARCHAR(36) NOT NULL, 
	contributor VARCHAR NOT NULL, 
	contributor_utility_id VARCHAR(36), 
	kind VARCHAR(40) NOT NULL, 
	amount VARCHAR(40) NOT NULL, 
	description TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, currency VARCHAR(3), received VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(contributor_utility_id) REFERENCES utility (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_contribution_contributor_utility_id ON contribution (contributor_utility_id);
CREATE INDEX ix_contribution_partnership_id ON contribution (partnership_id);
CREATE TABLE "budget_line" (
	partnership_id VARCHAR(36) NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	funder VARCHAR NOT NULL, 
	description TEXT, 
	amount VARCHAR(40) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, in_kind BOOLEAN, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_budget_line_partnership_id ON budget_line (partnership_id);
CREATE TABLE "expense" (
	partnership_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	amount VARCHAR(40) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	in_kind BOOLEAN NOT NULL, 
	description TEXT, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	budget_line_id VARCHAR(36), 
	PRIMARY KEY (id), 
	CONSTRAINT fk_expense_budget_line_id FOREIGN KEY(budget_line_id) REFERENCES budget_line (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_expense_budget_line_id ON expense (budget_line_id);
CREATE INDEX ix_expense_partnership_id ON expense (partnership_id);
CREATE TABLE "exchange_rate" (
	partnership_id VARCHAR(36) NOT NULL, 
	from_currency VARCHAR(3) NOT NULL, 
	to_currency VARCHAR(3) NOT NULL, 
	rate VARCHAR(40) NOT NULL, 
	date DATE NOT NULL, 
	source VARCHAR NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_exchange_rate_partnership_id ON exchange_rate (partnership_id);
CREATE TRIGGER attachment_search_ai AFTER INSERT ON attachment BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'attachment', new.partnership_id WHERE NOT new.deleted AND new.media_type NOT LIKE 'image/%'; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.file_name, coalesce(new.caption, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted AND new.media_type NOT LIKE 'image/%'; END;
CREATE TRIGGER attachment_search_au AFTER UPDATE OF id, file_name, caption, media_type, deleted, partnership_id ON attachment BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'attachment', new.partnership_id WHERE NOT new.deleted AND new.media_type NOT LIKE 'image/%'; INSERT INTO search_fts(rowid, title, body) SELECT docid, new.file_name, coalesce(new.caption, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted AND new.media_type NOT LIKE 'image/%'; END;
CREATE TRIGGER attachment_search_ad AFTER DELETE ON attachment BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TABLE "partnership" (
	title VARCHAR NOT NULL, 
	mentor_utility_id VARCHAR(36) NOT NULL, 
	mentee_utility_id VARCHAR(36) NOT NULL, 
	type VARCHAR(40) NOT NULL, 
	planned_start DATE, 
	planned_end DATE, 
	actual_start DATE, 
	actual_end DATE, 
	currency VARCHAR(3) NOT NULL, 
	objectives TEXT, 
	location VARCHAR, 
	phase VARCHAR(40) NOT NULL, 
	status VARCHAR(40) NOT NULL, 
	code_of_conduct_date DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	clocks JSON NOT NULL, 
	reporting_period VARCHAR(40), 
	closing_date DATE, 
	closing_decision VARCHAR(40), 
	closing_results TEXT, 
	closing_sustainability TEXT, 
	closing_follow_up TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mentee_utility_id) REFERENCES utility (id), 
	FOREIGN KEY(mentor_utility_id) REFERENCES utility (id)
);
CREATE INDEX ix_partnership_mentee_utility_id ON partnership (mentee_utility_id);
CREATE INDEX ix_partnership_mentor_utility_id ON partnership (mentor_utility_id);
CREATE TRIGGER partnership_search_ad AFTER DELETE ON partnership BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; END;
CREATE TRIGGER partnership_search_ai AFTER INSERT ON partnership BEGIN INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'partnership', new.id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.closing_results, ''), coalesce(new.closing_sustainability, '') || ' ' || coalesce(new.closing_follow_up, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
CREATE TRIGGER partnership_search_au AFTER UPDATE OF closing_results, closing_sustainability, closing_follow_up, deleted, id ON partnership BEGIN DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_doc WHERE row_id = old.id); DELETE FROM search_doc WHERE row_id = old.id; INSERT INTO search_doc(row_id, entity, partnership_id) SELECT new.id, 'partnership', new.id WHERE NOT new.deleted; INSERT INTO search_fts(rowid, title, body) SELECT docid, coalesce(new.closing_results, ''), coalesce(new.closing_sustainability, '') || ' ' || coalesce(new.closing_follow_up, '') FROM search_doc WHERE row_id = new.id AND NOT new.deleted; END;
INSERT INTO alembic_version (version_num) VALUES ('0017_period_default');
