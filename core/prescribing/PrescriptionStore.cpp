// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionStore.h"

#include "prescribing/AllergyCheck.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "prescribing/PrescriptionRules.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QStringList>

#include <sqlite3.h>

namespace relais {

namespace {

QVariant optionalReal(const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); }

} // namespace

PrescriptionStore::PrescriptionStore(Vault& vault) : m_vault(vault), m_db(vault.db()) { }

Result<qint64> PrescriptionStore::create(Prescription rx)
{
    auto patient = PatientStore(m_vault).get(rx.patientId);
    if (!patient)
        return fail(ErrorKind::Invalid, tr("Patient: no patient #%1 in this vault").arg(rx.patientId));
    if (auto r = PrescriptionRules::validate(rx, *patient); !r)
        return std::unexpected(r.error());
    auto doctor = m_db.prepare(QStringLiteral("SELECT 1 FROM practitioner WHERE id = ?"));
    if (!doctor)
        return std::unexpected(doctor.error());
    doctor->bind(1, rx.practitionerId);
    auto found = doctor->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorKind::Invalid, tr("Prescriber: no practitioner #%1 in this vault").arg(rx.practitionerId));
    QJsonArray lines;
    for (const PrescriptionLine& l : std::as_const(rx.lines))
        lines.append(l.toJson());
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO prescription (date, practitioner_id, patient_id, consultation_id, kind, layout, duplicata, "
        "weight_kg, height_cm, title, body, comments, lines, created_utc, slot) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({rx.date.toString(Qt::ISODate), rx.practitionerId, rx.patientId,
                rx.consultationId > 0 ? QVariant(rx.consultationId) : QVariant(), kindCode(rx.kind),
                layoutCode(rx.layout), rx.duplicata ? 1 : 0, optionalReal(rx.weightKg), optionalReal(rx.heightCm),
                rx.title, rx.body, rx.comments,
                QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)),
                m_vault.clock().nowUtc().toString(Qt::ISODate), m_vault.slotId()});
    if (auto r = q->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = m_db.lastInsertId();
    // Lines written despite a known allergy (the editor asked the GP to confirm): numbers only.
    QStringList allergyLines;
    for (const AllergyMatch& m : AllergyCheck::check(rx, *patient))
        if (!allergyLines.contains(QString::number(m.line)))
            allergyLines.append(QString::number(m.line));
    QString detail = QStringLiteral("lines=%1").arg(rx.lines.size());
    if (!allergyLines.isEmpty())
        detail += QStringLiteral(" allergy_confirmed=") + allergyLines.join(u',');
    if (auto r = m_vault.audit().append(QStringLiteral("prescription.create"), QStringLiteral("prescription"),
                                        QString::number(id), detail);
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<Prescription> PrescriptionStore::get(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.date, p.practitioner_id, p.patient_id, p.consultation_id, p.kind, p.layout, p.duplicata, "
        "p.weight_kg, p.height_cm, p.title, p.body, p.comments, p.lines, p.created_utc, p.slot, "
        "(SELECT COUNT(*) FROM prescription_pdf f WHERE f.prescription_id = p.id) "
        "FROM prescription p WHERE p.id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Invalid, tr("No prescription #%1 in this vault").arg(id));
    Prescription rx;
    rx.id = q->integer(0);
    rx.date = QDate::fromString(q->text(1), Qt::ISODate);
    rx.practitionerId = q->integer(2);
    rx.patientId = q->integer(3);
    rx.consultationId = q->isNull(4) ? 0 : q->integer(4);
    rx.kind = kindFrom(q->text(5)).value_or(Prescription::Kind::Medicines);
    rx.layout = layoutFrom(q->text(6)).value_or(Prescription::Layout::A4);
    rx.duplicata = q->integer(7) != 0;
    if (!q->isNull(8))
        rx.weightKg = q->value(8).toDouble();
    if (!q->isNull(9))
        rx.heightCm = q->value(9).toDouble();
    rx.title = q->text(10);
    rx.body = q->text(11);
    rx.comments = q->text(12);
    const QJsonArray lines = QJsonDocument::fromJson(q->text(13).toUtf8()).array();
    for (const QJsonValue& v : lines)
        rx.lines.append(PrescriptionLine::fromJson(v.toObject()));
    rx.createdUtc = QDateTime::fromString(q->text(14), Qt::ISODate);
    rx.slot = q->text(15);
    rx.printed = q->integer(16) > 0;
    return rx;
}

Result<QList<PrescriptionStore::Summary>> PrescriptionStore::list(const QList<qint64>& patientIds, int limit)
{
    QString where;
    if (!patientIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : patientIds)
            ids << QString::number(id);  // integers only: no injection possible
        where = QStringLiteral("WHERE r.patient_id IN (") + ids.join(u',') + u')';
    }
    auto q = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.date, r.patient_id, pa.birth_name, pa.used_name, pa.first_given_name, pa.used_given_name, "
        "pa.sex, r.practitioner_id, pr.given_names, pr.surname, r.kind, json_array_length(r.lines), "
        "(SELECT COUNT(*) FROM prescription_pdf f WHERE f.prescription_id = r.id) "
        "FROM prescription r JOIN patient pa ON pa.id = r.patient_id JOIN practitioner pr ON pr.id = r.practitioner_id ") +
        where + QStringLiteral(" ORDER BY r.date DESC, r.id DESC LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, limit);
    QList<Summary> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Summary s;
        s.id = q->integer(0);
        s.date = QDate::fromString(q->text(1), Qt::ISODate);
        s.patientId = q->integer(2);
        Patient p;
        p.birthName = q->text(3);
        p.usedName = q->text(4);
        p.firstGivenName = q->text(5);
        p.usedGivenName = q->text(6);
        p.sex = sexFromCode(q->text(7)).value_or(Sex::Unknown);
        s.patientName = p.displayName();
        s.practitionerId = q->integer(8);
        s.practitionerName = QStringLiteral("Dr %1 %2").arg(q->text(9), q->text(10).toUpper());
        s.kind = kindFrom(q->text(11)).value_or(Prescription::Kind::Medicines);
        s.lines = int(q->integer(12));
        s.printed = q->integer(13) > 0;
        out.append(s);
    }
    return out;
}

Result<int> PrescriptionStore::pdfCount(const QList<qint64>& ids)
{
    auto n = m_db.sumForEach(QStringLiteral("SELECT count(*) FROM prescription_pdf WHERE prescription_id = ?"), ids);
    if (!n)
        return std::unexpected(n.error());
    return int(*n);
}

Result<void> PrescriptionStore::purge(const QList<qint64>& ids)
{
    return m_db.runForEach(QStringLiteral("DELETE FROM prescription WHERE id = ?"), ids);
}

Result<QList<qint64>> PrescriptionStore::forConsultation(qint64 consultationId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM prescription WHERE consultation_id = ? ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, consultationId);
    QList<qint64> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.append(q->integer(0));
    }
}

Result<void> PrescriptionStore::storePdf(qint64 id, const QByteArray& pdf, int pages)
{
    if (pdf.isEmpty())
        return fail(ErrorKind::Invalid, tr("Prescription #%1: nothing was rendered").arg(id));
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO prescription_pdf (prescription_id, printed_utc, pages, pdf) VALUES (?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({id, m_vault.clock().nowUtc().toString(Qt::ISODate), pages, pdf});
    if (auto r = q->run(); !r)
        return fail(ErrorKind::Invalid, tr("Prescription #%1 was printed already: reprint it instead").arg(id));
    if (auto r = m_vault.audit().append(QStringLiteral("prescription.print"), QStringLiteral("prescription"),
                                        QString::number(id), QStringLiteral("pages=%1").arg(pages));
        !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<std::optional<QByteArray>> PrescriptionStore::storedPdf(qint64 id, bool audit)
{
    auto q = m_db.prepare(QStringLiteral("SELECT pdf FROM prescription_pdf WHERE prescription_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, id);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QByteArray>();
    const QByteArray pdf = q->blob(0);
    q->reset();
    if (audit)
        if (auto r = m_vault.audit().append(QStringLiteral("prescription.reprint"), QStringLiteral("prescription"),
                                            QString::number(id));
            !r)
            return std::unexpected(r.error());
    return std::optional<QByteArray>(pdf);
}

QList<PrescriptionLine> PrescriptionStore::renewalLines(const Patient& patient)
{
    QList<PrescriptionLine> out;
    for (const Treatment& t : patient.treatments)
        out.append(PrescriptionLine::fromTreatment(t));
    return out;
}

} // namespace relais
