// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretInput.h"
#include "VaultCommand.h"
#include "common/Clock.h"
#include "sync/FhirClient.h"
#include "sync/Outbox.h"
#include "sync/SyncSettings.h"
#include "vault/Vault.h"

#include <QUrl>

namespace relais::cli {
namespace commands {
extern const CommandInfo sync;
}

namespace {

class SyncCommand : public VaultCommand
{
public:
    SyncCommand()
        : VaultCommand(commands::sync, Cli::tr("send what is owed to the EHR's FHIR server"))
    { }

protected:
    int prepare() override
    {
        if (!hasFonts())
            return noFonts();
        if (auto r = FhirClient::checkUrl(QUrl(value(m_server))); !r)
            return report(r.error());
        return -1;
    }

    int runUnlocked(Vault& vault) override
    {
        if (isSet(m_tokenFile)) {
            auto token = SecretInput::fromFile(value(m_tokenFile));
            if (!token)
                return report(token.error());
            if (auto r = SyncSettings::save(vault, std::nullopt, token->view()); !r)
                return report(r.error());
        }
        FhirClient client(vault, FhirClient::Config {QUrl(value(m_server)), value(m_caFile)});
        auto result = client.syncDue();
        if (!result)
            return report(result.error());
        for (const QString& e : std::as_const(result->errors))
            QTextStream(stderr) << "relais-cli: " << e << Qt::endl;
        auto counts = Outbox(vault, SystemClock::instance()).counts();
        out() << Cli::tr("%1 Bundle(s) sent: %2 accepted, %3 failed, %4 in conflict")
                     .arg(result->patients)
                     .arg(result->acknowledged)
                     .arg(result->failed)
                     .arg(result->conflicts)
              << Qt::endl;
        for (const QString& d : std::as_const(result->possibleDuplicates))
            out() << Cli::tr("To check in the EHR: %1").arg(d) << Qt::endl;
        if (counts)
            out() << Cli::tr("Outbox: %1 acknowledged, %2 failed, %3 conflict, %4 pending")
                         .arg(counts->of(OutboxEntry::State::Acknowledged))
                         .arg(counts->of(OutboxEntry::State::Failed))
                         .arg(counts->of(OutboxEntry::State::Conflict))
                         .arg(counts->inFlight())
                  << Qt::endl;
        return result->failed + result->conflicts == 0 ? Cli::Ok : Cli::Other;
    }

private:
    const QCommandLineOption m_server = required(
        {QStringLiteral("server"), Cli::tr("The EHR's FHIR base URL (https://, or http://127.0.0.1)."),
            QStringLiteral("URL")},
        Cli::tr("sync needs --server URL"));
    const QCommandLineOption m_tokenFile = option({QStringLiteral("token-file"),
        Cli::tr("Store the bearer token read from FILE in the vault (kept for the next syncs)."),
        QStringLiteral("FILE")});
    const QCommandLineOption m_caFile = option({QStringLiteral("ca-file"),
        Cli::tr("An extra CA certificate (PEM) to trust."), QStringLiteral("FILE")});
};

} // namespace

const CommandInfo commands::sync {"sync", true, &make<SyncCommand>};

} // namespace relais::cli
