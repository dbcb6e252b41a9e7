// SPDX-License-Identifier: GPL-3.0-or-later
#include "drugs/DrugReference.h"

#include "records/TextFold.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <filesystem>

namespace relais {

namespace {

const char* const kFiles[] = {"CIS_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_CPD_bdpm.txt"};

const char kSchema[] = R"(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE medicine(cis INTEGER PRIMARY KEY, name TEXT NOT NULL, brand TEXT NOT NULL, dci TEXT NOT NULL,
    strength TEXT NOT NULL, form TEXT NOT NULL, route TEXT NOT NULL, secure INTEGER NOT NULL,
    available INTEGER NOT NULL, status TEXT NOT NULL, amm_status TEXT NOT NULL, marketing TEXT NOT NULL,
    conditions TEXT NOT NULL);
CREATE TABLE presentation(cis INTEGER NOT NULL, cip7 TEXT NOT NULL, cip13 TEXT NOT NULL, label TEXT NOT NULL,
    admin_status TEXT NOT NULL, marketing TEXT NOT NULL, date TEXT, rate TEXT NOT NULL, price REAL);
CREATE INDEX presentation_cis ON presentation(cis);
CREATE INDEX medicine_dci ON medicine(dci, strength, form);
CREATE TABLE composition(cis INTEGER NOT NULL, element TEXT NOT NULL, code TEXT NOT NULL, substance TEXT NOT NULL,
    strength TEXT NOT NULL, reference TEXT NOT NULL, nature TEXT NOT NULL, link INTEGER NOT NULL);
CREATE INDEX composition_cis ON composition(cis);
CREATE VIRTUAL TABLE medicine_fts USING fts5(dci, name, codes,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
)";

QString fold(const QString& s)
{
    QString d = s.normalized(QString::NormalizationForm_D).toLower();
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

// Status codes kept in the file; the words are translated when read.
const QString kWithdrawn = QStringLiteral("withdrawn");
const QString kNotMarketed = QStringLiteral("not-marketed");

QString statusText(const QString& code)
{
    if (code == kWithdrawn)
        return DrugReference::tr("withdrawn");
    if (code == kNotMarketed)
        return DrugReference::tr("not marketed");
    return {};
}

bool withdrawnAmm(const QString& status)
{
    const QString f = fold(status);
    return f.contains(QLatin1String("retir")) || f.contains(QLatin1String("abrog")) ||
           f.contains(QLatin1String("suspen")) || f.contains(QLatin1String("archiv"));
}

bool marketedPresentation(const BdpmPresentation& p)
{
    const QString admin = fold(p.adminStatus);
    const QString market = fold(p.marketing);
    return !admin.contains(QLatin1String("abrog")) && !market.contains(QLatin1String("arret")) &&
           !market.contains(QLatin1String("suspension"));
}

Error damaged(const QString& path, const QString& why)
{
    return {ErrorKind::VaultCorrupt,
            DrugReference::tr("The drug reference %1 is damaged (%2); import the BDPM files again.").arg(path, why)};
}

// Removes the half-built file unless it was renamed into place.
struct TempFile
{
    QString path;
    bool keep = false;
    ~TempFile()
    {
        if (!keep) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    }
};

Result<void> fill(Database& db, const QList<BdpmMedicine>& medicines, const QList<BdpmPresentation>& presentations,
                  const QList<BdpmComponent>& components, const QList<BdpmCondition>& conditions,
                  QList<BdpmProblem>& problems)
{
    QHash<qint64, QList<BdpmComponent>> compo;
    for (const BdpmComponent& c : components)
        compo[c.cis].append(c);
    QHash<qint64, QStringList> conds;
    for (const BdpmCondition& c : conditions)
        conds[c.cis].append(c.text);
    QHash<qint64, int> packs, marketedPacks;
    QHash<qint64, QStringList> codes;
    for (const BdpmPresentation& p : presentations) {
        ++packs[p.cis];
        if (marketedPresentation(p))
            ++marketedPacks[p.cis];
        codes[p.cis] << p.cip7 << p.cip13;
    }

    auto med = db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO medicine(cis, name, brand, dci, strength, form, route, secure, available, status, "
        "amm_status, marketing, conditions) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    auto fts = db.cached(QStringLiteral("INSERT INTO medicine_fts(rowid, dci, name, codes) VALUES(?,?,?,?)"));
    if (!med)
        return std::unexpected(med.error());
    if (!fts)
        return std::unexpected(fts.error());
    for (const BdpmMedicine& m : medicines) {
        const DciLine line = BdpmReader::dciLine(compo.value(m.cis));
        const QStringList mc = conds.value(m.cis);
        bool secure = false;
        for (const QString& c : mc)
            secure = secure || BdpmReader::requiresSecurePaper(c);
        QString status;
        if (withdrawnAmm(m.ammStatus))
            status = kWithdrawn;
        else if (fold(m.marketing).contains(QLatin1String("non commercialis")) ||
                 (packs.value(m.cis) > 0 && marketedPacks.value(m.cis) == 0))
            status = kNotMarketed;
        (*med)->reset();
        (*med)->bindAll({m.cis, m.name, BdpmReader::brandOf(m.name), line.dci, line.strength, m.form,
                         m.routes.join(QLatin1String(", ")), int(secure), int(status.isEmpty()), status, m.ammStatus,
                         m.marketing, mc.join(u'\n')});
        if (auto r = (*med)->run(); !r)
            return r;
        if (db.changes() == 0) {
            problems.append({QStringLiteral("CIS_bdpm.txt"), 0,
                             DrugReference::tr("the CIS code %1 appears twice; the first row is kept").arg(m.cis)});
            continue;
        }
        QStringList c = codes.value(m.cis);
        c.prepend(QString::number(m.cis));
        c.removeAll(QString());
        (*fts)->reset();
        (*fts)->bindAll({m.cis, line.dci, m.name, c.join(u' ')});
        if (auto r = (*fts)->run(); !r)
            return r;
    }
    auto pres = db.cached(QStringLiteral("INSERT INTO presentation(cis, cip7, cip13, label, admin_status, marketing, "
                                         "date, rate, price) VALUES(?,?,?,?,?,?,?,?,?)"));
    if (!pres)
        return std::unexpected(pres.error());
    for (const BdpmPresentation& p : presentations) {
        (*pres)->reset();
        (*pres)->bindAll({p.cis, p.cip7, p.cip13, p.label, p.adminStatus, p.marketing,
                          p.date.isValid() ? QVariant(p.date.toString(Qt::ISODate)) : QVariant(),
                          p.rate, p.price ? QVariant(*p.price) : QVariant()});
        if (auto r = (*pres)->run(); !r)
            return r;
    }
    auto comp = db.cached(QStringLiteral("INSERT INTO composition(cis, element, code, substance, strength, reference, "
                                         "nature, link) VALUES(?,?,?,?,?,?,?,?)"));
    if (!comp)
        return std::unexpected(comp.error());
    for (const BdpmComponent& c : components) {
        (*comp)->reset();
        (*comp)->bindAll({c.cis, c.element, c.code, c.substance, c.strength, c.reference, c.nature, c.link});
        if (auto r = (*comp)->run(); !r)
            return r;
    }
    return {};
}

Result<void> setMeta(Database& db, const QString& key, const QString& value)
{
    auto st = db.cached(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    if (!st)
        return std::unexpected(st.error());
    (*st)->bindAll({key, value});
    return (*st)->run();
}

} // namespace

PrescriptionLine DrugHit::toLine(bool withBrand) const
{
    PrescriptionLine l;
    l.dci = dci.isEmpty() ? name : dci;
    l.strength = strength;
    l.form = form;
    l.route = route;
    if (withBrand)
        l.brand = brand;
    // A stupéfiant (28 days, no renewal…) only when the conditions say so; secure paper alone
    // (tramadol, codeine) keeps its renewals within its limit.
    l.stupefiant = stupefiant;
    l.securePaper = securePaper;
    l.limitDays = limitDays;
    return l;
}

QString DrugHit::display() const
{
    QStringList what;
    what << (dci.isEmpty() ? name : QStringList{dci, strength}.join(u' ').trimmed());
    if (!form.isEmpty())
        what << form;
    if (!route.isEmpty())
        what << route;
    QString s = what.join(QLatin1String(", "));
    if (!brand.isEmpty())
        s += QStringLiteral(" — ") + brand;
    if (!otherBrands.isEmpty())
        s += QStringLiteral(" (") + DrugReference::tr("also %1").arg(otherBrands.join(QLatin1String(", "))) + u')';
    if (securePaper)
        s += QStringLiteral(" · ") + DrugReference::tr("secure prescription");
    if (!available)
        s += QStringLiteral(" (") + status + u')';
    return s;
}

QString formatBdpmProblem(const BdpmProblem& p)
{
    return p.line > 0 ? QStringLiteral("%1:%2: %3").arg(p.file).arg(p.line).arg(p.reason)
                      : QStringLiteral("%1: %2").arg(p.file, p.reason);
}

QString DrugReference::pathBeside(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("bdpm-reference.sqlite"));
}

QString DrugReference::describe() const
{
    return tr("BDPM reference of %1").arg(m_sourceDate.toString(QStringLiteral("dd/MM/yyyy")));
}

QString DrugReference::matchExpression(const QString& query)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (const QChar c : query) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

Result<QList<DrugHit>> DrugReference::search(const QString& query, int limit)
{
    const QString match = matchExpression(query);
    QList<DrugHit> hits;
    if (match.isEmpty())
        return hits;
    auto st = m_db.cached(QStringLiteral(
        "SELECT m.cis, m.name, m.brand, m.dci, m.strength, m.form, m.route, m.secure, m.available, m.status, "
        "m.conditions FROM medicine_fts JOIN medicine m ON m.cis = medicine_fts.rowid WHERE medicine_fts MATCH ?1 "
        "ORDER BY m.available DESC, bm25(medicine_fts, 10.0, 4.0, 1.0), m.name LIMIT ?2"));
    if (!st)
        return std::unexpected(st.error());
    (*st)->bindAll({match, limit});
    auto r = (*st)->each([&](const Statement& s) {
        DrugHit h{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.integer(7) != 0,
                  s.integer(8) != 0, statusText(s.text(9))};
        h.limitDays = SubstanceRules::limitDaysFromConditions(s.text(10));
        h.stupefiant = TextFold::fold(s.text(10)).contains(QLatin1String("stupefiant"));
        hits.append(h);
    });
    (*st)->reset();
    if (!r)
        return std::unexpected(r.error());
    auto brands = m_db.cached(QStringLiteral(
        "SELECT DISTINCT brand FROM medicine WHERE dci = ?1 AND strength = ?2 AND form = ?3 AND available = 1 "
        "AND brand <> ?4 AND dci <> '' ORDER BY brand LIMIT 5"));
    if (!brands)
        return std::unexpected(brands.error());
    for (DrugHit& h : hits) {
        (*brands)->reset();
        (*brands)->bindAll({h.dci, h.strength, h.form, h.brand});
        auto b = (*brands)->each([&](const Statement& s) { h.otherBrands.append(s.text(0)); });
        if (!b)
            return std::unexpected(b.error());
    }
    (*brands)->reset();
    return hits;
}

Result<QByteArray> DrugReference::contentHash(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString queries[] = {
        QStringLiteral("SELECT key, value FROM meta WHERE key <> 'content_sha256' ORDER BY key"),
        QStringLiteral("SELECT * FROM medicine ORDER BY cis"),
        QStringLiteral("SELECT * FROM presentation ORDER BY rowid"),
        QStringLiteral("SELECT * FROM composition ORDER BY rowid"),
        QStringLiteral("SELECT rowid, dci, name, codes FROM medicine_fts ORDER BY rowid"),
    };
    for (const QString& sql : queries) {
        auto st = db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        auto r = st->each([&](const Statement& s) {
            for (int i = 0; i < s.columnCount(); ++i) {
                h.addData(s.isNull(i) ? QByteArrayView("\x01") : QByteArrayView(s.text(i).toUtf8()));
                h.addData(QByteArrayView("\x1f"));
            }
            h.addData(QByteArrayView("\x1e"));
        });
        if (!r)
            return std::unexpected(r.error());
        h.addData(QByteArrayView("\x1d"));
    }
    return h.result().toHex();
}

Result<std::unique_ptr<DrugReference>> DrugReference::open(const QString& referencePath)
{
    if (!QFileInfo::exists(referencePath))
        return fail(ErrorKind::VaultMissing,
                    tr("No drug reference at %1: import the BDPM files first (relais-cli import-bdpm --dir DIR).")
                        .arg(referencePath));
    auto db = Database::open(referencePath, nullptr, false);
    if (!db)
        return fail(ErrorKind::VaultCorrupt, db.error().message);
    auto check = db->scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return std::unexpected(damaged(referencePath, check.error().message));
    if (check->toString() != QLatin1String("ok"))
        return std::unexpected(damaged(referencePath, check->toString()));
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(damaged(referencePath, version.error().message));
    if (version->toInt() > kSchemaVersion)
        return fail(ErrorKind::VaultTooNew,
                    tr("The drug reference %1 was made by a newer Relais; import the BDPM files again.").arg(referencePath));
    if (version->toInt() != kSchemaVersion)
        return std::unexpected(damaged(referencePath, tr("not a drug reference")));
    auto stored = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'content_sha256'"));
    auto actual = contentHash(*db);
    if (!stored || !actual)
        return std::unexpected(damaged(referencePath, !stored ? stored.error().message : actual.error().message));
    if (stored->toString().toLatin1() != *actual)
        return std::unexpected(damaged(referencePath, tr("its content does not match its checksum")));
    if (auto r = db->exec(QStringLiteral("INSERT INTO medicine_fts(medicine_fts) VALUES('integrity-check')")); !r)
        return std::unexpected(damaged(referencePath, r.error().message));

    std::unique_ptr<DrugReference> ref(new DrugReference(std::move(*db)));
    auto meta = ref->m_db.prepare(QStringLiteral("SELECT key, value FROM meta"));
    if (!meta)
        return std::unexpected(damaged(referencePath, meta.error().message));
    (void)meta->each([&](const Statement& s) {
        const QString key = s.text(0);
        if (key == QLatin1String("source_date"))
            ref->m_sourceDate = QDate::fromString(s.text(1), Qt::ISODate);
        else if (key == QLatin1String("imported_utc"))
            ref->m_importedUtc = QDateTime::fromString(s.text(1), Qt::ISODate);
        else if (key == QLatin1String("medicines"))
            ref->m_count = s.text(1).toLongLong();
    });
    return ref;
}

Result<BdpmImportReport> DrugReference::refresh(const QString& bdpmDir, const QString& referencePath)
{
    const QDir dir(bdpmDir);
    if (!dir.exists())
        return fail(ErrorKind::Io, tr("The folder %1 does not exist.").arg(bdpmDir));
    QByteArray bytes[4];
    BdpmImportReport report;
    for (int i = 0; i < 4; ++i) {
        const QString name = QString::fromLatin1(kFiles[i]);
        QFile f(dir.filePath(name));
        if (!f.exists())
            return fail(ErrorKind::Io, tr("The BDPM file %1 is missing from %2; the reference was not changed.")
                                           .arg(name, QDir::toNativeSeparators(bdpmDir)));
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        bytes[i] = f.readAll();
        const QDate modified = QFileInfo(f).lastModified().date();
        if (!report.sourceDate.isValid() || modified > report.sourceDate)
            report.sourceDate = modified;
    }
    const auto medicines = BdpmReader::medicines(bytes[0], QString::fromLatin1(kFiles[0]), report.problems);
    const int badMedicines = int(report.problems.size());
    const auto presentations = BdpmReader::presentations(bytes[1], QString::fromLatin1(kFiles[1]), report.problems);
    const auto components = BdpmReader::components(bytes[2], QString::fromLatin1(kFiles[2]), report.problems);
    const auto conditions = BdpmReader::conditions(bytes[3], QString::fromLatin1(kFiles[3]), report.problems);
    if (medicines.isEmpty())
        return fail(ErrorKind::Invalid,
                    tr("No medicine could be read from %1 (%n malformed row(s)); the reference was not changed.", "",
                       badMedicines)
                        .arg(QString::fromLatin1(kFiles[0])));

    TempFile temp{referencePath + QStringLiteral(".building")};
    QFile::remove(temp.path);
    {
        auto db = Database::open(temp.path, nullptr, true);
        if (!db)
            return std::unexpected(db.error());
        for (const char* sql : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"})
            if (auto r = db->exec(QString::fromLatin1(sql)); !r)
                return std::unexpected(r.error());
        if (auto r = db->exec(QString::fromLatin1(kSchema)); !r)
            return std::unexpected(r.error());
        Transaction tx(*db);
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        if (auto r = fill(*db, medicines, presentations, components, conditions, report.problems); !r)
            return std::unexpected(r.error());
        auto count = db->scalar(QStringLiteral("SELECT count(*) FROM medicine"));
        if (!count)
            return std::unexpected(count.error());
        report.medicines = count->toLongLong();
        report.presentations = presentations.size();
        report.components = components.size();
        report.conditions = conditions.size();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto& [k, v] : {std::pair{QStringLiteral("source_date"), report.sourceDate.toString(Qt::ISODate)},
                                   std::pair{QStringLiteral("imported_utc"), now.toString(Qt::ISODate)},
                                   std::pair{QStringLiteral("medicines"), QString::number(report.medicines)},
                                   std::pair{QStringLiteral("presentations"), QString::number(report.presentations)}})
            if (auto r = setMeta(*db, k, v); !r)
                return std::unexpected(r.error());
        auto hash = contentHash(*db);
        if (!hash)
            return std::unexpected(hash.error());
        if (auto r = setMeta(*db, QStringLiteral("content_sha256"), QString::fromLatin1(*hash)); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        for (const char* sql : {"INSERT INTO medicine_fts(medicine_fts) VALUES('optimize')", "PRAGMA journal_mode = DELETE",
                                "PRAGMA user_version = 1"})
            if (auto r = db->exec(QString::fromLatin1(sql)); !r)
                return std::unexpected(r.error());
    }
    // What was built must open as the app will open it, before it replaces anything.
    if (auto check = open(temp.path); !check)
        return std::unexpected(check.error());
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.path.toStdU16String()),
                            std::filesystem::path(referencePath.toStdU16String()), ec);
    if (ec)
        return fail(ErrorKind::Io, tr("Cannot put the new drug reference in place at %1: %2")
                                       .arg(referencePath, QString::fromLocal8Bit(ec.message())));
    temp.keep = true;
    return report;
}

} // namespace relais
