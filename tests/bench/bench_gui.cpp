// SPDX-License-Identifier: GPL-3.0-or-later
// What the GP waits for on the GUI thread with a large vault (100,000 demo patients with their
// consultations by default): unlock, search (every keystroke), chart opening, and a consultation
// started, saved as a draft and closed. Each step is timed with a QElapsedTimer around the
// call, and a 2 ms heartbeat timer on the GUI thread measures the longest gap in the event loop
// while the step's queued work runs afterwards. The goal is no freeze above 100 ms. Prints
// figures; asserts nothing (headless: QT_QPA_PLATFORM=offscreen).
#include "records/ChartWidget.h"
#include "consultation/ConsultationEditor.h"
#include "session/MainWindow.h"
#include "records/PatientSearchWidget.h"
#include "records/PatientWorkspace.h"
#include "session/SessionController.h"
#include "records/TimelineWidget.h"
#include "session/UnlockDialog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "storage/Sqlite.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace relais;
using namespace relais::ui;

namespace {

double ms(qint64 ns) { return double(ns) / 1e6; }

// The longest time the event loop went without running the GUI thread's timers.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_max = std::max(m_max, m_clock.nsecsElapsed());
            m_clock.restart();
        });
    }
    void restart()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapNs() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

// Runs the event loop for `msecs`, as a GP who waits.
void settle(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Probe
{
    std::map<QString, QList<double>> byStep;  // freeze of every occurrence, ms
    Heartbeat heartbeat;

    std::map<QString, QList<double>> callByStep;  // the call itself, ms (may run an event loop inside)

    // The longest gap of the GUI thread's event loop from the call until `settleMs` after it
    // (a call that blocks shows as one gap; one that keeps the loop running, as short ones).
    double run(const QString& step, const std::function<void()>& action, int settleMs = 150)
    {
        heartbeat.restart();
        QElapsedTimer t;
        t.start();
        action();
        callByStep[step].append(ms(t.nsecsElapsed()));
        settle(settleMs);
        const double freeze = ms(heartbeat.maxGapNs());
        byStep[step].append(freeze);
        return freeze;
    }
};

void fatal(const char* what)
{
    std::fprintf(stderr, "bench_gui: %s\n", what);
    std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    configureLogging(false, true);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("relais-bench-gui"));
    const int patients = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.vault"));
    const char pass[] = "correct horse battery staple relais";
    const KdfParams kdf = KdfParams::calibrate();  // as a real vault
    {
        auto created = Vault::create(path, QStringLiteral("bench"), SecureBytes(pass, sizeof pass - 1), kdf, SystemClock::instance());
        if (!created)
            fatal("vault not created");
        QElapsedTimer t;
        t.start();
        Transaction tx(created->vault->db());
        if (!tx.begin() || !DemoData(2026).fill(*created->vault, patients, SystemClock::instance().nowUtc()) || !tx.commit())
            fatal("demo data not written");
        std::printf("bench_gui: %d demo patients with their consultations written in %.1f s\n", patients, double(t.elapsed()) / 1000);
    }
    QElapsedTimer kdfTimer;
    kdfTimer.start();
    (void)deriveKey(SecureBytes(pass, sizeof pass - 1), QByteArray(16, 's'), kdf);
    const double kdfMs = ms(kdfTimer.nsecsElapsed());

    Probe probe;
    SessionController session(path, SystemClock::instance(), kdf);
    session.start();
    UnlockDialog* unlock = session.unlockDialog();
    if (!unlock)
        fatal("no unlock dialog");
    QTest::keyClicks(unlock->findChild<QLineEdit*>(QStringLiteral("passphrase")), QString::fromLatin1(pass));
    // Unlock, then what the session does once the window is there (3 s of event loop after the
    // click; the search's ranking table is built meanwhile on a worker thread).
    probe.run(QStringLiteral("unlock (click, then 3 s)"),
              [&] { unlock->findChild<QPushButton*>(QStringLiteral("unlock"))->click(); }, 3000);
    if (session.isLocked())
        fatal("the vault did not unlock");
    session.mainWindow()->resize(1240, 860);
    PatientWorkspace* workspace = session.mainWindow()->workspace();
    QLineEdit* box = workspace->searchWidget()->searchBox();

    const QStringList queries{QStringLiteral("martin"), QStringLiteral("dupont"), QStringLiteral("le goff"), QStringLiteral("jean"),
                              QStringLiteral("12/03/1954"), QStringLiteral("b"), QStringLiteral("ndiaye"), QStringLiteral("lef")};
    for (const QString& q : queries) {
        box->setFocus();
        box->clear();
        settle(20);
        for (const QChar c : q)
            probe.run(QStringLiteral("search (one keystroke)"), [&] { box->insert(QString(c)); }, 20);
        // Enter opens the first hit's chart.
        probe.run(QStringLiteral("chart opening (Enter)"), [&] { QTest::keyClick(box, Qt::Key_Return); });
        ChartWidget* chart = workspace->chart();
        if (!chart->hasPatient())
            continue;
        if (q == QLatin1String("b") || q == QLatin1String("lef"))
            continue;  // a few consultations are enough
        // A consultation: Ctrl+N, a few words, the draft saved, then closed (Ctrl+Enter).
        session.mainWindow()->activateWindow();
        probe.run(QStringLiteral("consultation start (Ctrl+N)"),
                  [&] { QTest::keyClick(session.mainWindow(), Qt::Key_N, Qt::ControlModifier); });
        ConsultationEditor* editor = chart->timeline()->editor();
        if (!editor)
            continue;
        auto* reason = editor->findChild<QLineEdit*>(QStringLiteral("reason"));
        auto* plan = editor->findChild<QPlainTextEdit*>(QStringLiteral("plan"));
        if (reason) {
            reason->setFocus();
            reason->insert(QStringLiteral("Toux depuis trois jours"));
        }
        probe.run(QStringLiteral("consultation draft save"), [&] { editor->flushDraft(); });
        if (plan) {
            plan->setFocus();
            plan->insertPlainText(QStringLiteral("Repos, paracétamol."));
            probe.run(QStringLiteral("consultation close (Ctrl+Enter)"),
                      [&] { QTest::keyClick(plan, Qt::Key_Return, Qt::ControlModifier); });
        }
    }

    std::printf("GUI thread, %d patients (freeze = longest event-loop gap from the call to 150 ms after; goal <= 100 ms)\n",
                patients);
    std::printf("  %-34s %6s %12s %12s %12s\n", "step", "count", "freeze med", "freeze max", "call max ms");
    double worst = 0;
    for (auto& [step, values] : probe.byStep) {
        std::sort(values.begin(), values.end());
        QList<double>& calls = probe.callByStep[step];
        std::sort(calls.begin(), calls.end());
        worst = std::max(worst, values.last());
        std::printf("  %-34s %6lld %12.1f %12.1f %12.1f\n", qPrintable(step), static_cast<long long>(values.size()),
                    values.at(values.size() / 2), values.last(), calls.last());
    }
    std::printf("  (unlock includes the key derivation, Argon2id %llu MiB: %.0f ms on this machine)\n",
                static_cast<unsigned long long>(kdf.memLimitBytes >> 20), kdfMs);
    std::printf("worst freeze: %.1f ms\n", worst);
    session.lock();
    return 0;
}
