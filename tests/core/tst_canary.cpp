// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

// A distinctive patient-like record is written; no file Relais leaves on disk may contain it.
class TestCanary : public QObject
{
    Q_OBJECT

    const QString kName = QStringLiteral("Zéphyrine QUATREVINGT-DOUZE-CANARI");
    const QString kNir = QStringLiteral("284127510804217");

    QTemporaryDir m_dir;
    FakeClock m_clock;

    QStringList filesToScan() const
    {
        QStringList out;
        for (const QFileInfo& fi : QDir(m_dir.path()).entryInfoList(QDir::Files | QDir::Hidden))
            out.append(fi.absoluteFilePath());
        return out;
    }

    void scanAll(const char* when)
    {
        const QList<QByteArray> needles{kName.toUtf8(),
                                        QByteArray(reinterpret_cast<const char*>(kName.utf16()), kName.size() * 2),
                                        kNir.toUtf8(), QByteArray("QUATREVINGT"), QByteArray("SQLite format 3")};
        const QStringList files = filesToScan();
        QVERIFY2(files.size() >= 2, when);
        for (const QString& path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray& n : needles)
                QVERIFY2(!bytes.contains(n),
                         qPrintable(QStringLiteral("%1: %2 found in %3").arg(QLatin1String(when), QString::fromUtf8(n), path)));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void patientTextNeverReachesDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("relais.vault"));
        auto c = Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        Database& db = c->vault->db();
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE canary(id INTEGER PRIMARY KEY, name TEXT, nir TEXT)")));
        auto ins = db.prepare(QStringLiteral("INSERT INTO canary(name, nir) VALUES (?, ?)"));
        QVERIFY(ins);
        for (int i = 0; i < 200; ++i) {
            ins->reset();
            ins->bindAll({kName, kNir});
            QVERIFY(ins->run());
        }
        // While open: the rows sit in the -wal file, the -shm exists.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        scanAll("while open");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM canary WHERE id % 2 = 0")));  // secure_delete path
        scanAll("after delete");
        c->vault->lock();
        scanAll("after lock");
        // And the rows are really there, readable with the key.
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(v);
        QCOMPARE((*v)->db().scalar(QStringLiteral("SELECT count(*) FROM canary WHERE name = '%1'").arg(kName))->toInt(), 100);
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
