// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/ConsultationReportStore.h"

#include "common/Clock.h"
#include "consultation/ConsultationReport.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace relais {

using namespace Qt::StringLiterals;

ConsultationReportStore::ConsultationReportStore(Vault& vault) : m_vault(vault), m_db(vault.db()) { }

Result<std::optional<Practitioner>> ConsultationReportStore::prescriber(const Consultation& c)
{
    PractitionerStore doctors(m_vault);
    auto d = doctors.forSlot(c.slot);
    if (!d)
        return std::unexpected(d.error());
    if (*d)
        return *d;
    auto list = doctors.list();
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<Practitioner>();
    return list->first();
}

QByteArray ConsultationReportStore::inputsHash(const Consultation& c, const Practitioner& d, const Patient& p)
{
    const QJsonObject in{
        {u"content"_s, c.contentJson()},
        {u"revision"_s, c.revision},
        {u"started"_s, c.startedUtc.toString(Qt::ISODate)},
        {u"date"_s, reportDate(c).toString(Qt::ISODate)},
        {u"patient"_s, QJsonObject{{u"name"_s, p.documentName()}, {u"sex"_s, int(p.sex)},
                                   {u"birth"_s, p.birthDate.toString(Qt::ISODate)}}},
        {u"doctor"_s, QJsonObject{{u"name"_s, d.displayName()}, {u"title"_s, d.title}, {u"specialty"_s, d.specialty},
                                  {u"address"_s, d.address}, {u"city"_s, d.city}, {u"phone"_s, d.phone},
                                  {u"email"_s, d.email}}}};
    return QCryptographicHash::hash(QJsonDocument(in).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

Result<std::optional<QByteArray>> ConsultationReportStore::stored(qint64 consultationId, int revision)
{
    auto q = m_db.cached(u"SELECT pdf FROM consultation_pdf WHERE consultation_id = ? AND revision = ?"_s);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll({consultationId, revision});
    auto row = (*q)->step();
    std::optional<QByteArray> pdf;
    if (row && *row)
        pdf = (*q)->blob(0);
    (*q)->reset();
    if (!row)
        return std::unexpected(row.error());
    return pdf;
}

Result<QByteArray> ConsultationReportStore::pdf(const Consultation& c, const Practitioner& doctor, const Patient& patient)
{
    const QByteArray inputs = inputsHash(c, doctor, patient);
    {
        auto q = m_db.cached(u"SELECT inputs_sha256, pdf FROM consultation_pdf WHERE consultation_id = ? AND revision = ?"_s);
        if (!q)
            return std::unexpected(q.error());
        (*q)->bindAll({c.id, c.revision});
        auto row = (*q)->step();
        QByteArray pdf;
        if (row && *row && (*q)->blob(0) == inputs)
            pdf = (*q)->blob(1);
        (*q)->reset();
        if (!row)
            return std::unexpected(row.error());
        if (!pdf.isEmpty())
            return pdf;
    }
    int pages = 0;
    auto pdf = renderConsultationReport(c, doctor, patient, reportDate(c), &pages);
    if (!pdf)
        return pdf;
    auto q = m_db.cached(u"INSERT OR REPLACE INTO consultation_pdf (consultation_id, revision, rendered_utc, inputs_sha256, pages, pdf) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll({c.id, c.revision, m_vault.clock().nowUtc().toString(Qt::ISODate), inputs, pages, *pdf});
    if (auto r = (*q)->run(); !r)
        return std::unexpected(r.error());
    return pdf;
}

Result<QByteArray> ConsultationReportStore::keep(qint64 consultationId)
{
    auto c = ConsultationStore(m_vault).get(consultationId);
    if (!c)
        return std::unexpected(c.error());
    auto patient = PatientStore(m_vault).get(c->patientId);
    if (!patient)
        return std::unexpected(patient.error());
    auto doctor = prescriber(*c);
    if (!doctor)
        return std::unexpected(doctor.error());
    if (!*doctor)
        return fail(ErrorKind::Invalid, tr("No prescriber is recorded in this vault: the consultation reports cannot be printed"));
    return pdf(*c, **doctor, *patient);
}

} // namespace relais
