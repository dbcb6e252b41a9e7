// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace relais {

class Database;
class Vault;

// The limits the practice can change, kept in the vault's meta key `readiness_thresholds`
// (owner: this struct). A value missing or out of range in the vault reads as its default.
struct ReadinessThresholds
{
    Q_DECLARE_TR_FUNCTIONS(relais::ReadinessThresholds)

public:
    static constexpr auto kMetaKey = "readiness_thresholds";

    int snapshotGreenHours = 24;  // snapshot age: green up to this …
    int snapshotAmberHours = 72;  // … amber up to this, red beyond
    int backupGreenDays = 7;      // last verified backup: green up to this …
    int backupAmberDays = 30;     // … amber up to this, red beyond (or never)
    int drillGreenDays = 183;     // last outage drill: green up to this, amber beyond (red: never)
    int testPageDays = 30;        // printer test page: green up to this, amber beyond, red never
    int drugReferenceMonths = 3;  // drug reference import: green up to this, amber beyond, red none
    int diskAmberMb = 2048;       // free space in the vault's folder: amber below this …
    int diskRedMb = 500;          // … red below this

    // Each limit at least 1, green ≤ amber (disk: red ≤ amber), at most 10 years (disk: 10 TB);
    // the message names the field.
    Result<void> check() const;
    // The value of a limit by its name (as in names()), -1 for an unknown name.
    int value(const QString& name) const;
    // "snapshot_green_hours=12": one limit changed by its name (not saved); an unknown name or a
    // value that is not a number is refused naming it.
    Result<void> set(const QString& assignment);
    static QStringList names();
    static Result<ReadinessThresholds> load(Vault& vault);
    Result<void> save(Vault& vault) const;
    bool operator==(const ReadinessThresholds&) const = default;
};

enum class ReadinessColour { Green, Amber, Red };

struct ReadinessItem
{
    enum class Action { None, Import, Backup, PrintRecoverySheet, Practitioners, Sync, Drill, PrintTestPage, DrugReference };

    // "snapshot", "inbox", "backup", "recovery_sheet", "practitioners", "outbox", "test_page",
    // "drug_reference", "disk_space", "drill"
    QString id;
    ReadinessColour colour = ReadinessColour::Red;
    QString fact;        // what is, in words
    QString nextAction;  // what to do (empty when green and nothing to do)
    Action action = Action::None;
};

// "Would the practice survive tomorrow's outage?": one line per item, green / amber / red, from
// what the vault and its inbox folder hold, at the vault's clock. Reads only; an item that
// cannot be read is red and says why.
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(relais::Readiness)

public:
    // `inboxDir`: the sealed-snapshot inbox (default: Inbox::defaultDir of the vault's path).
    explicit Readiness(Vault& vault, QString inboxDir = {});

    QList<ReadinessItem> items();
    // Tests: the free bytes of a folder (default: QStorageInfo).
    using FreeSpaceProbe = std::function<qint64(const QString& dir)>;
    void setFreeSpaceProbe(FreeSpaceProbe probe) { m_freeSpace = std::move(probe); }
    // Tests: the drug reference read (default: DrugReference::pathBeside the vault).
    void setDrugReferencePath(QString path) { m_drugReferencePath = std::move(path); }
    static ReadinessColour worst(const QList<ReadinessItem>& items);
    // "GREEN", "AMBER", "RED" (translated: "VERT", "ORANGE", "ROUGE").
    static QString colourWord(ReadinessColour c);
    // One line: "[VERT] fact — next action".
    static QString line(const ReadinessItem& item);

private:
    ReadinessItem snapshot(const ReadinessThresholds& t);
    ReadinessItem inbox();
    ReadinessItem backup(const ReadinessThresholds& t);
    ReadinessItem recoverySheet();
    ReadinessItem practitioners();
    ReadinessItem outbox();
    ReadinessItem drill(const ReadinessThresholds& t);
    ReadinessItem testPage(const ReadinessThresholds& t);
    ReadinessItem drugReference(const ReadinessThresholds& t);
    ReadinessItem diskSpace(const ReadinessThresholds& t);

    Vault& m_vault;
    QString m_inboxDir;
    QString m_drugReferencePath;
    FreeSpaceProbe m_freeSpace;
};

} // namespace relais
