// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"
#include "records/Patient.h"

#include <functional>

namespace relais {

class PatientStore;
class Vault;

// Invented French patients for demo vaults and benchmarks: varied names (accents, hyphens,
// particles, apostrophes), NIRs with valid keys flagged as demo data, some with allergies, ALD,
// long-term treatments and measurements. Deterministic for a given seed.
class DemoData
{
public:
    explicit DemoData(quint32 seed = 2026) : m_seed(seed) { }

    Patient patient(int index, const QDate& today) const;
    // Past consultations from the (demo) EHR, and for some patients consultations recorded in
    // Relais as if during the outage: finalised and marked to be sent back.
    QList<Consultation> consultations(int index, const Patient& p, const QDateTime& nowUtc) const;
    // Inserts `count` patients in one transaction; `progress` gets the number done so far.
    Result<int> fill(PatientStore& store, int count, const QDate& today,
                     const std::function<void(int)>& progress = {}) const;
    // The same, with consultations, and the snapshot date set to the evening before `nowUtc`.
    Result<int> fill(Vault& vault, int count, const QDateTime& nowUtc, const std::function<void(int)>& progress = {}) const;

    // The demo EHR's appointment list, as its CSV export: today's and tomorrow's appointments
    // (local dates of `nowUtc`) for the demo patients "demo-0" … "demo-<patients - 1>".
    QByteArray appointmentsCsv(int patients, const QDateTime& nowUtc) const;
    // Imports that export through the snapshot importer (a partial export: nothing is marked
    // absent), taken the evening before like the demo snapshot. Returns the appointments read.
    Result<int> addAppointments(Vault& vault, const QDateTime& nowUtc) const;

    // A NIR with a correct key, for tests.
    static QString makeNir(int sexDigit, int yy, int mm, const QString& dept, int commune, int order);

private:
    quint32 m_seed;
};

} // namespace relais
