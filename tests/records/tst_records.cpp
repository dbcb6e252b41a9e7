// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "records/Communes.h"
#include "records/Identity.h"
#include "records/Nir.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "records/TextFold.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace relais;
using relais::test::secret;

Q_DECLARE_METATYPE(relais::IdentityStatus)

class TestRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<PatientStore> m_store;

    Patient person(const QString& birth, const QString& given, const QDate& born, Sex sex = Sex::Female,
                   const QString& used = {})
    {
        Patient p;
        p.birthName = birth;
        p.usedName = used;
        p.firstGivenName = given;
        p.birthGivenNames = {given};
        p.birthDate = born;
        p.sex = sex;
        return p;
    }

    qint64 add(Patient p, IdentityStatus s = IdentityStatus::Prov)
    {
        auto id = m_store->create(std::move(p), s);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    QList<qint64> ids(const QString& query)
    {
        QList<qint64> out;
        auto r = PatientSearch(m_vault->db()).search(query);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        for (const PatientHit& h : std::as_const(r->hits))
            out.append(h.id);
        return out;
    }

    qint64 henin = 0, legoff = 0, ndiaye = 0, goff = 0, martin = 0, hennin = 0, lefevre = 0, married = 0;

private slots:
    // Birth places: the commune's name from the shipped COG (current, Corsica, arrondissement,
    // a former code), nothing for a code abroad or unknown.
    void communesFromTheCog_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("current") << "25042" << "Le Barboux";
        QTest::newRow("Corsica 2A") << "2A004" << "Ajaccio";
        QTest::newRow("lower case") << "2a004" << "Ajaccio";
        QTest::newRow("arrondissement") << "69383" << "Lyon 3e Arrondissement";
        QTest::newRow("former Corsica code") << "20004" << "Ajaccio";
        QTest::newRow("abroad") << "99134" << "";
        QTest::newRow("unknown") << "00000" << "";
    }
    void communesFromTheCog()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(Communes::name(code), name);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = Vault::create(m_dir.filePath(QStringLiteral("r.vault")), QStringLiteral("Dr R"), secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        m_store = std::make_unique<PatientStore>(*m_vault);

        Patient h = person(QStringLiteral("Hénin"), QStringLiteral("Zoé"), QDate(1954, 3, 12));
        h.matricule = DemoData::makeNir(2, 54, 3, QStringLiteral("75"), 56, 42);
        h.mobile = QStringLiteral("+33 6 12 34 56 78");
        henin = add(h);
        legoff = add(person(QStringLiteral("Le Goff-Martin"), QStringLiteral("Yann"), QDate(1980, 1, 2), Sex::Male));
        ndiaye = add(person(QStringLiteral("N'Diaye"), QStringLiteral("Fatou"), QDate(1990, 7, 14)));
        goff = add(person(QStringLiteral("Goffin"), QStringLiteral("Léa"), QDate(2001, 5, 5)));
        martin = add(person(QStringLiteral("Martin"), QStringLiteral("Hélène"), QDate(1954, 8, 30)));
        hennin = add(person(QStringLiteral("Henninger"), QStringLiteral("Paul"), QDate(1970, 3, 12), Sex::Male));
        lefevre = add(person(QStringLiteral("Lefèvre"), QStringLiteral("Ève"), QDate(1999, 12, 31)));
        married = add(person(QStringLiteral("Durand"), QStringLiteral("Chloé"), QDate(1985, 6, 1), Sex::Female,
                             QStringLiteral("Hénin")));
    }

    void nir_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("messagePart");
        const QString good = DemoData::makeNir(1, 54, 3, QStringLiteral("69"), 123, 45);
        QTest::newRow("valid") << good << true << QString();
        QTest::newRow("valid with spaces") << Nir::format(good) << true << QString();
        QString wrongKey = good;
        wrongKey[14] = wrongKey[14] == u'0' ? u'1' : u'0';
        QTest::newRow("wrong key") << wrongKey << false << QStringLiteral("key");
        QTest::newRow("corsica 2A") << DemoData::makeNir(2, 80, 5, QStringLiteral("2A"), 4, 12) << true << QString();
        QTest::newRow("corsica 2B") << DemoData::makeNir(1, 75, 11, QStringLiteral("2B"), 33, 1) << true << QString();
        QString corsicaSwapped = DemoData::makeNir(2, 80, 5, QStringLiteral("2A"), 4, 12);
        corsicaSwapped[6] = u'B';
        QTest::newRow("2A key used with 2B") << corsicaSwapped << false << QStringLiteral("key");
        QTest::newRow("provisional 7") << DemoData::makeNir(7, 90, 1, QStringLiteral("99"), 350, 3) << true << QString();
        QTest::newRow("provisional 8") << DemoData::makeNir(8, 90, 1, QStringLiteral("99"), 350, 3) << true << QString();
        QTest::newRow("sex digit 3") << DemoData::makeNir(3, 54, 3, QStringLiteral("69"), 123, 45) << false << QStringLiteral("first digit");
        QTest::newRow("too short") << good.left(13) << false << QStringLiteral("15");
        QTest::newRow("too long") << good + u'1' << false << QStringLiteral("15");
        QTest::newRow("letters") << QStringLiteral("1540369X2304512") << false << QStringLiteral("not a digit");
        QTest::newRow("month 00") << DemoData::makeNir(1, 54, 0, QStringLiteral("69"), 123, 45) << false << QStringLiteral("month");
        QTest::newRow("empty") << QString() << false << QStringLiteral("15");
    }

    void nir()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, messagePart);
        auto r = Nir::validate(typed, QStringLiteral("NIR"));
        QCOMPARE(r.has_value(), valid);
        if (!valid) {
            QVERIFY2(r.error().message.startsWith(QLatin1String("NIR")), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        } else {
            QCOMPARE(r->size(), 15);
        }
    }

    void nirKnownAnswer()
    {
        // 97 − (1540369123045 mod 97) computed independently.
        QCOMPARE(Nir::key(QStringLiteral("1540369123045")), int(97 - (1540369123045LL % 97)));
        QCOMPARE(Nir::key(QStringLiteral("280052A004012")), int(97 - (2800519004012LL % 97)));
        QCOMPARE(Nir::key(QStringLiteral("175112B033001")), int(97 - (1751118033001LL % 97)));
    }

    void identityStatus_data()
    {
        QTest::addColumn<QVariant>("previous");  // IdentityStatus or invalid (new patient)
        QTest::addColumn<relais::IdentityStatus>("requested");
        QTest::addColumn<bool>("traitsChanged");
        QTest::addColumn<bool>("doubtful");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QVariant>("expected");  // IdentityStatus, or invalid for a refusal
        const auto st = [](IdentityStatus s) { return QVariant::fromValue(s); };
        QTest::newRow("new PROV") << QVariant() << IdentityStatus::Prov << true << false << true << st(IdentityStatus::Prov);
        QTest::newRow("new VALI") << QVariant() << IdentityStatus::Vali << true << false << true << st(IdentityStatus::Vali);
        QTest::newRow("new VALI incomplete") << QVariant() << IdentityStatus::Vali << true << false << false << QVariant();
        QTest::newRow("new QUAL refused") << QVariant() << IdentityStatus::Qual << true << false << true << QVariant();
        QTest::newRow("new RECUP refused") << QVariant() << IdentityStatus::Recup << true << false << true << QVariant();
        QTest::newRow("doubtful stays PROV") << QVariant() << IdentityStatus::Vali << true << true << true << st(IdentityStatus::Prov);
        QTest::newRow("imported QUAL kept") << st(IdentityStatus::Qual) << IdentityStatus::Qual << false << false << true << st(IdentityStatus::Qual);
        QTest::newRow("imported RECUP kept") << st(IdentityStatus::Recup) << IdentityStatus::Recup << false << false << true << st(IdentityStatus::Recup);
        QTest::newRow("QUAL traits edited") << st(IdentityStatus::Qual) << IdentityStatus::Qual << true << false << true << QVariant();
        QTest::newRow("QUAL edited to VALI") << st(IdentityStatus::Qual) << IdentityStatus::Vali << true << false << true << st(IdentityStatus::Vali);
        QTest::newRow("RECUP edited to PROV") << st(IdentityStatus::Recup) << IdentityStatus::Prov << true << false << true << st(IdentityStatus::Prov);
        QTest::newRow("VALI cannot become QUAL") << st(IdentityStatus::Vali) << IdentityStatus::Qual << false << false << true << QVariant();
        QTest::newRow("PROV to VALI") << st(IdentityStatus::Prov) << IdentityStatus::Vali << false << false << true << st(IdentityStatus::Vali);
    }

    void identityStatus()
    {
        QFETCH(QVariant, previous);
        QFETCH(relais::IdentityStatus, requested);
        QFETCH(bool, traitsChanged);
        QFETCH(bool, doubtful);
        QFETCH(bool, complete);
        QFETCH(QVariant, expected);
        Patient p = person(QStringLiteral("X"), complete ? QStringLiteral("Y") : QString(), QDate(2000, 1, 1));
        const std::optional<IdentityStatus> prev = previous.isValid() ? std::optional(previous.value<IdentityStatus>()) : std::nullopt;
        auto r = Identity::statusOnSave(p, requested, prev, traitsChanged, doubtful);
        QCOMPARE(r.has_value(), expected.isValid());
        if (r)
            QCOMPARE(*r, expected.value<IdentityStatus>());
        else
            QVERIFY(r.error().message.startsWith(QLatin1String("Identity status")));
    }

    void impossibleValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no birth name") << "birthName" << "" << "Birth name";
        QTest::newRow("no given name") << "given" << "" << "First given name";
        QTest::newRow("future birth") << "birth" << "2030-01-01" << "future";
        QTest::newRow("birth 1850") << "birth" << "1850-01-01" << "impossible";
        QTest::newRow("bad NIR") << "nir" << "154036912304500" << "NIR";
        QTest::newRow("bad INSEE") << "insee" << "7505" << "INSEE";
        QTest::newRow("bad e-mail") << "email" << "zoe.example.fr" << "E-mail";
    }

    void impossibleValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        Patient p = person(QStringLiteral("Valide"), QStringLiteral("Vanessa"), QDate(1990, 1, 1));
        if (field == u"birthName") p.birthName = value;
        if (field == u"given") p.firstGivenName = value;
        if (field == u"birth") p.birthDate = QDate::fromString(value, Qt::ISODate);
        if (field == u"nir") p.matricule = value;
        if (field == u"insee") p.birthPlaceInsee = value;
        if (field == u"email") p.email = value;
        const qint64 before = *m_store->count();
        auto r = m_store->create(p, IdentityStatus::Prov);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QCOMPARE(*m_store->count(), before);  // nothing half-written
    }

    void recordRoundTripAndOrigin()
    {
        Patient p = person(QStringLiteral("Châtelain"), QStringLiteral("Noël"), QDate(1948, 12, 25), Sex::Male);
        p.birthGivenNames = {QStringLiteral("Noël"), QStringLiteral("Jean-Marie")};
        p.matricule = DemoData::makeNir(1, 48, 12, QStringLiteral("2B"), 33, 7);
        p.birthPlaceInsee = QStringLiteral("2B033");
        p.address = QStringLiteral("3 place de l'Église");
        const qint64 id = add(p, IdentityStatus::Vali);
        QVERIFY(m_store->add(id, Allergy{0, QStringLiteral("Pénicillines"), QStringLiteral("urticaire"), QStringLiteral("high"), Origin::Local, {}}));
        QVERIFY(m_store->add(id, Ald{0, QStringLiteral("Diabète de type 2"), QStringLiteral("E11"), QDate(2015, 1, 1), {}, Origin::Local, {}}));
        QVERIFY(m_store->add(id, Antecedent{0, Antecedent::Kind::Surgical, QStringLiteral("Appendicectomie"), QDate(1960, 5, 1), QStringLiteral("K35"), Origin::Local, {}}));
        QVERIFY(m_store->add(id, Measurement{0, QDate(2026, 11, 1), 82.5, 176, Origin::Local, {}}));
        Treatment t;
        t.dci = QStringLiteral("METFORMINE");
        t.strength = QStringLiteral("1000 mg");
        t.renewals = 2;
        t.ald = true;
        QVERIFY(m_store->add(id, t));
        QVERIFY(!m_store->add(id, Measurement{0, QDate(2026, 11, 1), 900, 0, Origin::Local, {}}));  // impossible weight
        QVERIFY(!m_store->add(id, Antecedent{0, Antecedent::Kind::Medical, QStringLiteral("x"), {}, QStringLiteral("ZZZ"), Origin::Local, {}}));

        auto got = m_store->get(id);
        QVERIFY(got);
        QCOMPARE(got->birthGivenNames, (QStringList{QStringLiteral("Noël"), QStringLiteral("Jean-Marie")}));
        QCOMPARE(got->identityStatus, IdentityStatus::Vali);
        QCOMPARE(got->origin, Origin::Local);
        QVERIFY(got->changedLocally);
        QCOMPARE(got->allergies.size(), 1);
        QCOMPARE(got->allergies.first().severity, QStringLiteral("high"));
        QCOMPARE(got->alds.first().cim10, QStringLiteral("E11"));
        QCOMPARE(got->treatments.first().renewals, 2);
        QCOMPARE(got->measurements.first().weightKg, 82.5);
        QCOMPARE(got->ageText(QDate(2026, 11, 23)), QStringLiteral("77 year(s)"));
    }

    void importedPatientKeepsItsStatusAndSource()
    {
        Patient p = person(QStringLiteral("Importé"), QStringLiteral("Igor"), QDate(1960, 2, 2), Sex::Male);
        p.origin = Origin::Imported;
        p.sourceId = QStringLiteral("ehr-123");
        p.identityStatus = IdentityStatus::Qual;
        auto id = m_store->insertRaw(p);
        QVERIFY(id);
        auto got = m_store->get(*id);
        QCOMPARE(got->identityStatus, IdentityStatus::Qual);
        QVERIFY(!got->changedLocally);
        // Correcting the address keeps QUAL; correcting a trait needs PROV or VALI.
        got->address = QStringLiteral("1 rue Neuve");
        QVERIFY(m_store->update(*got, IdentityStatus::Qual));
        QCOMPARE(m_store->get(*id)->identityStatus, IdentityStatus::Qual);
        QVERIFY(m_store->get(*id)->changedLocally);
        QCOMPARE(m_store->get(*id)->sourceId, QStringLiteral("ehr-123"));
        got->firstGivenName = QStringLiteral("Igor-Ivan");
        QVERIFY(!m_store->update(*got, IdentityStatus::Qual));
        QVERIFY(m_store->update(*got, IdentityStatus::Vali));
        QCOMPARE(m_store->get(*id)->identityStatus, IdentityStatus::Vali);
    }

    void duplicatesAreFound()
    {
        Patient again = person(QStringLiteral("HENIN"), QStringLiteral("zoe"), QDate(1954, 3, 12));
        auto d = m_store->findDuplicates(again);
        QVERIFY(d);
        QCOMPARE(d->size(), 1);
        QCOMPARE(d->first().id, henin);
        Patient sameNir = person(QStringLiteral("Autre"), QStringLiteral("Nom"), QDate(1960, 1, 1));
        sameNir.matricule = m_store->get(henin)->matricule;
        QCOMPARE(m_store->findDuplicates(sameNir)->first().reason, QStringLiteral("same social-security number"));
        Patient usedName = person(QStringLiteral("Hénin"), QStringLiteral("Chloé"), QDate(1985, 6, 1));  // married name
        QCOMPARE(m_store->findDuplicates(usedName)->first().id, married);
        Patient different = person(QStringLiteral("Hénin"), QStringLiteral("Zoé"), QDate(1954, 3, 13));
        QVERIFY(m_store->findDuplicates(different)->isEmpty());
    }

    void chartViewIsAudited()
    {
        auto p = m_store->openChart(henin);
        QVERIFY(p);
        const auto entries = *m_vault->audit().entries();
        QCOMPARE(entries.last().action, QStringLiteral("patient.view"));
        QCOMPARE(entries.last().objectId, QString::number(henin));
        for (const AuditEntry& e : entries)
            QVERIFY(!e.detail.contains(QLatin1String("Hénin")) && !e.objectId.contains(QLatin1String("Hénin")));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << QStringLiteral("Hénin-Beaumont") << QStringLiteral("henin-beaumont");
        QTest::newRow("ligature") << QStringLiteral("Cœur Æsa") << QStringLiteral("coeur aesa");
        QTest::newRow("cedilla") << QStringLiteral("FRANÇOIS") << QStringLiteral("francois");
        QTest::newRow("trema") << QStringLiteral("Anaïs Maëlle") << QStringLiteral("anais maelle");
    }

    void fold()
    {
        QFETCH(QString, in);
        QFETCH(QString, folded);
        QCOMPARE(TextFold::fold(in), folded);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");      // expected first hit (variable name)
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNot");
        QTest::newRow("henin finds Hénin") << "henin" << "" << QStringList{"henin", "married"} << QStringList{"hennin"};
        QTest::newRow("hen prefix") << "hen" << "" << QStringList{"henin", "hennin", "married"} << QStringList{"legoff", "martin"};
        // Prefixes: "le goff" also finds Léa Goffin, ranked below Le Goff.
        QTest::newRow("le goff") << "le goff" << "legoff" << QStringList{"goff"} << QStringList{"henin"};
        QTest::newRow("LE GOFF upper") << "LE GOFF" << "legoff" << QStringList{} << QStringList{};
        QTest::newRow("goff: exact above prefix") << "goff" << "legoff" << QStringList{"goff"} << QStringList{};
        QTest::newRow("legoff joined") << "legoff" << "legoff" << QStringList{} << QStringList{};
        QTest::newRow("ndiaye") << "ndiaye" << "ndiaye" << QStringList{} << QStringList{};
        QTest::newRow("n'diaye typed") << "n'diaye" << "ndiaye" << QStringList{} << QStringList{};
        QTest::newRow("given + name") << "zoe hen" << "henin" << QStringList{} << QStringList{"hennin", "married"};
        QTest::newRow("used name: married") << "henin chloe" << "married" << QStringList{} << QStringList{"henin"};
        QTest::newRow("lefevre no accent") << "lefevre" << "lefevre" << QStringList{} << QStringList{};
        QTest::newRow("eve") << "eve" << "lefevre" << QStringList{} << QStringList{};
        QTest::newRow("date slashes") << "12/03/1954" << "henin" << QStringList{} << QStringList{"martin", "hennin"};
        QTest::newRow("date digits") << "12031954" << "henin" << QStringList{} << QStringList{"martin"};
        QTest::newRow("year") << "1954" << "" << QStringList{"henin", "martin"} << QStringList{"hennin"};
        QTest::newRow("name + year") << "martin 1954" << "martin" << QStringList{} << QStringList{"henin", "legoff"};
        QTest::newRow("NIR prefix") << "2 54 03" << "henin" << QStringList{} << QStringList{"martin"};
        QTest::newRow("phone national") << "06 12 34" << "henin" << QStringList{} << QStringList{};
        QTest::newRow("phone international") << "+336123456" << "henin" << QStringList{} << QStringList{};
        QTest::newRow("nothing") << "zzzz" << "" << QStringList{} << QStringList{"henin"};
        QTest::newRow("fts syntax is inert") << "\"hen* OR" << "" << QStringList{} << QStringList{};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNot);
        const QHash<QString, qint64> byName{{QStringLiteral("henin"), henin}, {QStringLiteral("legoff"), legoff},
                                            {QStringLiteral("ndiaye"), ndiaye}, {QStringLiteral("goff"), goff},
                                            {QStringLiteral("martin"), martin}, {QStringLiteral("hennin"), hennin},
                                            {QStringLiteral("lefevre"), lefevre}, {QStringLiteral("married"), married}};
        const QList<qint64> found = ids(query);
        if (!first.isEmpty()) {
            QVERIFY2(!found.isEmpty(), qPrintable(query));
            QCOMPARE(found.first(), byName.value(first));
        }
        for (const QString& n : mustHave)
            QVERIFY2(found.contains(byName.value(n)), qPrintable(n));
        for (const QString& n : mustNot)
            QVERIFY2(!found.contains(byName.value(n)), qPrintable(n));
    }

    void searchLimitsAndCounts()
    {
        QVERIFY(DemoData(7).fill(*m_store, 300, m_clock.nowUtc().date()));
        auto r = PatientSearch(m_vault->db()).search(QStringLiteral("m"), 50);
        QVERIFY(r);
        QCOMPARE(r->hits.size(), 50);
        QVERIFY(r->total > 50);
        for (int i = 1; i < r->hits.size(); ++i)
            QVERIFY(r->hits.at(i - 1).score >= r->hits.at(i).score);
        QCOMPARE(PatientSearch(m_vault->db()).search(QStringLiteral("   "))->total, 0);
    }

    // The ranking kept by a long-lived search, updated patient by patient, must give exactly
    // what a search built from scratch gives: same total, same hits, same scores, same order.
    void incrementalRankingMatchesFullBuild()
    {
        auto created = Vault::create(m_dir.filePath(QStringLiteral("inc.vault")), QStringLiteral("Dr I"), secret(test::kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        Vault& vault = *created->vault;
        PatientStore store(vault);
        QVERIFY(DemoData(5).fill(store, 400, m_clock.nowUtc().date()));
        PatientSearch live(vault.db());
        const QStringList queries{"mar", "martin", "le goff", "b", "jean", "a", "z", "abadie", "élo", "1954", "zoltan",
                                  "durand", "n diaye", "ndiaye", "06 12", "martin 1954", "dupont-abadie", "hortense",
                                  "de la tour", "marie anne"};
        const auto same = [&](const char* step) {
            for (const QString& q : queries) {
                auto a = live.search(q);
                auto b = PatientSearch(vault.db()).search(q);
                QVERIFY2(a && b, step);
                QVERIFY2(a->total == b->total, qPrintable(QStringLiteral("%1 / %2: %3 vs %4").arg(step, q).arg(a->total).arg(b->total)));
                QCOMPARE(a->hits.size(), b->hits.size());
                for (qsizetype i = 0; i < a->hits.size(); ++i) {
                    QVERIFY2(a->hits.at(i).id == b->hits.at(i).id && a->hits.at(i).score == b->hits.at(i).score,
                             qPrintable(QStringLiteral("%1 / %2: hit %3").arg(step, q).arg(i)));
                }
            }
        };
        const auto found = [&](const QString& q, qint64 id) {
            auto r = live.search(q, 1000);
            if (!r)
                return false;
            return std::any_of(r->hits.cbegin(), r->hits.cend(), [&](const PatientHit& h) { return h.id == id; });
        };
        QVERIFY(live.prepare());
        QCOMPARE(live.stats().fullBuilds, 1);
        same("built");
        if (QTest::currentTestFailed())
            return;

        // Insert: names the dictionary has never seen, sorting first, last and in the middle,
        // and one that ties with an existing patient's sort key.
        const qint64 abadie = *store.create(person("Abadie", "Élodie", QDate(1954, 2, 1)), IdentityStatus::Prov);
        const qint64 zoltan = *store.create(person("Zoltan-Abadie", "Zoé", QDate(1980, 5, 6), Sex::Female, "Dupont-Abadie"),
                                            IdentityStatus::Prov);
        const qint64 twin = *store.create(person("Martin", "Jean", QDate(1970, 1, 1), Sex::Male), IdentityStatus::Prov);
        // More name tokens than a ranking entry holds inline (kept apart).
        Patient many = person("De La Tour d'Auvergne-Lauraguais", "Marie", QDate(1950, 6, 6));
        many.birthGivenNames = {"Marie", "Anne", "Louise", "Jeanne", "Élisabeth", "Victoire", "Adélaïde", "Sophie", "Hortense"};
        const qint64 longName = *store.create(many, IdentityStatus::Prov);
        same("inserted");
        QVERIFY(found("abadie", abadie) && found("dupont abadie", zoltan) && found("martin jean", twin));
        QVERIFY(found("hortense lauraguais", longName));

        // Update: a new used name and a new given name.
        Patient p = *store.get(abadie);
        p.usedName = "Marchetti";
        p.firstGivenName = "Aurélie";
        p.birthGivenNames = {"Aurélie"};
        QVERIFY(store.update(p, p.identityStatus));
        same("updated");
        QVERIFY(found("marchetti", abadie) && found("aurelie", abadie));
        QVERIFY(!found("elodie", abadie));

        // Delete (no screen deletes a patient today; the ranking must follow all the same).
        {
            Transaction tx(vault.db());
            QVERIFY(tx.begin());
            for (const char* sql : {"DELETE FROM patient_fts WHERE rowid = ?", "DELETE FROM patient WHERE id = ?"}) {
                auto del = vault.db().prepare(QString::fromLatin1(sql));
                QVERIFY(del);
                del->bind(1, zoltan);
                QVERIFY(del->run());
            }
            QVERIFY(tx.commit());
        }
        same("deleted");
        QVERIFY(!found("zoltan", zoltan));

        // A rolled-back creation leaves nothing behind.
        {
            Transaction tx(vault.db());
            QVERIFY(tx.begin());
            QVERIFY(store.create(person("Rollbackowski", "Anna", QDate(1990, 1, 1)), IdentityStatus::Prov));
        }
        same("rolled back");
        QCOMPARE(live.search("rollbackowski")->total, 0);
        QCOMPARE(live.stats().fullBuilds, 1);  // all of the above without a rebuild
        QVERIFY(live.stats().incrementalUpdates >= 3);

        // A change through another connection (not logged here) is still seen, by a rebuild.
        {
            auto other = Vault::open(vault.path(), secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(other);
            PatientStore otherStore(**other);
            QVERIFY(otherStore.create(person("Elsewhereson", "Paul", QDate(1960, 3, 3), Sex::Male), IdentityStatus::Prov));
        }
        QCOMPARE(live.search("elsewhereson")->total, 1);
        QCOMPARE(live.stats().fullBuilds, 2);
        same("changed elsewhere");
    }

    // The columns a hit shows are copied from the ranking table (kept up to date patient by
    // patient) instead of read from the file: they must be what the file holds, field by field,
    // after changes of every column shown, and what a table built from scratch gives.
    void hitsFromMemoryMatchTheFile()
    {
        auto created = Vault::create(m_dir.filePath(QStringLiteral("shown.vault")), QStringLiteral("Dr S"),
                                     secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        Vault& vault = *created->vault;
        PatientStore store(vault);
        QVERIFY(DemoData(11).fill(store, 300, m_clock.nowUtc().date()));
        PatientSearch live(vault.db());
        QVERIFY(live.prepare());
        const auto sameHit = [](const PatientHit& a, const PatientHit& b) {
            return a.id == b.id && a.score == b.score && a.birthName == b.birthName && a.usedName == b.usedName
                && a.firstGivenName == b.firstGivenName && a.usedGivenName == b.usedGivenName && a.sex == b.sex
                && a.birthDate == b.birthDate && a.matricule == b.matricule && a.identityStatus == b.identityStatus
                && a.origin == b.origin && a.demo == b.demo;
        };
        const QStringList queries{"mar", "b", "jean", "1954", "shownova", "a", "le"};
        const auto same = [&](const char* step) {
            for (const QString& q : queries) {
                auto mem = live.search(q);
                // Inside a transaction the rows are read from the file (the path of a search
                // made while a write is under way).
                Transaction tx(vault.db());
                QVERIFY(tx.begin());
                auto file = live.search(q);
                auto fresh = PatientSearch(vault.db()).search(q);
                QVERIFY2(mem && file && fresh, step);
                QCOMPARE(mem->total, file->total);
                QCOMPARE(mem->hits.size(), file->hits.size());
                QCOMPARE(mem->hits.size(), fresh->hits.size());
                for (qsizetype i = 0; i < mem->hits.size(); ++i) {
                    QVERIFY2(sameHit(mem->hits.at(i), file->hits.at(i)),
                             qPrintable(QStringLiteral("%1 / %2: hit %3 (memory vs file)").arg(step, q).arg(i)));
                    QVERIFY2(sameHit(mem->hits.at(i), fresh->hits.at(i)),
                             qPrintable(QStringLiteral("%1 / %2: hit %3 (kept vs built)").arg(step, q).arg(i)));
                }
            }
        };
        same("built");
        if (QTest::currentTestFailed())
            return;
        Patient p = person(QStringLiteral("Shownova"), QStringLiteral("Anna"), QDate(1954, 4, 4));
        auto createdId = store.create(p, IdentityStatus::Prov);
        QVERIFY(createdId);
        const qint64 id = *createdId;
        same("created");
        // Every column shown, changed one by one (raw SQL for those no screen changes alone).
        p = *store.get(id);
        p.usedName = QStringLiteral("Marchal");
        p.usedGivenName = QStringLiteral("Annie");
        p.birthDate = QDate(1954, 5, 5);
        p.sex = Sex::Unknown;
        QVERIFY(store.update(p, p.identityStatus));
        same("renamed");
        for (const char* sql : {"UPDATE patient SET matricule = '254042A00112367' WHERE id = ?",  // Corsica: a letter
                                "UPDATE patient SET identity_status = 'RECUP' WHERE id = ?",
                                "UPDATE patient SET matricule = '1 54 05 75 001 002 33' WHERE id = ?",
                                "UPDATE patient SET matricule = '' WHERE id = ?", "UPDATE patient SET demo = 1 WHERE id = ?",
                                "UPDATE patient SET origin = 'imported' WHERE id = ?",
                                "UPDATE patient SET matricule = '2540499999999999999' WHERE id = ?"}) {
            auto q = vault.db().prepare(QString::fromLatin1(sql));
            QVERIFY(q);
            q->bind(1, id);
            QVERIFY2(q->run(), sql);
            same(sql);
            if (QTest::currentTestFailed())
                return;
        }
        const PatientHit shown = live.search(QStringLiteral("shownova"))->hits.first();
        QCOMPARE(shown.matricule, QStringLiteral("2540499999999999999"));
        QCOMPARE(shown.origin, Origin::Imported);
        QVERIFY(shown.demo);
        QCOMPARE(shown.usedGivenName, QStringLiteral("Annie"));
        QCOMPARE(live.stats().fullBuilds, 1);  // all of it patient by patient
    }

    // Only the best `limit` matches are scored in full: one that cannot enter is counted and left
    // unread. The best 50 must be the head of the full ranking (where nothing is left unread),
    // on many ties (hundreds of patients share a surname here).
    void bestFiftyAreTheHeadOfTheFullRanking()
    {
        auto created = Vault::create(m_dir.filePath(QStringLiteral("top.vault")), QStringLiteral("Dr T"),
                                     secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        Vault& vault = *created->vault;
        PatientStore store(vault);
        QVERIFY(DemoData(3).fill(store, 1500, m_clock.nowUtc().date()));
        PatientSearch search(vault.db());
        int checked = 0;
        for (const QString q : {"martin", "mar", "b", "jean", "hen", "le goff", "dup", "a", "ndiaye", "lef", "marie", "1954",
                                 "martin 1954", "06", "da silva", "zoé mar"}) {
            for (const int limit : {1, 7, 50}) {
                auto top = search.search(q, limit);
                auto all = search.search(q, 1000000);
                QVERIFY(top && all);
                QCOMPARE(top->total, all->total);
                QCOMPARE(top->hits.size(), std::min<qsizetype>(limit, all->hits.size()));
                for (qsizetype i = 0; i < top->hits.size(); ++i) {
                    QVERIFY2(top->hits.at(i).id == all->hits.at(i).id && top->hits.at(i).score == all->hits.at(i).score,
                             qPrintable(QStringLiteral("%1, limit %2: hit %3").arg(q).arg(limit).arg(i)));
                }
                checked += top->total > limit ? 1 : 0;
            }
        }
        QVERIFY(checked > 20);  // most of them had more matches than kept
        QCOMPARE(search.search(QStringLiteral("mar"), 0)->hits.size(), 0);
    }

    // The unlock-time build in slices (the GUI's event loop runs between them): searches answer
    // every match meanwhile, and a patient created between two slices is ranked at the end.
    void slicedBuildMatchesFullBuild()
    {
        PatientSearch sliced(m_vault->db());
        auto first = sliced.prepareStep(40);
        QVERIFY(first);
        QVERIFY(!*first);  // hundreds of patients here: more than one slice
        const qint64 late = add(person(QStringLiteral("Slicebuildova"), QStringLiteral("Maria"), QDate(1977, 7, 7)));
        int steps = 1;
        for (;;) {
            auto done = sliced.prepareStep(40);
            QVERIFY(done);
            ++steps;
            if (*done)
                break;
        }
        QVERIFY(steps > 2);
        QCOMPARE(sliced.stats().fullBuilds, 1);
        for (const QString& q : {QStringLiteral("mar"), QStringLiteral("slicebuildova"), QStringLiteral("b"), QStringLiteral("henin zoe")}) {
            auto a = sliced.search(q);
            auto b = PatientSearch(m_vault->db()).search(q);
            QVERIFY(a && b);
            QCOMPARE(a->total, b->total);
            QCOMPARE(a->hits.size(), b->hits.size());
            for (qsizetype i = 0; i < a->hits.size(); ++i) {
                QCOMPARE(a->hits.at(i).id, b->hits.at(i).id);
                QCOMPARE(a->hits.at(i).score, b->hits.at(i).score);
            }
        }
        QCOMPARE(sliced.search(QStringLiteral("slicebuildova"))->hits.first().id, late);
        QCOMPARE(sliced.stats().fullBuilds, 1);

        // A search typed during the build reads one more slice itself (5,000 patients): here
        // that ends the build, and the answer is already ranked.
        PatientSearch typedEarly(m_vault->db());
        QVERIFY(!*typedEarly.prepareStep(40));
        const auto early = typedEarly.search(QStringLiteral("mar"), 1000);
        const auto full = PatientSearch(m_vault->db()).search(QStringLiteral("mar"), 1000);
        QVERIFY(early && full);
        QCOMPARE(typedEarly.stats().fullBuilds, 1);
        QCOMPARE(early->total, full->total);
        QCOMPARE(early->hits.first().id, full->hits.first().id);
    }

    // The unlock-time build on a worker thread, with its own connection: searches answer every
    // match meanwhile, a patient created during the build is ranked once it is taken over, and
    // the table is the one a build here gives.
    void backgroundBuildMatchesFullBuild()
    {
        const auto sameAsFull = [&](PatientSearch& s, const QString& q) {
            auto a = s.search(q);
            auto b = PatientSearch(m_vault->db()).search(q);
            QVERIFY(a && b);
            QCOMPARE(a->total, b->total);
            QCOMPARE(a->hits.size(), b->hits.size());
            for (qsizetype i = 0; i < a->hits.size(); ++i) {
                QCOMPARE(a->hits.at(i).id, b->hits.at(i).id);
                QCOMPARE(a->hits.at(i).score, b->hits.at(i).score);
                QCOMPARE(a->hits.at(i).displayName(), b->hits.at(i).displayName());
                QCOMPARE(a->hits.at(i).birthDate, b->hits.at(i).birthDate);
            }
        };
        const auto ids = [](const Result<SearchResult>& r) {
            QList<qint64> out;
            for (const PatientHit& h : r->hits)
                out.append(h.id);
            std::sort(out.begin(), out.end());
            return out;
        };
        // The worker's connection: same key, same data, reads only.
        {
            auto reader = m_vault->openReader();
            QVERIFY(reader);
            QCOMPARE(reader->scalar(QStringLiteral("SELECT count(*) FROM patient"))->toLongLong(),
                     m_vault->db().scalar(QStringLiteral("SELECT count(*) FROM patient"))->toLongLong());
            QVERIFY(!reader->exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'vault_id'")));
        }
        int opened = 0;
        PatientSearch bg(m_vault->db());
        bg.setBackgroundReader([&] {
            ++opened;
            return m_vault->openReader();
        });
        auto first = bg.prepareStep();
        QVERIFY(first);
        QVERIFY(!*first);
        QVERIFY(bg.buildingInBackground());
        QCOMPARE(opened, 1);
        const qint64 late = add(person(QStringLiteral("Backgroundova"), QStringLiteral("Maria"), QDate(1977, 7, 7)));
        // Ranked or not yet, depending on the worker: every match either way.
        auto during = bg.search(QStringLiteral("mar"), 100000);
        auto full = PatientSearch(m_vault->db()).search(QStringLiteral("mar"), 100000);
        QVERIFY(during && full);
        QCOMPARE(during->total, full->total);
        QCOMPARE(ids(during), ids(full));
        QVERIFY(bg.finishBackgroundBuild());
        QVERIFY(!bg.buildingInBackground());
        QCOMPARE(*bg.prepareStep(), true);
        QCOMPARE(bg.stats().backgroundBuilds, 1);
        for (const QString& q : {QStringLiteral("mar"), QStringLiteral("backgroundova"), QStringLiteral("b"),
                                 QStringLiteral("henin zoe"), QStringLiteral("1954")})
            sameAsFull(bg, q);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(bg.search(QStringLiteral("backgroundova"))->hits.first().id, late);
        QCOMPARE(bg.stats().fullBuilds, 1);  // the late patient came through the log
        QCOMPARE(opened, 1);

        // Locked while the worker reads: it stops, nothing waits for long, nothing leaks.
        {
            PatientSearch dropped(m_vault->db());
            dropped.setBackgroundReader([&] { return m_vault->openReader(); });
            QVERIFY(!*dropped.prepareStep());
            QVERIFY(dropped.buildingInBackground());
        }

        // No second connection: built in slices here instead, same table.
        PatientSearch noReader(m_vault->db());
        noReader.setBackgroundReader([] { return Result<Database>(std::unexpected(Error{ErrorKind::Io, QStringLiteral("test")})); });
        int steps = 0;
        for (auto done = noReader.prepareStep(40); done && !*done; done = noReader.prepareStep(40))
            ++steps;
        QVERIFY(steps > 1);
        QCOMPARE(noReader.stats().backgroundBuilds, 0);
        sameAsFull(noReader, QStringLiteral("mar"));

        // A worker that cannot read (a wrong key): the search builds the table here and answers.
        PatientSearch wrongKey(m_vault->db());
        const QString path = m_vault->path();
        wrongKey.setBackgroundReader([path] {
            const SecureBytes key(QByteArray(32, 'k').constData(), 32);
            return Database::open(path, &key, false);
        });
        QVERIFY(!*wrongKey.prepareStep());
        QVERIFY(wrongKey.buildingInBackground());
        QVERIFY(!wrongKey.finishBackgroundBuild());
        QVERIFY(!wrongKey.buildingInBackground());
        sameAsFull(wrongKey, QStringLiteral("mar"));
        QCOMPARE(wrongKey.stats().backgroundBuilds, 0);
        QCOMPARE(wrongKey.stats().fullBuilds, 1);

        // The same failure seen by the event loop's polling: carried on in slices.
        PatientSearch polled(m_vault->db());
        polled.setBackgroundReader([path] {
            const SecureBytes key(QByteArray(32, 'k').constData(), 32);
            return Database::open(path, &key, false);
        });
        Result<bool> done = polled.prepareStep(40);
        QElapsedTimer waited;
        waited.start();
        for (; done && !*done && waited.elapsed() < 60000; done = polled.prepareStep(40))
            std::this_thread::yield();  // the worker fails at its first read
        QVERIFY(done && *done);
        QVERIFY(!polled.buildingInBackground());
        QCOMPARE(polled.stats().backgroundBuilds, 0);
        sameAsFull(polled, QStringLiteral("b"));
    }

    void demoDataIsValidAndFlagged()
    {
        DemoData demo(11);
        for (int i = 0; i < 500; ++i) {
            const Patient p = demo.patient(i, QDate(2026, 11, 23));
            QVERIFY(p.demo);
            QVERIFY2(Nir::validate(p.matricule, QStringLiteral("NIR")).has_value(), qPrintable(p.matricule));
            QVERIFY(PatientStore::validate(p, QDate(2026, 11, 23)));
            QVERIFY(PatientStore::warnings(p).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
