// SPDX-License-Identifier: GPL-3.0-or-later
// Drug reference at full size: a generated BDPM set (15,000 medicines, 20,000 presentations,
// compositions, conditions) is imported, then a fixed list of queries is timed through
// DrugReference::search (match, ranking, top 20) beside the bare FTS query in the same run.
#include "drugs/DrugReference.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace relais;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

void writeFile(const QString& path, const QStringList& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        std::exit(1);
    f.write((lines.join(u'\n') + u'\n').toUtf8());
}

// Rows shaped like the real files: brands and generics of a few hundred substances.
void generate(const QString& dir, int medicines, int presentations)
{
    QRandomGenerator rng(2026);
    const QStringList roots{QStringLiteral("AMOXICILL"), QStringLiteral("PARACÉTAM"), QStringLiteral("IBUPROF"),
                            QStringLiteral("TRAMAD"),    QStringLiteral("MORPH"),     QStringLiteral("OMÉPRAZ"),
                            QStringLiteral("METFORM"),   QStringLiteral("ATORVAST"),  QStringLiteral("LÉVOTHYROX"),
                            QStringLiteral("CLAVULAN"),  QStringLiteral("AMLODIP"),   QStringLiteral("RAMIPR")};
    const QStringList endings{QStringLiteral("INE"), QStringLiteral("OL"), QStringLiteral("ENE"), QStringLiteral("IDE"),
                              QStringLiteral("ATE"), QStringLiteral("ONE")};
    const QStringList labs{QStringLiteral("BIOGARAN"), QStringLiteral("ARROW"), QStringLiteral("SANDOZ"),
                           QStringLiteral("VIATRIS"), QStringLiteral("TEVA"), QStringLiteral("ZENTIVA")};
    const QStringList forms{QStringLiteral("comprimé"), QStringLiteral("gélule"), QStringLiteral("comprimé pelliculé"),
                            QStringLiteral("solution buvable"), QStringLiteral("suppositoire")};
    const QString syll = QStringLiteral("BADOKELIMURATEXOPIVANO");
    QStringList cis, cip, compo, cpd;
    for (int i = 0; i < medicines; ++i) {
        const QString code = QString::number(60000000 + i);
        const QString substance = roots.at(int(rng.bounded(roots.size()))) + QString::number(rng.bounded(30)) +
                                  endings.at(int(rng.bounded(endings.size())));
        const QString strength = QString::number(5 * (1 + rng.bounded(200))) + QStringLiteral(" mg");
        QString brand;
        if (rng.bounded(3) == 0) {
            brand = substance + u' ' + labs.at(int(rng.bounded(labs.size())));
        } else {
            for (int s = 0; s < 4; ++s)
                brand += syll.mid(int(rng.bounded(syll.size() - 2)), 2);
        }
        const QString form = forms.at(int(rng.bounded(forms.size())));
        const bool withdrawn = rng.bounded(10) == 0;
        cis << QStringList{code, brand + u' ' + strength + QStringLiteral(", ") + form, form, QStringLiteral("orale"),
                           withdrawn ? QStringLiteral("Autorisation retirée") : QStringLiteral("Autorisation active"),
                           QStringLiteral("Procédure nationale"),
                           withdrawn ? QStringLiteral("Non commercialisée") : QStringLiteral("Commercialisée"),
                           QStringLiteral("01/02/2010"), QString(), QString(), QStringLiteral(" LABO"),
                           QStringLiteral("Non")}.join(u'\t') + u'\t';
        compo << QStringList{code, form, QString::number(1000 + i % 5000), substance, strength, QStringLiteral("un comprimé"),
                             QStringLiteral("SA"), QStringLiteral("1")}.join(u'\t') + u'\t';
        if (rng.bounded(3) == 0)
            compo << QStringList{code, form, QString::number(9000 + i % 500), roots.at(int(rng.bounded(roots.size()))) +
                                 QStringLiteral("IQUE"), QStringLiteral("62,5 mg"), QStringLiteral("un comprimé"),
                                 QStringLiteral("SA"), QStringLiteral("2")}.join(u'\t') + u'\t';
        if (rng.bounded(5) == 0)
            cpd << code + QStringLiteral("\tliste I");
        if (rng.bounded(50) == 0)
            cpd << code + QStringLiteral("\tprescription sur ordonnance sécurisée");
    }
    for (int i = 0; i < presentations; ++i) {
        const int m = i < medicines ? i : int(rng.bounded(medicines));
        cip << QStringList{QString::number(60000000 + m), QString::number(3000000 + i), QStringLiteral("plaquette(s) de 16"),
                           QStringLiteral("Présentation active"), QStringLiteral("Déclaration de commercialisation"),
                           QStringLiteral("16/03/2011"), QString::number(3400930000000LL + i), QStringLiteral("oui"),
                           QStringLiteral("65%"), QStringLiteral("1,16"), QStringLiteral("2,18"), QStringLiteral("1,02"),
                           QString()}.join(u'\t');
    }
    writeFile(QDir(dir).filePath(QStringLiteral("CIS_bdpm.txt")), cis);
    writeFile(QDir(dir).filePath(QStringLiteral("CIS_CIP_bdpm.txt")), cip);
    writeFile(QDir(dir).filePath(QStringLiteral("CIS_COMPO_bdpm.txt")), compo);
    writeFile(QDir(dir).filePath(QStringLiteral("CIS_CPD_bdpm.txt")), cpd);
}

// What SQLite alone needs: the same MATCH, rowids only.
int bare(Database& db, const QString& query)
{
    auto st = db.cached(QStringLiteral("SELECT rowid FROM medicine_fts WHERE medicine_fts MATCH ?1"));
    (*st)->bind(1, DrugReference::matchExpression(query));
    int n = 0;
    while (*(*st)->step())
        ++n;
    (*st)->reset();
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int medicines = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 15000;
    const int presentations = medicines * 4 / 3;
    QTemporaryDir dir;
    generate(dir.path(), medicines, presentations);
    const QString refPath = dir.filePath(QStringLiteral("bdpm-reference.sqlite"));
    QElapsedTimer t;
    t.start();
    auto report = DrugReference::refresh(dir.path(), refPath);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    auto ref = DrugReference::open(refPath);
    if (!ref)
        return 1;
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("import: %lld medicines, %lld presentations, %lld components in %.0f ms; open with checks %.0f ms; "
                "file %.1f MB\n",
                static_cast<long long>(report->medicines), static_cast<long long>(report->presentations),
                static_cast<long long>(report->components), importMs, openMs,
                double(QFileInfo(refPath).size()) / 1e6);

    const QStringList queries{QStringLiteral("a"),          QStringLiteral("am"),         QStringLiteral("amox"),
                              QStringLiteral("parac"),      QStringLiteral("paracétam"), QStringLiteral("doli"),
                              QStringLiteral("mor"),        QStringLiteral("tramad biog"), QStringLiteral("60001234"),
                              QStringLiteral("3400930001"), QStringLiteral("ibuprof 200"), QStringLiteral("zzz")};
    const int reps = 15;
    QList<double> all, allBare;
    for (const QString& q : queries) {
        QList<double> mine, base;
        int hits = 0, rows = 0;
        for (int i = 0; i < reps; ++i) {
            t.restart();
            hits = int((*ref)->search(q, 20)->size());
            mine << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            rows = bare((*ref)->db(), q);
            base << double(t.nsecsElapsed()) / 1e6;
        }
        all << mine;
        allBare << base;
        std::printf("  %-14s %5d matches, top %2d: median %6.2f ms (bare FTS %6.2f ms)\n", qPrintable(q), rows, hits,
                    median(mine), median(base));
    }
    std::printf("search: median %.2f ms over %lld runs (bare FTS %.2f ms)\n", median(all),
                static_cast<long long>(all.size()), median(allBare));
    return 0;
}
