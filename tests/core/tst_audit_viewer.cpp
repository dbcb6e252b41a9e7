// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "access/AuditTable.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "common/DocumentLanguage.h"
#include "common/Language.h"
#include "print/AuditReport.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <future>
#include <thread>

#include <poppler-qt6.h>

using namespace relais;
using relais::test::secret;

namespace {

constexpr auto kPassB = "lighthouse parsley violin november";

QString pdfText(const QByteArray& pdf, int* pages = nullptr)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {};
    if (pages)
        *pages = doc->numPages();
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    return text;
}

} // namespace

class TstAuditViewer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QTranslator m_french;  // the catalogue read directly, to know what the report must say
    FakeClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC)};
    QString m_slotA, m_slotB;
    QList<AuditEntry> m_all;  // the whole trail once built, oldest first
    QHash<qint64, QString> m_names;

    std::unique_ptr<Vault> open(const char* pass)
    {
        auto v = Vault::open(m_path, secret(pass), SlotKind::Passphrase, m_clock);
        if (!v)
            qFatal("open: %s", qPrintable(v.error().message));
        return std::move(*v);
    }

    QList<AuditEntry> readAll(Vault& v)
    {
        QList<AuditEntry> out;
        qint64 after = 0;
        for (;;) {
            auto page = v.audit().entries(after, 1000);
            if (!page || page->isEmpty())
                return out;
            out += *page;
            after = out.last().seq;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The interface in English, as a GP may choose: the viewer's words are English, the report French.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(m_french.load(QStringLiteral(":/i18n/relais_fr.qm")));
        m_path = m_dir.filePath(QStringLiteral("relais.vault"));
        auto c = Vault::create(m_path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        Vault& a = *c->vault;
        m_slotA = a.slotId();
        auto b = a.addSlot(QStringLiteral("Dr B"), SlotKind::Passphrase, secret(kPassB), KdfParams::fastForTests());
        QVERIFY(b);
        m_slotB = *b;
        PatientStore store(a);
        QVERIFY(DemoData(7).fill(store, 4, m_clock.nowUtc().date()));
        for (qint64 id = 1; id <= 4; ++id)
            m_names.insert(id, store.get(id)->displayName());
        c->vault.reset();
        // Ten days: A opens patients 1 and 2 every day, B opens 3 on even days and 1 on day 9.
        for (int day = 0; day < 10; ++day) {
            m_clock.set(QDateTime(QDate(2026, 11, 2).addDays(day), QTime(9, 0), Qt::UTC));
            {
                auto v = open(test::kPassphrase);
                PatientStore s(*v);
                QVERIFY(s.openChart(1));
                m_clock.advanceSecs(60);
                QVERIFY(s.openChart(2));
                (void)v->audit().append(QString::fromLatin1(AuditAction::Lock));
            }
            m_clock.advanceSecs(3600);
            if (day % 2 == 0 || day == 9) {
                auto v = open(kPassB);
                PatientStore s(*v);
                QVERIFY(s.openChart(day == 9 ? 1 : 3));
                (void)v->audit().append(QString::fromLatin1(AuditAction::Lock));
            }
        }
        auto v = open(test::kPassphrase);
        m_all = readAll(*v);
        QVERIFY(m_all.size() > 60);
    }

    void filters_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("slot");  // "A", "B" or ""
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("patient");
        QTest::addColumn<int>("expected");  // -1: whatever the brute force says (checked > 0)

        QTest::newRow("everything") << QDate() << QDate() << "" << "" << qint64(0) << -1;
        QTest::newRow("records opened") << QDate() << QDate() << "" << "patient.view" << qint64(0) << 26;
        QTest::newRow("B's entries") << QDate() << QDate() << "B" << "" << qint64(0) << -1;
        QTest::newRow("B opened records") << QDate() << QDate() << "B" << "patient.view" << qint64(0) << 6;
        QTest::newRow("patient 1") << QDate() << QDate() << "" << "" << qint64(1) << 11;
        QTest::newRow("patient 1 by B") << QDate() << QDate() << "B" << "" << qint64(1) << 1;
        QTest::newRow("patient 3, days 4 to 6") << QDate(2026, 11, 6) << QDate(2026, 11, 8) << "" << "" << qint64(3) << 2;
        QTest::newRow("one day") << QDate(2026, 11, 5) << QDate(2026, 11, 5) << "" << "patient.view" << qint64(0) << 2;
        QTest::newRow("failed unlocks: none") << QDate() << QDate() << "" << "vault.unlock_failed" << qint64(0) << 0;
        QTest::newRow("patient 4: never opened") << QDate() << QDate() << "" << "" << qint64(4) << 0;
    }

    // Each filter, page after page (7 at a time), gives exactly what a scan of the whole trail
    // finds, newest first, and oldest first when asked.
    void filters()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, slot);
        QFETCH(QString, action);
        QFETCH(qint64, patient);
        QFETCH(int, expected);

        AuditFilter f;
        if (from.isValid())
            f.fromUtc = from.startOfDay(Qt::UTC);
        if (to.isValid())
            f.toUtc = to.addDays(1).startOfDay(Qt::UTC);
        f.slot = slot == QLatin1String("A") ? m_slotA : slot == QLatin1String("B") ? m_slotB : QString();
        f.action = action;
        if (patient) {
            f.objectType = QStringLiteral("patient");
            f.objectId = QString::number(patient);
        }
        QList<qint64> want;
        for (const AuditEntry& e : std::as_const(m_all))
            if ((!f.fromUtc.isValid() || e.atUtc >= f.fromUtc) && (!f.toUtc.isValid() || e.atUtc < f.toUtc)
                && (f.slot.isEmpty() || e.slot == f.slot) && (f.action.isEmpty() || e.action == f.action)
                && (!patient || (e.objectType == QLatin1String("patient") && e.objectId == f.objectId)))
                want.prepend(e.seq);
        if (expected >= 0)
            QCOMPARE(want.size(), expected);
        else
            QVERIFY(!want.isEmpty());

        auto v = open(test::kPassphrase);
        for (bool newest : {true, false}) {
            f.newestFirst = newest;
            QList<qint64> got;
            std::optional<AuditEntry> after;
            for (;;) {
                auto page = v->audit().page(f, after, 7);
                QVERIFY(page);
                for (const AuditEntry& e : std::as_const(*page))
                    if (e.seq <= m_all.last().seq)  // not the unlock of this check
                        got << e.seq;
                if (page->size() < 7)
                    break;
                after = page->last();
            }
            QList<qint64> expectedOrder = want;
            if (!newest)
                std::reverse(expectedOrder.begin(), expectedOrder.end());
            QCOMPARE(got, expectedOrder);
        }
    }

    void wordsAndTable()
    {
        QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), QStringLiteral("Record opened"));
        QCOMPARE(AuditActions::words(QStringLiteral("prescription.print")), QStringLiteral("Prescription printed"));
        QCOMPARE(AuditActions::words(QStringLiteral("sync.export")), QStringLiteral("Hand-back export"));
        QCOMPARE(AuditActions::words(QStringLiteral("vault.unlock_failed")), QStringLiteral("Failed unlock"));
        QCOMPARE(AuditActions::words(QStringLiteral("some.future_action")), QStringLiteral("some.future_action"));

        auto v = open(test::kPassphrase);
        AuditTable table(*v);
        const auto viewOf1 = std::find_if(m_all.cbegin(), m_all.cend(), [](const AuditEntry& e) {
            return e.action == QLatin1String("patient.view") && e.objectId == QLatin1String("1");
        });
        QVERIFY(viewOf1 != m_all.cend());
        const QStringList shown = table.row(*viewOf1, true);
        QCOMPARE(shown.at(AuditTable::Practitioner), QStringLiteral("Dr A"));
        QCOMPARE(shown.at(AuditTable::Action), QStringLiteral("Record opened"));
        QVERIFY2(shown.at(AuditTable::Object).contains(m_names.value(1)), qPrintable(shown.join(u'|')));
        QVERIFY(!table.row(*viewOf1, false).at(AuditTable::Object).contains(m_names.value(1)));
        // The stored trail never holds a patient's name: it is looked up when shown.
        for (const AuditEntry& e : readAll(*v))
            for (const QString& name : std::as_const(m_names)) {
                const QString surname = name.section(QLatin1Char(' '), 0, 0);
                QVERIFY2(!QString(e.slot + e.action + e.objectType + e.objectId + e.detail).contains(surname), qPrintable(surname));
            }
    }

    // The mechanism behind the French documents: a scope answers in French on its own thread
    // only, nested scopes too, and stays in front of translators installed again later.
    void documentLanguageScope()
    {
        const QString french = m_french.translate("relais::AuditActions", "Record opened");
        QVERIFY(!french.isEmpty() && french != QLatin1String("Record opened"));
        QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), QStringLiteral("Record opened"));
        QCOMPARE(DocumentLanguage::translate("relais::AuditActions", "Record opened"), french);
        QCOMPARE(DocumentLanguage::translate("relais::AuditLog", "Audit trail intact: %n entries", nullptr, 2),
                 m_french.translate("relais::AuditLog", "Audit trail intact: %n entries", nullptr, 2).replace(QStringLiteral("%n"), QStringLiteral("2")));
        QVERIFY(DocumentLanguage::available());
        {
            const DocumentLanguage::Scope outer;
            QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), french);
            {
                const DocumentLanguage::Scope inner;
                QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), french);
            }
            QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), french);
            QCOMPARE(AuditTable::headers().at(AuditTable::Practitioner),
                     m_french.translate("relais::AuditTable", "Practitioner"));
        }
        QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), QStringLiteral("Record opened"));

        // A document written on another thread leaves this one (the screen) in English.
        std::promise<void> opened;
        std::promise<void> checked;
        QString there;
        std::thread writer([&] {
            const DocumentLanguage::Scope scope;
            opened.set_value();
            checked.get_future().wait();
            there = AuditActions::words(QStringLiteral("patient.view"));
        });
        opened.get_future().wait();
        const QString here = AuditActions::words(QStringLiteral("patient.view"));
        checked.set_value();
        writer.join();
        QCOMPARE(here, QStringLiteral("Record opened"));
        QCOMPARE(there, french);

        // The interface's translators installed again (a language change): documents stay French.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(inFrench([] { return AuditActions::words(QStringLiteral("patient.view")); }), french);
        QCOMPARE(AuditActions::words(QStringLiteral("patient.view")), QStringLiteral("Record opened"));
    }

    // The report read back: entries present, the chain check and the vault id; patients named
    // only for a one-patient filter.
    void pdfReport()
    {
        auto v = open(test::kPassphrase);
        AuditFilter all;
        all.action = QStringLiteral("patient.view");
        int pages = 0, entries = 0;
        auto pdf = AuditReport::render(*v, all, &pages, &entries);
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
        QCOMPARE(entries, 26);
        int readPages = 0;
        const QString text = pdfText(*pdf, &readPages);
        QCOMPARE(readPages, pages);
        // French whatever the interface: title, chain check, column titles, actions, objects.
        const auto fr = [&](const char* context, const char* source, int n = -1) {
            const QString t = m_french.translate(context, source, nullptr, n);
            if (t.isEmpty())
                qFatal("no French for %s", source);
            return t;
        };
        QVERIFY2(text.contains(fr("relais::AuditReport", "Audit trail report")), qPrintable(text));
        QVERIFY2(text.contains(fr("relais::AuditLog", "Audit trail intact: %n entries", 2).section(u'%', 0, 0)), qPrintable(text));
        QVERIFY(text.contains(fr("relais::AuditTable", "Practitioner")));
        QVERIFY(text.contains(v->vaultId()));
        QCOMPARE(text.count(fr("relais::AuditActions", "Record opened")), 26 + 1);  // the rows and the filter line
        QVERIFY(!text.contains(QLatin1String("Record opened")));
        for (const char* english : {"Audit trail report", "Audit trail intact", "Practitioner", "Chain check", "entries",
                                    "Patients appear"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
        QVERIFY(text.contains(QLatin1String("Dr B")));
        QVERIFY(text.contains(fr("relais::AuditActions", "Patient") + QStringLiteral(" #3")));
        for (const QString& name : std::as_const(m_names))
            QVERIFY2(!text.contains(name.section(QLatin1Char(' '), 0, 0)), qPrintable(name));

        // The filter in words: the interface's on screen, French in the report (dates and words;
        // "from"/"up to" come with the French catalogue of the merged branch).
        AuditFilter some;
        some.fromUtc = QDate(2026, 11, 4).startOfDay().toUTC();
        some.toUtc = QDate(2026, 11, 6).addDays(1).startOfDay().toUTC();
        some.slot = m_slotB;
        some.action = QStringLiteral("patient.view");
        AuditTable table(*v);
        QCOMPARE(AuditReport::filterWords(table, some),
                 QStringLiteral("from 04/11/2026, up to 06/11/2026, practitioner Dr B, Record opened"));
        const QString inReport = inFrench([&] { return AuditReport::filterWords(table, some); });
        QVERIFY2(inReport.contains(QLatin1String("04/11/2026")) && inReport.contains(QLatin1String("06/11/2026"))
                     && inReport.contains(QLatin1String("Dr B"))
                     && inReport.endsWith(fr("relais::AuditActions", "Record opened")),
                 qPrintable(inReport));

        // An access request: one patient, named.
        AuditFilter one;
        one.objectType = QStringLiteral("patient");
        one.objectId = QStringLiteral("1");
        QVERIFY(AuditReport::namesPatients(one));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        auto written = AuditReport::write(*v, one, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, 11);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString named = pdfText(bytes);
        QVERIFY2(named.contains(m_names.value(1).section(QLatin1Char(' '), 0, 0)), qPrintable(named));
        QVERIFY(named.contains(fr("relais::AuditReport",
                                  "This report names the patient: it holds personal health data. Keep it as such.")
                                   .left(30)));
        QVERIFY(!named.contains(QLatin1String("personal health data")));
        auto doc = Poppler::Document::loadFromData(bytes);
        doc->page(0)->renderToImage(80, 80).save(test::artefactDir() + QStringLiteral("/audit-report.png"));
        // The report itself is in the trail (counts only, never the path).
        const AuditEntry last = readAll(*v).last();
        QCOMPARE(last.action, QString::fromLatin1(AuditAction::TrailExport));
        QCOMPARE(last.detail, QStringLiteral("entries=11 names=1"));
    }

    void commandLine()
    {
        const QString pass = m_dir.filePath(QStringLiteral("pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(test::kPassphrase);
        }
        const QString xdg = m_dir.filePath(QStringLiteral("xdg"));
        const QStringList base{QStringLiteral("--vault"), m_path, QStringLiteral("--passphrase-file"), pass};
        auto slotList = test::runCli(QStringList{QStringLiteral("slots")} + base, xdg);
        QCOMPARE(slotList.code, 0);
        QVERIFY2(slotList.out.contains(QLatin1String("Dr B\tPassphrase\t")), qPrintable(slotList.out));
        QVERIFY(slotList.out.contains(QLatin1String("Recovery key\tRecovery key\t\t")));
        QVERIFY(slotList.out.contains(QLatin1String("never")));

        auto audit = test::runCli(QStringList{QStringLiteral("audit"), QStringLiteral("--slot"), QStringLiteral("Dr B"),
                                              QStringLiteral("--action"), QStringLiteral("Record opened"),
                                              QStringLiteral("--since"), QStringLiteral("2026-11-04")}
                                      + base,
                                  xdg);
        QCOMPARE(audit.code, 0);
        QStringList lines = audit.out.trimmed().split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("Time\tPractitioner\tAction\tObject"));
        QVERIFY2(lines.last().startsWith(QLatin1String("Chain check: Audit trail intact")), qPrintable(lines.last()));
        QCOMPARE(lines.size(), 2 + 5);  // days 2, 4, 6, 8 (4 to 10 November, patient 3) and 9 (patient 1)
        QVERIFY(lines.at(1).contains(QLatin1String("\tDr B\tRecord opened\tPatient #3")));

        auto bad = test::runCli(QStringList{QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("4/11/2026")}
                                    + base,
                                xdg);
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("YYYY-MM-DD")));

        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        auto report = test::runCli(QStringList{QStringLiteral("audit"), QStringLiteral("--pdf"), pdf} + base, xdg);
        QCOMPARE(report.code, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString cliText = pdfText(f.readAll());
        QVERIFY(!cliText.contains(QLatin1String("Audit trail report")));
        QVERIFY(cliText.contains(m_french.translate("relais::AuditReport", "Audit trail report")));
    }

    // Last: one entry edited behind Relais's back is named, by the check and by the command line.
    void tamperedEntryIsNamed()
    {
        qint64 target = 0;
        {
            auto v = open(test::kPassphrase);
            target = m_all.at(20).seq;
            QVERIFY(v->db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(v->db().exec(QStringLiteral("UPDATE audit_log SET object_id = '4' WHERE seq = %1").arg(target)));
            const AuditVerification check = v->audit().verify();
            QVERIFY(!check.ok);
            QCOMPARE(check.firstBrokenSeq, target);
        }
        const QString pass = m_dir.filePath(QStringLiteral("pass"));
        auto audit = test::runCli({QStringLiteral("audit"), QStringLiteral("--vault"), m_path,
                                   QStringLiteral("--passphrase-file"), pass},
                                  m_dir.filePath(QStringLiteral("xdg")));
        QCOMPARE(audit.code, 4);
        QVERIFY2(audit.out.trimmed().split(u'\n').last().contains(QStringLiteral("#%1").arg(target)), qPrintable(audit.out));
    }
};

QTEST_MAIN(TstAuditViewer)
#include "tst_audit_viewer.moc"
