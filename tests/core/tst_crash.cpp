// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

// A writer is SIGKILLed at random points; every time the vault must open, pass the integrity
// and audit checks, and hold every row the writer reported committed.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const QString path = dir.filePath(QStringLiteral("crash.vault"));
        QVERIFY(Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(), clock));

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        constexpr int kRuns = 60;
        qint64 maxReported = 0;
        for (int run = 0; run < kRuns; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASH_WRITER_PATH), {path, QString::fromLatin1(test::kPassphrase)});
            QVERIFY(writer.waitForStarted());
            // Kill after a random number of reported commits (0 = while it is still opening).
            const int commits = int(rng.bounded(0, 25));
            int seen = 0;
            QByteArray pending;
            while (seen < commits) {
                if (!writer.canReadLine() && !writer.waitForReadyRead(20000))
                    QFAIL(qPrintable(QStringLiteral("writer stopped: %1").arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
                while (writer.canReadLine()) {
                    const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
                    QCOMPARE(parts.value(0), QByteArray("committed"));
                    maxReported = std::max(maxReported, parts.value(1).toLongLong());
                    ++seen;
                }
            }
            writer.kill();  // SIGKILL
            QVERIFY(writer.waitForFinished());
            // Lines already written before the kill count as reported commits too.
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n'))
                if (line.startsWith("committed "))
                    maxReported = std::max(maxReported, line.split(' ').value(1).toLongLong());

            auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, clock);
            QVERIFY2(v.has_value(), v ? "" : qPrintable(QStringLiteral("run %1: %2").arg(run).arg(v.error().message)));
            const auto rep = (*v)->checkIntegrity();
            QVERIFY2(rep.ok, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(rep.message)));
            if (maxReported > 0) {
                auto present = (*v)->db().scalar(QStringLiteral("SELECT count(*) FROM rows WHERE id <= %1").arg(maxReported));
                QVERIFY(present);
                QCOMPARE(present->toLongLong(), maxReported);
            }
        }
        QVERIFY2(maxReported > 100, "the writer committed too little for the test to mean anything");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
