// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"

#include "common/Logging.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace relais {

namespace {

struct Migration
{
    int version;
    const char* sql;
};

// Append only: a released migration is never edited.
constexpr Migration kMigrations[] = {
    {1, R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Append-only audit trail: no patient text, only object types and row ids.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    slot        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    mac         BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
-- The last entry, so that removing entries at the end is detected too.
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, mac BLOB NOT NULL);
)SQL"},
    {2, R"SQL(
-- Patients. origin: 'imported' from the EHR snapshot (source_id set) or 'local' (typed in Relais).
CREATE TABLE patient (
    id                INTEGER PRIMARY KEY,
    origin            TEXT NOT NULL CHECK (origin IN ('imported', 'local')),
    source_id         TEXT,
    birth_name        TEXT NOT NULL,
    given_names       TEXT NOT NULL DEFAULT '[]',   -- JSON array, in order
    first_given_name  TEXT NOT NULL,
    sex               TEXT NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    birth_date        TEXT NOT NULL,                 -- ISO 8601
    birth_place_insee TEXT NOT NULL DEFAULT '',
    matricule         TEXT NOT NULL DEFAULT '',      -- NIR or NIA, 15 characters
    identity_status   TEXT NOT NULL DEFAULT 'PROV' CHECK (identity_status IN ('PROV', 'VALI', 'RECUP', 'QUAL')),
    used_name         TEXT NOT NULL DEFAULT '',
    used_given_name   TEXT NOT NULL DEFAULT '',
    demo              INTEGER NOT NULL DEFAULT 0,
    address           TEXT NOT NULL DEFAULT '',
    postal_code       TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    mobile            TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    changed_locally   INTEGER NOT NULL DEFAULT 0,
    created_utc       TEXT NOT NULL,
    updated_utc       TEXT NOT NULL
);
CREATE UNIQUE INDEX patient_source ON patient(source_id) WHERE source_id IS NOT NULL;
CREATE INDEX patient_birth_date ON patient(birth_date);
CREATE INDEX patient_matricule ON patient(matricule) WHERE matricule <> '';

CREATE TABLE allergy (
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    substance TEXT NOT NULL, reaction TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'unknown' CHECK (severity IN ('low', 'high', 'unknown')),
    origin TEXT NOT NULL DEFAULT 'local', source_id TEXT);
CREATE TABLE antecedent (
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('medical', 'surgical', 'family')), label TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '', cim10 TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'local', source_id TEXT);
CREATE TABLE ald (
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    label TEXT NOT NULL, cim10 TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'local', source_id TEXT);
CREATE TABLE treatment (
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    dci TEXT NOT NULL, strength TEXT NOT NULL DEFAULT '', form TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL DEFAULT '', brand TEXT NOT NULL DEFAULT '', posology TEXT NOT NULL DEFAULT '',
    duration TEXT NOT NULL DEFAULT '', renewals INTEGER NOT NULL DEFAULT 0,
    non_substitutable TEXT NOT NULL DEFAULT '' CHECK (non_substitutable IN ('', 'MTE', 'EFG', 'CIF')),
    ald INTEGER NOT NULL DEFAULT 0, origin TEXT NOT NULL DEFAULT 'local', source_id TEXT);
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    date TEXT NOT NULL, weight_kg REAL, height_cm REAL,
    origin TEXT NOT NULL DEFAULT 'local', source_id TEXT);
CREATE INDEX allergy_patient ON allergy(patient_id);
CREATE INDEX antecedent_patient ON antecedent(patient_id);
CREATE INDEX ald_patient ON ald(patient_id);
CREATE INDEX treatment_patient ON treatment(patient_id);
CREATE INDEX measurement_patient ON measurement(patient_id);

-- One-box search, inside the encrypted file. rowid = patient.id. Names are stored folded and
-- also joined ("N'Diaye" → "n diaye ndiaye"); digits hold the NIR and phone numbers.
CREATE VIRTUAL TABLE patient_fts USING fts5(
    surnames, given, digits, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
)SQL"},
    {3, R"SQL(
-- Consultations: drafts autosaved while typed, then final (revision 1), then corrected
-- (revision n+1, every earlier version kept in consultation_revision).
CREATE TABLE consultation (
    id             INTEGER PRIMARY KEY,
    patient_id     INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    origin         TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('imported', 'local')),
    source_id      TEXT,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    started_utc    TEXT NOT NULL,
    finalised_utc  TEXT,
    revision       INTEGER NOT NULL DEFAULT 0,
    slot           TEXT NOT NULL DEFAULT '',
    content        TEXT NOT NULL DEFAULT '{}',     -- JSON: reason, examination, conclusion, plan, vitals, diagnoses
    draft_saved_utc TEXT,
    to_send        INTEGER NOT NULL DEFAULT 0      -- finalised or corrected in Relais, not yet handed back
);
CREATE INDEX consultation_patient ON consultation(patient_id, started_utc);
CREATE UNIQUE INDEX consultation_source ON consultation(source_id) WHERE source_id IS NOT NULL;

CREATE TABLE consultation_revision (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    saved_utc       TEXT NOT NULL,
    slot            TEXT NOT NULL,
    why             TEXT NOT NULL DEFAULT '',
    content         TEXT NOT NULL,
    UNIQUE (consultation_id, revision)
);
CREATE TRIGGER consultation_revision_no_update BEFORE UPDATE ON consultation_revision
    BEGIN SELECT RAISE(ABORT, 'consultation revisions are kept as written'); END;
)SQL"},
    {4, R"SQL(
-- Prescribers printed on prescriptions; several per vault, optionally tied to a key slot.
CREATE TABLE practitioner (
    id          INTEGER PRIMARY KEY,
    surname     TEXT NOT NULL,
    given_names TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    specialty   TEXT NOT NULL DEFAULT '',
    rpps        TEXT NOT NULL UNIQUE,
    am_number   TEXT NOT NULL DEFAULT '',
    finess      TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL,
    city        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    email       TEXT NOT NULL,
    slot_id     TEXT NOT NULL DEFAULT '',
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

-- Paper prescriptions written during the outage. Lines are JSON (ordered, with structured
-- posology); a printed prescription is frozen and its PDF kept so that a reprint is identical.
CREATE TABLE prescription (
    id              INTEGER PRIMARY KEY,
    date            TEXT NOT NULL,
    practitioner_id INTEGER NOT NULL REFERENCES practitioner(id),
    patient_id      INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    consultation_id INTEGER REFERENCES consultation(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('medicines', 'certificate', 'document')),
    layout          TEXT NOT NULL CHECK (layout IN ('a4', 'a5', 'secure')),
    duplicata       INTEGER NOT NULL DEFAULT 0,
    weight_kg       REAL,
    height_cm       REAL,
    title           TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    comments        TEXT NOT NULL DEFAULT '',
    lines           TEXT NOT NULL DEFAULT '[]',
    created_utc     TEXT NOT NULL,
    slot            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prescription_patient ON prescription(patient_id, date);
CREATE INDEX prescription_consultation ON prescription(consultation_id) WHERE consultation_id IS NOT NULL;

CREATE TABLE prescription_pdf (
    prescription_id INTEGER PRIMARY KEY REFERENCES prescription(id) ON DELETE CASCADE,
    printed_utc     TEXT NOT NULL,
    pages           INTEGER NOT NULL,
    pdf             BLOB NOT NULL
);
CREATE TRIGGER prescription_pdf_no_update BEFORE UPDATE ON prescription_pdf
    BEGIN SELECT RAISE(ABORT, 'a printed prescription is kept as printed'); END;

-- Print settings (not secret): per-printer offsets and the secure-paper positions (JSON).
CREATE TABLE print_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL"},
    {5, R"SQL(
-- Snapshot import from the EHR: content hashes (unchanged detection), the EHR's version of a
-- patient (for a conditional update later), patients missing from a newer full snapshot.
ALTER TABLE patient ADD COLUMN source_version TEXT;
ALTER TABLE patient ADD COLUMN source_hash TEXT;
ALTER TABLE patient ADD COLUMN absent_since_utc TEXT;
ALTER TABLE allergy ADD COLUMN source_hash TEXT;
ALTER TABLE antecedent ADD COLUMN source_hash TEXT;
ALTER TABLE ald ADD COLUMN source_hash TEXT;
ALTER TABLE treatment ADD COLUMN source_hash TEXT;
ALTER TABLE measurement ADD COLUMN source_hash TEXT;
ALTER TABLE consultation ADD COLUMN source_hash TEXT;
CREATE UNIQUE INDEX allergy_source ON allergy(source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX antecedent_source ON antecedent(source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX ald_source ON ald(source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX treatment_source ON treatment(source_id) WHERE source_id IS NOT NULL;
CREATE UNIQUE INDEX measurement_source ON measurement(source_id) WHERE source_id IS NOT NULL;

CREATE TABLE appointment (
    id            INTEGER PRIMARY KEY,
    source_id     TEXT UNIQUE,
    patient_id    INTEGER REFERENCES patient(id) ON DELETE SET NULL,
    start_utc     TEXT NOT NULL,
    end_utc       TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'booked',
    description   TEXT NOT NULL DEFAULT '',
    patient_label TEXT NOT NULL DEFAULT '',   -- as the EHR named the patient (CSV lists)
    source_hash   TEXT
);
CREATE INDEX appointment_start ON appointment(start_utc);

CREATE TABLE snapshot_import (
    id           INTEGER PRIMARY KEY,
    imported_utc TEXT NOT NULL,
    taken_utc    TEXT NOT NULL,
    full_export  INTEGER NOT NULL,
    counts       TEXT NOT NULL   -- JSON: per resource type, created / updated / unchanged
);

-- The key pair the nightly import seals snapshots to (the secret half never leaves the vault).
CREATE TABLE inbox_key (id INTEGER PRIMARY KEY CHECK (id = 1), public_key BLOB NOT NULL, secret_key BLOB NOT NULL);
)SQL"},
    {6, R"SQL(
-- What goes back to the EHR after the outage: one entry per record created or changed in Relais,
-- made by the triggers below. rank is the dependency order (patient, consultation, prescription);
-- changes is bumped by every later change so that an acknowledgement of older content is not kept.
CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('patient', 'consultation', 'prescription')),
    record_id      INTEGER NOT NULL,
    patient_id     INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    rank           INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'sending', 'sent', 'acknowledged', 'failed', 'conflict')),
    changes        INTEGER NOT NULL DEFAULT 1,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT '',
    next_retry_utc TEXT,
    server_id      TEXT NOT NULL DEFAULT '',
    updated_utc    TEXT NOT NULL,
    UNIQUE (kind, record_id)
);
CREATE INDEX outbox_patient ON outbox(patient_id, rank);

CREATE TRIGGER outbox_patient_insert AFTER INSERT ON patient WHEN NEW.changed_locally = 1 BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('patient', NEW.id, NEW.id, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO UPDATE SET state = 'pending', changes = changes + 1, attempts = 0,
            next_retry_utc = NULL, updated_utc = excluded.updated_utc;
END;
CREATE TRIGGER outbox_patient_update AFTER UPDATE ON patient WHEN NEW.changed_locally = 1 BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('patient', NEW.id, NEW.id, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO UPDATE SET state = 'pending', changes = changes + 1, attempts = 0,
            next_retry_utc = NULL, updated_utc = excluded.updated_utc;
END;
CREATE TRIGGER outbox_consultation_insert AFTER INSERT ON consultation
    WHEN NEW.to_send = 1 AND NEW.status = 'final' BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('consultation', NEW.id, NEW.patient_id, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO UPDATE SET state = 'pending', changes = changes + 1, attempts = 0,
            next_retry_utc = NULL, updated_utc = excluded.updated_utc;
END;
CREATE TRIGGER outbox_consultation_update AFTER UPDATE OF status, revision, content, to_send ON consultation
    WHEN NEW.to_send = 1 AND NEW.status = 'final' BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('consultation', NEW.id, NEW.patient_id, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO UPDATE SET state = 'pending', changes = changes + 1, attempts = 0,
            next_retry_utc = NULL, updated_utc = excluded.updated_utc;
END;
CREATE TRIGGER outbox_prescription_insert AFTER INSERT ON prescription BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('prescription', NEW.id, NEW.patient_id, 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO NOTHING;
END;

-- Records written before this version.
INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
    SELECT 'patient', id, id, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM patient WHERE changed_locally = 1;
INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
    SELECT 'consultation', id, patient_id, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM consultation
    WHERE to_send = 1 AND status = 'final';
INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
    SELECT 'prescription', id, patient_id, 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM prescription;

-- The FHIR server's bearer token (sync), inside the encrypted file only.
CREATE TABLE sync_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL"},
    {7, R"SQL(
-- An outbox entry the EHR refused because its record changed there meanwhile (If-Match): both
-- versions as FHIR JSON, shown side by side until the user keeps one (sync/Conflict).
CREATE TABLE outbox_conflict (
    outbox_id      INTEGER PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
    server_ref     TEXT NOT NULL,   -- "Patient/ehr-42"
    local_json     TEXT NOT NULL,   -- the resource as Relais sent it
    remote_json    TEXT NOT NULL,   -- the resource as the EHR has it now
    remote_version TEXT NOT NULL DEFAULT '',
    detected_utc   TEXT NOT NULL
);

-- Only a change of what the patient is (identity, contact, notes, sub-records via updated_utc)
-- is owed to the EHR: bookkeeping of the EHR's version or content hash is not.
DROP TRIGGER outbox_patient_update;
CREATE TRIGGER outbox_patient_update AFTER UPDATE OF origin, source_id, birth_name, given_names, first_given_name,
    sex, birth_date, birth_place_insee, matricule, identity_status, used_name, used_given_name, demo, address,
    postal_code, city, phone, mobile, email, notes, changed_locally, updated_utc ON patient
    WHEN NEW.changed_locally = 1 BEGIN
    INSERT INTO outbox (kind, record_id, patient_id, rank, updated_utc)
        VALUES ('patient', NEW.id, NEW.id, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ON CONFLICT (kind, record_id) DO UPDATE SET state = 'pending', changes = changes + 1, attempts = 0,
            next_retry_utc = NULL, updated_utc = excluded.updated_utc;
END;
)SQL"},
    {8, R"SQL(
-- Consultation reports rendered when the consultation is finalised or corrected: the hand-back
-- reuses the document as issued instead of rendering thousands of PDFs at export time.
-- inputs_sha256 covers what the report shows (content, patient identity, prescriber, date): a
-- report kept from other inputs (the patient's identity corrected since) is rendered again.
CREATE TABLE consultation_pdf (
    consultation_id INTEGER NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    rendered_utc    TEXT NOT NULL,
    inputs_sha256   BLOB NOT NULL,
    pages           INTEGER NOT NULL,
    pdf             BLOB NOT NULL,
    PRIMARY KEY (consultation_id, revision)
);
)SQL"},
    {9, R"SQL(
-- The practitioners of the practice as the EHR exports them (FHIR Practitioner): who wrote the
-- imported consultations, and a head start for Settings → Practitioners. Replaced by source id.
CREATE TABLE ehr_practitioner (
    id          INTEGER PRIMARY KEY,
    source_id   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL DEFAULT '',   -- as shown: "Dr Camille Roche"
    surname     TEXT NOT NULL DEFAULT '',
    given_names TEXT NOT NULL DEFAULT '',
    rpps        TEXT NOT NULL DEFAULT '',   -- 11 digits, Luhn-checked at import
    specialty   TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    source_hash TEXT NOT NULL
);
-- Imported consultations: the practitioner the EHR names as their author, by source id (the
-- name then follows the practitioner's record) and as the text it had ("Dr Camille Roche").
ALTER TABLE consultation ADD COLUMN author_ref TEXT NOT NULL DEFAULT '';
ALTER TABLE consultation ADD COLUMN author TEXT NOT NULL DEFAULT '';
-- The social-security number the patient's care is billed to (NSS, FR Core identifier type NH):
-- the insured person's, which for a child is a parent's; the INS stays in matricule.
ALTER TABLE patient ADD COLUMN nss TEXT NOT NULL DEFAULT '';
)SQL"},
    {10, R"SQL(
-- The outage drill reports (core/drill/DrillStore): the PDF as printed, with its date and
-- summary, so that the readiness check knows when the practice last rehearsed an outage.
CREATE TABLE drill_report (
    id            INTEGER PRIMARY KEY,
    run_utc       TEXT NOT NULL,
    participants  TEXT NOT NULL DEFAULT '',   -- key-slot labels
    failed_steps  INTEGER NOT NULL,
    not_run_steps INTEGER NOT NULL,
    summary       TEXT NOT NULL,
    pdf           BLOB NOT NULL
);
CREATE INDEX drill_report_run ON drill_report(run_utc);
)SQL"},
    {11, R"SQL(
-- The audit viewer: each filter reads its own index range in time order (the row id, seq,
-- ends every index), so a page of a million-entry trail does not scan it.
CREATE INDEX audit_log_at ON audit_log (at_utc);
CREATE INDEX audit_log_action ON audit_log (action, at_utc);
CREATE INDEX audit_log_slot ON audit_log (slot, at_utc);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at_utc);
)SQL"},
};

} // namespace

int Schema::latestVersion()
{
    int latest = 0;
    for (const Migration& m : kMigrations)
        latest = std::max(latest, m.version);
    return latest;
}

Result<int> Schema::currentVersion(Database& db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<void> Schema::migrate(Database& db)
{
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorKind::VaultTooNew,
                    tr("This vault was written by a newer version of Relais (schema %1, this version knows %2). "
                       "Install the newer Relais to open it.")
                        .arg(*current)
                        .arg(latestVersion()));
    // In version order, whatever order they were appended in.
    std::vector<const Migration*> ordered;
    for (const Migration& m : kMigrations)
        ordered.push_back(&m);
    std::sort(ordered.begin(), ordered.end(), [](const Migration* a, const Migration* b) { return a->version < b->version; });
    for (const Migration* mp : ordered) {
        const Migration& m = *mp;
        if (m.version <= *current)
            continue;
        Transaction tx(db);
        auto r = tx.begin();
        if (r)
            r = db.exec(QString::fromUtf8(m.sql));
        if (r)
            r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (r)
            r = tx.commit();
        if (!r)
            return fail(r.error().kind,
                        tr("Schema migration to version %1 failed: %2").arg(m.version).arg(r.error().message));
        qCInfo(lcVault) << "migrated vault schema to version" << m.version;
    }
    return {};
}

} // namespace relais
