// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/ConsultationStore.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "consultation/ConsultationReportStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QGuiApplication>
#include <QJsonDocument>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>

namespace relais {

namespace {

QString ts(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    return t.timeSpec() == Qt::UTC ? isoUtcText(t, true) : t.toString(Qt::ISODateWithMs);
}
QDateTime fromTs(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }
QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QString& s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }

// The content as json(c.contentJson()) reads back, written without building a QJsonObject (bulk
// inserts of imported history); with vitals the QJsonObject path keeps the number format.
QString contentText(const Consultation& c)
{
    if (!c.vitals.isEmpty())
        return json(c.contentJson());
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    const auto put = [&w](const char* key, const QString& value) {
        w.Key(key);
        const QByteArray u = value.toUtf8();
        w.String(u.constData(), rapidjson::SizeType(u.size()));
    };
    w.StartObject();  // keys in QJsonObject's (sorted) order
    put("conclusion", c.conclusion);
    w.Key("diagnoses");
    w.StartArray();
    for (const Diagnosis& d : c.diagnoses) {
        w.StartObject();
        put("cim10", d.cim10);
        put("text", d.text);
        w.EndObject();
    }
    w.EndArray();
    put("examination", c.examination);
    put("plan", c.plan);
    put("reason", c.reason);
    w.Key("vitals");
    w.StartObject();
    w.EndObject();
    w.EndObject();
    return QString::fromUtf8(buf.GetString(), qsizetype(buf.GetSize()));
}

constexpr auto kColumns = "id, patient_id, origin, source_id, status, started_utc, finalised_utc, revision, slot, "
                          "content, draft_saved_utc, to_send, author";

Consultation fromRow(const Statement& q)
{
    Consultation c;
    c.id = q.integer(0);
    c.patientId = q.integer(1);
    c.origin = q.text(2) == u"imported" ? Origin::Imported : Origin::Local;
    c.sourceId = q.text(3);
    c.status = q.text(4) == u"final" ? Consultation::Status::Final : Consultation::Status::Draft;
    c.startedUtc = fromTs(q.text(5));
    c.finalisedUtc = fromTs(q.text(6));
    c.revision = int(q.integer(7));
    c.slot = q.text(8);
    c.setContent(object(q.text(9)));
    c.draftSavedUtc = fromTs(q.text(10));
    c.toSend = q.integer(11) != 0;
    c.author = q.text(12);
    return c;
}

} // namespace

ConsultationStore::ConsultationStore(Vault& vault) : m_vault(vault), m_db(vault.db()) { }

Result<qint64> ConsultationStore::start(qint64 patientId)
{
    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM patient WHERE id = ?"));
    if (!exists)
        return std::unexpected(exists.error());
    exists->bind(1, patientId);
    if (auto row = exists->step(); !row || !*row)
        return fail(ErrorKind::Invalid, tr("No patient #%1 in this vault").arg(patientId));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    const QString now = ts(m_vault.clock().nowUtc());
    auto q = m_db.prepare(QStringLiteral("INSERT INTO consultation (patient_id, origin, status, started_utc, slot, draft_saved_utc) "
                                         "VALUES (?, 'local', 'draft', ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({patientId, now, m_vault.slotId(), now});
    if (auto r = q->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = m_db.lastInsertId();
    if (auto r = m_vault.audit().append(QStringLiteral("consultation.create"), QStringLiteral("consultation"),
                                        QString::number(id), QStringLiteral("patient=%1").arg(patientId));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> ConsultationStore::saveDraft(const Consultation& draft)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE consultation SET content = ?, draft_saved_utc = ? WHERE id = ? AND status = 'draft'"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({json(draft.contentJson()), ts(m_vault.clock().nowUtc()), draft.id});
    if (auto r = q->run(); !r)
        return r;
    if (m_db.changes() != 1)
        return fail(ErrorKind::Invalid, tr("Consultation #%1 is not a draft any more").arg(draft.id));
    return {};
}

Result<void> ConsultationStore::discardDraft(qint64 id)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = m_db.prepare(QStringLiteral("DELETE FROM consultation WHERE id = ? AND status = 'draft'"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, id);
    if (auto r = q->run(); !r)
        return r;
    if (m_db.changes() != 1)
        return fail(ErrorKind::Invalid, tr("Consultation #%1 is not a draft").arg(id));
    if (auto r = m_vault.audit().append(QStringLiteral("consultation.discard"), QStringLiteral("consultation"), QString::number(id)); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<QList<Consultation>> ConsultationStore::drafts(qint64 patientId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM consultation WHERE patient_id = ? AND status = 'draft' ORDER BY started_utc DESC")
                              .arg(QLatin1String(kColumns)));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, patientId);
    QList<Consultation> out;
    if (auto r = q->each([&](const Statement& s) { out.append(fromRow(s)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<Consultation> ConsultationStore::get(qint64 id)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM consultation WHERE id = ?").arg(QLatin1String(kColumns));
    auto cached = m_db.cached(sql);
    if (!cached)
        return std::unexpected(cached.error());
    Statement* q = *cached;
    q->bind(1, id);
    auto row = q->step();
    if (!row || !*row)
        q->reset();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Invalid, tr("No consultation #%1").arg(id));
    Consultation c = fromRow(*q);
    q->reset();
    return c;
}

Result<void> ConsultationStore::addRevision(const Consultation& c, int revision, const QString& why)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO consultation_revision (consultation_id, revision, saved_utc, slot, why, content) "
                                         "VALUES (?,?,?,?,?,?)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({c.id, revision, ts(m_vault.clock().nowUtc()), m_vault.slotId(), why, json(c.contentJson())});
    return q->run();
}

Result<void> ConsultationStore::finalise(qint64 id)
{
    auto c = get(id);
    if (!c)
        return std::unexpected(c.error());
    if (c->status != Consultation::Status::Draft)
        return fail(ErrorKind::Invalid, tr("Consultation #%1 is already closed; correct it instead").arg(id));
    if (c->reason.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Reason for the visit: required before closing the consultation"));
    for (const Vitals::Issue& i : c->vitals.check())
        if (i.blocking)
            return fail(ErrorKind::Invalid, i.message);
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = m_db.prepare(QStringLiteral("UPDATE consultation SET status = 'final', revision = 1, finalised_utc = ?, to_send = 1 "
                                         "WHERE id = ? AND status = 'draft'"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({ts(m_vault.clock().nowUtc()), id});
    if (auto r = q->run(); !r)
        return r;
    if (auto r = addRevision(*c, 1, QString()); !r)
        return r;
    if (auto r = m_vault.audit().append(QStringLiteral("consultation.finalise"), QStringLiteral("consultation"), QString::number(id),
                                        QStringLiteral("revision=1"));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    keepReport(id);
    return {};
}

Result<void> ConsultationStore::correct(const Consultation& edited, const QString& why)
{
    auto c = get(edited.id);
    if (!c)
        return std::unexpected(c.error());
    if (c->status != Consultation::Status::Final)
        return fail(ErrorKind::Invalid, tr("Consultation #%1 is still a draft: close it first").arg(edited.id));
    if (why.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Correction: say briefly why the consultation is corrected"));
    if (edited.reason.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Reason for the visit: required"));
    for (const Vitals::Issue& i : edited.vitals.check())
        if (i.blocking)
            return fail(ErrorKind::Invalid, i.message);
    if (c->sameContent(edited))
        return fail(ErrorKind::Invalid, tr("Correction: nothing was changed"));
    const int next = c->revision + 1;
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = m_db.prepare(QStringLiteral("UPDATE consultation SET content = ?, revision = ?, to_send = 1 WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({json(edited.contentJson()), next, edited.id});
    if (auto r = q->run(); !r)
        return r;
    if (auto r = addRevision(edited, next, why.trimmed()); !r)
        return r;
    if (auto r = m_vault.audit().append(QStringLiteral("consultation.correct"), QStringLiteral("consultation"),
                                        QString::number(edited.id), QStringLiteral("revision=%1").arg(next));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    keepReport(edited.id);
    return {};
}

void ConsultationStore::keepReport(qint64 id)
{
    // The report is part of what the hand-back sends; never a reason to refuse closing the
    // consultation: if it cannot be rendered now, the export renders it. Fonts need a
    // QGuiApplication (a core-only process, e.g. some tests, leaves it to the export).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return;
    if (auto r = ConsultationReportStore(m_vault).keep(id); !r)
        qCWarning(lcVault) << "consultation" << id << "report not kept at finalisation:" << r.error().message;
}

Result<QList<ConsultationRevision>> ConsultationStore::revisions(qint64 id)
{
    auto base = get(id);
    if (!base)
        return std::unexpected(base.error());
    auto q = m_db.prepare(QStringLiteral("SELECT revision, saved_utc, slot, why, content FROM consultation_revision "
                                         "WHERE consultation_id = ? ORDER BY revision"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, id);
    QList<ConsultationRevision> out;
    auto done = q->each([&](const Statement& s) {
        ConsultationRevision r;
        r.revision = int(s.integer(0));
        r.savedUtc = fromTs(s.text(1));
        r.slot = s.text(2);
        r.why = s.text(3);
        r.content = *base;
        r.content.setContent(object(s.text(4)));
        r.content.revision = r.revision;
        out.append(r);
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<QList<TimelineItem>> ConsultationStore::timeline(qint64 patientId)
{
    // The author as the practitioner's record has it now, else as the consultation named it.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.started_utc, c.origin, c.status, c.revision, c.content, "
        "coalesce(p.name, c.author) FROM consultation c "
        "LEFT JOIN ehr_practitioner p ON c.author_ref <> '' AND p.source_id = c.author_ref "
        "WHERE c.patient_id = ? ORDER BY c.started_utc DESC, c.id DESC"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, patientId);
    QList<TimelineItem> out;
    auto done = q->each([&](const Statement& s) {
        const QJsonObject content = object(s.text(5));
        out.append({s.integer(0), fromTs(s.text(1)), s.text(2) == u"imported" ? Origin::Imported : Origin::Local,
                    s.text(3) == u"final" ? Consultation::Status::Final : Consultation::Status::Draft, int(s.integer(4)),
                    content.value(QStringLiteral("reason")).toString(), content.value(QStringLiteral("conclusion")).toString(),
                    s.text(6)});
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<QList<ConsultationStore::VitalPoint>> ConsultationStore::vitalHistory(qint64 patientId)
{
    std::map<QDate, VitalPoint> byDate;
    auto m = m_db.prepare(QStringLiteral("SELECT date, weight_kg FROM measurement WHERE patient_id = ? AND weight_kg IS NOT NULL"));
    if (!m)
        return std::unexpected(m.error());
    m->bind(1, patientId);
    auto measured = m->each([&](const Statement& s) {
        const QDate d = QDate::fromString(s.text(0), Qt::ISODate);
        byDate[d].date = d;
        byDate[d].weightKg = s.value(1).toDouble();
    });
    if (!measured)
        return std::unexpected(measured.error());
    auto c = m_db.prepare(QStringLiteral("SELECT started_utc, content FROM consultation WHERE patient_id = ? AND status = 'final'"));
    if (!c)
        return std::unexpected(c.error());
    c->bind(1, patientId);
    auto consulted = c->each([&](const Statement& s) {
        const QDate d = fromTs(s.text(0)).toLocalTime().date();
        const Vitals v = Vitals::fromJson(object(s.text(1)).value(QStringLiteral("vitals")).toObject());
        if (!v.weightKg && !v.systolic)
            return;
        VitalPoint& p = byDate[d];
        p.date = d;
        if (v.weightKg)
            p.weightKg = v.weightKg;
        if (v.systolic && v.diastolic) {
            p.systolic = v.systolic;
            p.diastolic = v.diastolic;
        }
    });
    if (!consulted)
        return std::unexpected(consulted.error());
    QList<VitalPoint> out;
    for (const auto& [date, point] : byDate)
        out.append(point);
    return out;
}

Result<std::optional<ConsultationStore::LatestWeight>> ConsultationStore::latestWeight(qint64 patientId)
{
    auto history = vitalHistory(patientId);
    if (!history)
        return std::unexpected(history.error());
    for (auto it = history->crbegin(); it != history->crend(); ++it)
        if (it->weightKg && *it->weightKg > 0)
            return std::optional<LatestWeight>(LatestWeight{it->date, *it->weightKg});
    return std::optional<LatestWeight>();
}

namespace {

Result<std::optional<ConsultationStore::ImportedRow>> readImported(Result<Statement*> q)
{
    if (!q)
        return std::unexpected(q.error());
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ConsultationStore::ImportedRow>();
    return std::optional<ConsultationStore::ImportedRow>(
        ConsultationStore::ImportedRow{(*q)->integer(0), (*q)->text(1), (*q)->text(2) == u"imported"});
}

} // namespace

Result<std::optional<ConsultationStore::ImportedRow>> ConsultationStore::importedBySource(const QString& sourceId)
{
    auto q = m_db.cached(QStringLiteral("SELECT id, source_hash, origin FROM consultation WHERE source_id = ?"));
    if (q)
        (*q)->bind(1, sourceId);
    return readImported(q);
}

Result<std::optional<ConsultationStore::ImportedRow>> ConsultationStore::importedAt(qint64 rowId)
{
    auto q = m_db.cached(QStringLiteral("SELECT id, source_hash, origin FROM consultation WHERE id = ?"));
    if (q)
        (*q)->bind(1, rowId);
    return readImported(q);
}

Result<bool> ConsultationStore::hasSource(qint64 rowId, const QString& sourceId)
{
    auto q = m_db.cached(QStringLiteral("SELECT source_id = ? FROM consultation WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll({sourceId, rowId});
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && (*q)->integer(0);
}

Result<void> ConsultationStore::removeImported(qint64 rowId)
{
    auto del = m_db.cached(QStringLiteral("DELETE FROM consultation WHERE id = ?"));
    if (!del)
        return std::unexpected(del.error());
    (*del)->bind(1, rowId);
    return (*del)->run();
}

Result<int> ConsultationStore::revisionCount(const QList<qint64>& ids)
{
    auto n = m_db.sumForEach(QStringLiteral("SELECT count(*) FROM consultation_revision WHERE consultation_id = ?"), ids);
    if (!n)
        return std::unexpected(n.error());
    return int(*n);
}

Result<void> ConsultationStore::purge(const QList<qint64>& ids)
{
    return m_db.runForEach(QStringLiteral("DELETE FROM consultation WHERE id = ?"), ids);
}

Result<QList<std::pair<qint64, qint64>>> ConsultationStore::firstLocalFinal(int limit)
{
    auto q = m_db.prepare(QStringLiteral("SELECT c.id, c.patient_id FROM consultation c JOIN patient p ON p.id = c.patient_id "
                                         "WHERE c.origin = 'local' AND c.status = 'final' ORDER BY c.id LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, limit);
    QList<std::pair<qint64, qint64>> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.append({q->integer(0), q->integer(1)});
    }
}

Result<qint64> ConsultationStore::insertRaw(const Consultation& c)
{
    auto q = m_db.cached(QStringLiteral("INSERT INTO consultation (patient_id, origin, source_id, status, started_utc, finalised_utc, "
                                         "revision, slot, content, to_send, source_hash, author, author_ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll({c.patientId, c.origin == Origin::Imported ? QStringLiteral("imported") : QStringLiteral("local"),
                c.sourceId.isEmpty() ? QVariant() : QVariant(c.sourceId),
                c.status == Consultation::Status::Final ? QStringLiteral("final") : QStringLiteral("draft"), ts(c.startedUtc),
                ts(c.finalisedUtc), c.revision, c.slot, contentText(c), c.toSend ? 1 : 0,
                c.sourceHash.isEmpty() ? QVariant() : QVariant(c.sourceHash), c.author, c.authorRef});
    if (auto r = (*q)->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = m_db.lastInsertId();
    if (c.status == Consultation::Status::Final && c.origin == Origin::Local) {
        Consultation stored = c;
        stored.id = id;
        if (auto r = addRevision(stored, c.revision > 0 ? c.revision : 1, QString()); !r)
            return std::unexpected(r.error());
    }
    return id;
}

} // namespace relais
