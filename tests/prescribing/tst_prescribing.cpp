// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "prescribing/AllergyCheck.h"
#include "prescribing/FrenchWords.h"
#include "prescribing/PractitionerId.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionRules.h"
#include "prescribing/PrescriptionStore.h"
#include "prescribing/SubstanceRules.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace relais;
using relais::test::secret;

using Mutation = std::function<void(Prescription&, Patient&)>;
Q_DECLARE_METATYPE(Mutation)

class TestPrescribing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = Vault::create(m_dir.filePath(QStringLiteral("p.vault")), QStringLiteral("Dr R"),
                               secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
    }

    void rpps_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << "10001234565" << true;
        QTest::newRow("valid 2") << "10102030409" << true;
        QTest::newRow("valid 3") << "12345678903" << true;
        QTest::newRow("spaces and dots") << "100 0123.4565" << true;
        QTest::newRow("wrong key") << "10001234566" << false;
        QTest::newRow("two digits swapped") << "10001234655" << false;
        QTest::newRow("10 digits") << "1000123456" << false;
        QTest::newRow("12 digits") << "100012345650" << false;
        QTest::newRow("letter") << "1000123456A" << false;
        QTest::newRow("empty") << "" << false;
    }
    void rpps()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(PractitionerId::isRpps(PractitionerId::compact(value)), valid);
        Practitioner d = test::doctor();
        d.rpps = value;
        auto n = Practitioner::normalised(d);
        QCOMPARE(bool(n), valid);
        if (!valid)
            QVERIFY2(n.error().message.contains(QStringLiteral("RPPS")), qPrintable(n.error().message));
    }

    void practitionerFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");  // normalised value, or "!" + word of the error
        QTest::newRow("phone national") << "phone" << "04 78 12 34 56" << "+33 4 78 12 34 56";
        QTest::newRow("phone 0033") << "phone" << "0033478123456" << "+33 4 78 12 34 56";
        QTest::newRow("phone +33 (0)") << "phone" << "+33 (0)4.78.12.34.56" << "+33 4 78 12 34 56";
        QTest::newRow("phone mobile") << "phone" << "06-12-34-56-78" << "+33 6 12 34 56 78";
        QTest::newRow("phone short") << "phone" << "04 78 12 34" << "!Phone";
        QTest::newRow("phone foreign") << "phone" << "+41 22 123 45 67" << "!Phone";
        QTest::newRow("address gets France") << "address" << "1 place Bellecour\n69002 Lyon" << "1 place Bellecour\n69002 Lyon\nFrance";
        QTest::newRow("address keeps France") << "address" << "1 place Bellecour, 69002 Lyon, FRANCE" << "1 place Bellecour, 69002 Lyon, FRANCE";
        QTest::newRow("AM 8 digits") << "am" << "69123456" << "!AM number";
        QTest::newRow("AM ok") << "am" << "691 234 567" << "691234567";
        QTest::newRow("e-mail") << "email" << "roche.example.fr" << "!E-mail";
        QTest::newRow("surname") << "surname" << "" << "!Surname";
    }
    void practitionerFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Practitioner d = test::doctor();
        QString Practitioner::*member = field == "phone" ? &Practitioner::phone
            : field == "address"                        ? &Practitioner::address
            : field == "am"                             ? &Practitioner::amNumber
            : field == "email"                          ? &Practitioner::email
                                                        : &Practitioner::surname;
        d.*member = value;
        auto n = Practitioner::normalised(d);
        if (expected.startsWith('!')) {
            QVERIFY(!n);
            QVERIFY2(n.error().message.contains(expected.mid(1)), qPrintable(n.error().message));
        } else {
            QVERIFY2(n, n ? "" : qPrintable(n.error().message));
            QCOMPARE((*n).*member, expected);
        }
    }

    void spellOut_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("1") << 1.0 << "un";
        QTest::newRow("2") << 2.0 << "deux";
        QTest::newRow("16") << 16.0 << "seize";
        QTest::newRow("21") << 21.0 << "vingt-et-un";
        QTest::newRow("71") << 71.0 << "soixante-et-onze";
        QTest::newRow("80") << 80.0 << "quatre-vingts";
        QTest::newRow("81") << 81.0 << "quatre-vingt-un";
        QTest::newRow("91") << 91.0 << "quatre-vingt-onze";
        QTest::newRow("100") << 100.0 << "cent";
        QTest::newRow("200") << 200.0 << "deux cents";
        QTest::newRow("1000") << 1000.0 << "mille";
        QTest::newRow("2.5") << 2.5 << "deux virgule cinq";
        QTest::newRow("0.5") << 0.5 << "zéro virgule cinq";
    }
    void spellOut()
    {
        QFETCH(double, value);
        QFETCH(QString, words);
        QCOMPARE(FrenchWords::number(value), words);
    }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("2,5 mg") << "2,5 mg" << "deux virgule cinq milligrammes";
        QTest::newRow("10 mg") << "10 mg" << "dix milligrammes";
        QTest::newRow("1 mg") << "1 mg" << "un milligramme";
        QTest::newRow("1,5 mg singular") << "1,5 mg" << "un virgule cinq milligramme";
        QTest::newRow("µg in full") << "100 µg" << "cent microgrammes";
        QTest::newRow("mcg in full") << "75 mcg" << "soixante-quinze microgrammes";
        QTest::newRow("per ml") << "20 mg/ml" << "vingt milligrammes par millilitre";
        QTest::newRow("per hour") << "12 µg/h" << "douze microgrammes par heure";
        QTest::newRow("combination") << "100 mg/25 mg" << "cent milligrammes / vingt-cinq milligrammes";
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QCOMPARE(FrenchWords::quantity(text), words);
    }

    void counts_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("words");
        QTest::newRow("deux comprimés") << 2.0 << "comprimé" << "deux comprimés";
        QTest::newRow("un comprimé") << 1.0 << "comprimé" << "un comprimé";
        QTest::newRow("une gélule") << 1.0 << "gélule" << "une gélule";
        QTest::newRow("vingt-et-une gélules") << 21.0 << "gélule" << "vingt-et-une gélules";
        QTest::newRow("abbreviation unchanged") << 5.0 << "ml" << "cinq ml";
        QTest::newRow("cuillères à café") << 3.0 << "cuillère à café" << "trois cuillères à café";
        QTest::newRow("half tablet") << 0.5 << "comprimé" << "un demi-comprimé";
        QTest::newRow("half capsule") << 0.5 << "gélule" << "une demi-gélule";
        QTest::newRow("quarter tablet") << 0.25 << "comprimé" << "un quart de comprimé";
        QTest::newRow("quarter ampoule") << 0.25 << "ampoule" << "un quart d'ampoule";
        QTest::newRow("three quarters") << 0.75 << "comprimé" << "trois quarts de comprimé";
        QTest::newRow("one and a half") << 1.5 << "comprimé" << "un comprimé et demi";
        QTest::newRow("two and a half capsules") << 2.5 << "gélule" << "deux gélules et demie";
        QTest::newRow("one and a quarter") << 1.25 << "comprimé" << "un comprimé et quart";
    }
    void counts()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, words);
        QCOMPARE(FrenchWords::count(value, unit), words);
    }

    void posology_data()
    {
        QTest::addColumn<double>("qty");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("moments");
        QTest::addColumn<int>("timesPerDay");
        QTest::addColumn<bool>("asNeeded");
        QTest::addColumn<int>("maxPerDay");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("sentence");
        const int mns = Posology::Morning | Posology::Noon | Posology::Evening;
        QTest::newRow("three moments") << 1.0 << "comprimé" << mns << 0 << false << 0 << 7
                                       << "1 comprimé matin, midi et soir pendant 7 jours";
        QTest::newRow("bedtime") << 1.0 << "gélule" << int(Posology::Bedtime) << 0 << false << 0 << 0
                                 << "1 gélule au coucher";
        QTest::newRow("evening") << 0.5 << "comprimé" << int(Posology::Evening) << 0 << false << 0 << 0
                                 << "1/2 comprimé le soir";
        QTest::newRow("as needed") << 2.0 << "bouffée" << 0 << 0 << true << 8 << 0
                                   << "2 bouffées si besoin, maximum 8 par jour";
        QTest::newRow("times a day") << 2.0 << "comprimé" << 0 << 3 << false << 0 << 30
                                     << "2 comprimés 3 fois par jour pendant 1 mois";
        QTest::newRow("two weeks") << 1.0 << "sachet" << int(Posology::Morning | Posology::Evening) << 0 << false << 0 << 14
                                   << "1 sachet matin et soir pendant 2 semaines";
    }
    void posology()
    {
        QFETCH(double, qty);
        QFETCH(QString, unit);
        QFETCH(int, moments);
        QFETCH(int, timesPerDay);
        QFETCH(bool, asNeeded);
        QFETCH(int, maxPerDay);
        QFETCH(int, days);
        QFETCH(QString, sentence);
        PrescriptionLine l;
        l.posology = {qty, unit, moments, timesPerDay, 0, asNeeded, maxPerDay, days, {}};
        QCOMPARE(l.posologySentence(), sentence);
        l.posologyText = QStringLiteral("  selon le schéma remis  ");
        QCOMPARE(l.posologySentence(), QStringLiteral("selon le schéma remis"));
    }

    void stupefiantWords()
    {
        PrescriptionLine l = test::oxycodone();
        QCOMPARE(l.strengthInWords(), QStringLiteral("dix milligrammes"));
        QCOMPARE(l.posologyInWords(),
                 QStringLiteral("deux comprimés par prise, deux prises par jour (matin et soir), pendant quatorze jours"));
        l.strength = QStringLiteral("12 µg/h");
        QVERIFY(!l.strengthInWords().contains(QStringLiteral("µg")));
    }

    void validation_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("error");  // empty = accepted; else words the message must hold
        const auto rx = [](Mutation m) { return m; };
        QTest::newRow("valid") << rx([](Prescription&, Patient&) {}) << "";
        QTest::newRow("no line") << rx([](Prescription& r, Patient&) { r.lines.clear(); }) << "at least one";
        QTest::newRow("no DCI") << rx([](Prescription& r, Patient&) { r.lines[0].dci.clear(); }) << "Line 1, active substance";
        QTest::newRow("no strength") << rx([](Prescription& r, Patient&) { r.lines[1].strength.clear(); })
                                     << "Line 2 (AMOXICILLINE), strength";
        QTest::newRow("no form") << rx([](Prescription& r, Patient&) { r.lines[0].form.clear(); }) << "form";
        QTest::newRow("no posology") << rx([](Prescription& r, Patient&) { r.lines[0].posology = {}; }) << "posology";
        QTest::newRow("no duration") << rx([](Prescription& r, Patient&) { r.lines[0].durationValue = 0; }) << "duration";
        QTest::newRow("packs without brand") << rx([](Prescription& r, Patient&) {
            r.lines[0].durationValue = 0;
            r.lines[0].packs = 2;
        }) << "brand";
        QTest::newRow("packs with brand") << rx([](Prescription& r, Patient&) {
            r.lines[0].durationValue = 0;
            r.lines[0].packs = 2;
            r.lines[0].brand = QStringLiteral("DOLIPRANE");
        }) << "";
        QTest::newRow("13 renewals") << rx([](Prescription& r, Patient&) { r.lines[0].renewals = 13; }) << "renewals";
        QTest::newRow("non-substitutable without reason") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
        }) << "Line 2 (AMOXICILLINE), non-substitutable: the reason is required: MTE, EFG or CIF";
        QTest::newRow("MTE off the list") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
            r.lines[1].nonSubstitutableReason = NonSubstitutable::Mte;
            r.lines[1].brand = QStringLiteral("CLAMOXYL");
        }) << "Line 2 (AMOXICILLINE), non-substitutable: MTE is allowed only for the substances of the closed list";
        QTest::newRow("non-substitutable without product") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
            r.lines[1].nonSubstitutableReason = NonSubstitutable::Cif;
            r.lines[1].cifExcipient = QStringLiteral("lactose");
        }) << "name the product";
        QTest::newRow("CIF without excipient") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
            r.lines[1].nonSubstitutableReason = NonSubstitutable::Cif;
            r.lines[1].brand = QStringLiteral("CLAMOXYL");
        }) << "CIF needs the excipient";
        QTest::newRow("CIF accepted") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
            r.lines[1].nonSubstitutableReason = NonSubstitutable::Cif;
            r.lines[1].brand = QStringLiteral("CLAMOXYL");
            r.lines[1].cifExcipient = QStringLiteral("lactose");
        }) << "";
        QTest::newRow("EFG for an adult") << rx([](Prescription& r, Patient&) {
            r.lines[1].nonSubstitutable = true;
            r.lines[1].nonSubstitutableReason = NonSubstitutable::Efg;
            r.lines[1].brand = QStringLiteral("CLAMOXYL");
        }) << "under 6";
        QTest::newRow("child without weight") << rx([](Prescription&, Patient& p) { p.birthDate = QDate(2020, 1, 1); })
                                              << "Weight: required for a child";
        QTest::newRow("ALD without ALD") << rx([](Prescription& r, Patient&) { r.lines[0].ald = true; }) << "ALD zone";
        QTest::newRow("ALD with ALD") << rx([](Prescription& r, Patient& p) {
            r.lines[0].ald = true;
            p.alds.append(test::ald(QStringLiteral("Diabète de type 2"), QDate(2015, 1, 1)));
        }) << "";
        QTest::newRow("ALD ended") << rx([](Prescription& r, Patient& p) {
            r.lines[0].ald = true;
            p.alds.append(test::ald(QStringLiteral("Cancer"), QDate(2015, 1, 1), QDate(2020, 1, 1)));
        }) << "ALD zone";
        QTest::newRow("stupéfiant on plain A4") << rx([](Prescription& r, Patient&) { r.lines.append(test::oxycodone()); })
                                               << "Line 3 (OXYCODONE), layout: OXYCODONE must be printed on secure paper";
        QTest::newRow("stupéfiant on A5") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::A5;
            r.lines.append(test::oxycodone());
        }) << "secure paper";
        QTest::newRow("stupéfiant on secure") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
        }) << "";
        QTest::newRow("tramadol on plain") << rx([](Prescription& r, Patient&) {
            r.lines[0].dci = QStringLiteral("PARACÉTAMOL + TRAMADOL");
        }) << "TRAMADOL must be printed on secure paper";
        QTest::newRow("stupéfiant 29 days") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().durationValue = 29;
        }) << "29 days is more than the 28 days";
        QTest::newRow("stupéfiant 1 month") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().durationValue = 1;
            r.lines.last().durationUnit = PrescriptionLine::DurationUnit::Months;
        }) << "30 days is more than the 28 days";
        QTest::newRow("stupéfiant shorter maximum") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().maxDays = 7;
        }) << "14 days is more than the 7 days";
        QTest::newRow("stupéfiant renewed") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().renewals = 1;
        }) << "cannot be renewed";
        QTest::newRow("stupéfiant fraction too long") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().fractionDays = 21;
        }) << "delivery";
        QTest::newRow("stupéfiant free-text posology") << rx([](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines.append(test::oxycodone());
            r.lines.last().posology = {};
            r.lines.last().posologyText = QStringLiteral("2 cp matin et soir");
        }) << "structured posology";
        QTest::newRow("certificate without text") << rx([](Prescription& r, Patient&) {
            r.kind = Prescription::Kind::Certificate;
        }) << "Text";
    }
    void validation()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, error);
        Patient p = test::adult();
        p.id = 7;
        Prescription rx;
        rx.date = QDate(2026, 11, 22);
        rx.practitionerId = 1;
        rx.patientId = 7;
        rx.lines = {test::paracetamol(),
                    test::line(QStringLiteral("AMOXICILLINE"), QStringLiteral("1 g"), QStringLiteral("comprimé"), 1,
                               QStringLiteral("comprimé"), Posology::Morning | Posology::Evening, 6)};
        mutate(rx, p);
        auto r = PrescriptionRules::validate(rx, p);
        if (error.isEmpty()) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        } else {
            QVERIFY2(!r, "accepted");
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            QCOMPARE(r.error().kind, ErrorKind::Invalid);
        }
    }

    // The rules come from the substance, whatever way the line was written; each refusal names the
    // rule's source. Rows: the line (and layout), the expected refusal (empty: accepted), the source.
    void substanceRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("source");
        const auto rx = [](Mutation m) { return m; };
        const auto month = PrescriptionLine::DurationUnit::Months;
        const auto weeks = PrescriptionLine::DurationUnit::Weeks;
        // A line as typed: no stupéfiant box ticked, nothing from the drug reference.
        const auto typed = [](const char* dci, const char* strength, const char* form, const char* route, int days) {
            PrescriptionLine l = test::line(QString::fromUtf8(dci), QString::fromUtf8(strength), QString::fromUtf8(form),
                                            1, QStringLiteral("comprimé"), Posology::Evening, days);
            l.route = QString::fromUtf8(route);
            return l;
        };
        QTest::newRow("zolpidem 1 month x2 on A4") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("ZOLPIDEM", "10 mg", "comprimé pelliculé sécable", "orale", 1);
            l.durationUnit = month;
            l.renewals = 2;
            r.lines = {l};
        }) << "ZOLPIDEM must be printed on secure paper" << "Arrêté du 7 janvier 2017";
        QTest::newRow("zolpidem 1 month on secure") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("zolpidem", "10 mg", "comprimé", "orale", 1);
            l.durationUnit = month;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "30 days is more than the 28 days allowed for ZOLPIDEM" << "Arrêté du 7 janvier 2017";
        QTest::newRow("zolpidem renewed") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("ZOLPIDEM", "10 mg", "comprimé", "orale", 14);
            l.renewals = 1;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "ZOLPIDEM cannot be renewed" << "Arrêté du 7 janvier 2017";
        QTest::newRow("zolpidem 28 days on secure") << rx([=](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines = {typed("ZOLPIDEM", "10 mg", "comprimé", "orale", 28)};
        }) << "" << "";
        QTest::newRow("clonazépam oral on A4") << rx([=](Prescription& r, Patient&) {
            r.lines = {typed("CLONAZÉPAM", "2 mg", "comprimé quadrisécable", "orale", 28)};
        }) << "CLONAZEPAM must be printed on secure paper" << "Arrêté du 12 octobre 2011";
        QTest::newRow("clonazépam 30 days x2") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("CLONAZÉPAM", "2 mg", "comprimé", "orale", 30);
            l.renewals = 2;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "covers 90 days, more than the 84 days" << "12 semaines";
        QTest::newRow("clonazépam 28 days x2") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("CLONAZÉPAM", "2 mg", "comprimé", "orale", 28);
            l.renewals = 2;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "" << "";
        QTest::newRow("clonazépam injectable on A4") << rx([=](Prescription& r, Patient&) {
            r.lines = {typed("CLONAZÉPAM", "1 mg/1 ml", "solution injectable", "intraveineuse", 1)};
        }) << "" << "";
        QTest::newRow("tramadol 6 months x3 on secure") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("TRAMADOL", "50 mg", "gélule", "orale", 6);
            l.durationUnit = month;
            l.renewals = 3;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "180 days is more than the 84 days allowed for TRAMADOL" << "ANSM, décision du 28/09/2024";
        QTest::newRow("tramadol 4 weeks x3") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("TRAMADOL", "50 mg", "gélule", "orale", 4);
            l.durationUnit = weeks;
            l.renewals = 3;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "covers 112 days, more than the 84 days allowed for TRAMADOL, renewals included" << "12 semaines";
        QTest::newRow("tramadol 4 weeks x2") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("TRAMADOL", "50 mg", "gélule", "orale", 4);
            l.durationUnit = weeks;
            l.renewals = 2;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "" << "";
        QTest::newRow("codeine in a combination on A4") << rx([=](Prescription& r, Patient&) {
            r.lines = {typed("PARACÉTAMOL + CODÉINE", "500 mg/30 mg", "comprimé", "orale", 5)};
        }) << "CODEINE must be printed on secure paper" << "01/03/2025";
        QTest::newRow("dihydrocodeine on A4") << rx([=](Prescription& r, Patient&) {
            r.lines = {typed("DIHYDROCODÉINE", "60 mg", "comprimé à libération prolongée", "orale", 5)};
        }) << "DIHYDROCODEINE must be printed on secure paper" << "ANSM";
        QTest::newRow("morphine 28 days, fractions of 7") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("MORPHINE", "30 mg", "gélule à libération prolongée", "orale", 28);
            l.fractionDays = 7;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "" << "";
        QTest::newRow("morphine 29 days") << rx([=](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines = {typed("SULFATE DE MORPHINE", "30 mg", "gélule", "orale", 29)};
        }) << "29 days is more than the 28 days allowed for MORPHINE" << "R.5132-30";
        QTest::newRow("morphine injectable 8 days") << rx([=](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines = {typed("MORPHINE", "10 mg/1 ml", "solution injectable", "sous-cutanée", 8)};
        }) << "8 days is more than the 7 days allowed for MORPHINE" << "formes injectables";
        QTest::newRow("methylphenidate renewed") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("MÉTHYLPHÉNIDATE", "10 mg", "comprimé", "orale", 28);
            l.renewals = 1;
            r.layout = Prescription::Layout::Secure;
            r.lines = {l};
        }) << "METHYLPHENIDATE cannot be renewed" << "R.5132-30";
        QTest::newRow("methylphenidate 28 days") << rx([=](Prescription& r, Patient&) {
            r.layout = Prescription::Layout::Secure;
            r.lines = {typed("MÉTHYLPHÉNIDATE", "10 mg", "comprimé", "orale", 28)};
        }) << "" << "";
        QTest::newRow("MTE lévothyroxine") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé sécable", "orale", 3);
            l.durationUnit = month;
            l.nonSubstitutable = true;
            l.nonSubstitutableReason = NonSubstitutable::Mte;
            l.brand = QStringLiteral("LEVOTHYROX");
            r.lines = {l};
        }) << "" << "";
        QTest::newRow("MTE bisoprolol") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("BISOPROLOL", "5 mg", "comprimé", "orale", 3);
            l.durationUnit = month;
            l.nonSubstitutable = true;
            l.nonSubstitutableReason = NonSubstitutable::Mte;
            l.brand = QStringLiteral("CARDENSIEL");
            r.lines = {l};
        }) << "MTE is allowed only for the substances of the closed list" << "";
        QTest::newRow("EFG at 5 years") << rx([=](Prescription& r, Patient& p) {
            p.birthDate = QDate(2021, 6, 1);
            r.weightKg = 18;
            PrescriptionLine l = typed("AMOXICILLINE", "250 mg/5 ml", "poudre pour suspension buvable", "orale", 6);
            l.nonSubstitutable = true;
            l.nonSubstitutableReason = NonSubstitutable::Efg;
            l.brand = QStringLiteral("CLAMOXYL");
            r.lines = {l};
        }) << "" << "";
        QTest::newRow("EFG at 7 years") << rx([=](Prescription& r, Patient& p) {
            p.birthDate = QDate(2019, 6, 1);
            r.weightKg = 24;
            PrescriptionLine l = typed("AMOXICILLINE", "250 mg/5 ml", "poudre pour suspension buvable", "orale", 6);
            l.nonSubstitutable = true;
            l.nonSubstitutableReason = NonSubstitutable::Efg;
            l.brand = QStringLiteral("CLAMOXYL");
            r.lines = {l};
        }) << "EFG applies to a child under 6 only" << "";
        QTest::newRow("EFG for a plain tablet") << rx([=](Prescription& r, Patient& p) {
            p.birthDate = QDate(2022, 6, 1);
            r.weightKg = 15;
            PrescriptionLine l = typed("AMOXICILLINE", "500 mg", "comprimé", "orale", 6);
            l.nonSubstitutable = true;
            l.nonSubstitutableReason = NonSubstitutable::Efg;
            l.brand = QStringLiteral("CLAMOXYL");
            r.lines = {l};
        }) << "EFG is for a form a young child can take" << "";
        QTest::newRow("drug reference limit") << rx([=](Prescription& r, Patient&) {
            PrescriptionLine l = typed("BROMAZÉPAM", "6 mg", "comprimé sécable", "orale", 30);
            l.renewals = 2;
            l.limitDays = 84;  // "Durée de prescription limitée à 12 semaines" in CIS_CPD
            r.lines = {l};
        }) << "covers 90 days, more than the 84 days" << "BDPM : durée de prescription limitée à 84 jours";
    }
    void substanceRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, error);
        QFETCH(QString, source);
        Patient p = test::adult();
        p.id = 7;
        Prescription rx;
        rx.date = QDate(2026, 11, 22);
        rx.practitionerId = 1;
        rx.patientId = 7;
        mutate(rx, p);
        auto r = PrescriptionRules::validate(rx, p);
        if (error.isEmpty()) {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            return;
        }
        QVERIFY2(!r, "accepted");
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(source), qPrintable(r.error().message));
    }

    // Words on the line follow the substance: tramadol on secure paper is all in words.
    void tramadolInWords()
    {
        PrescriptionLine l = test::line(QStringLiteral("TRAMADOL"), QStringLiteral("50 mg"), QStringLiteral("gélule"), 1,
                                        QStringLiteral("gélule"), 0, 4);
        l.posology.everyHours = 6;
        l.durationUnit = PrescriptionLine::DurationUnit::Weeks;
        const LineRules rules = l.rules();
        QVERIFY(rules.securePaper);
        QVERIFY(rules.inWords);
        QCOMPARE(rules.maxTotalDays, 84);
        QCOMPARE(l.strengthInWords(), QStringLiteral("cinquante milligrammes"));
        QCOMPARE(l.durationText(), QStringLiteral("QSP quatre semaines"));
        QVERIFY2(l.posologyInWords().startsWith(QStringLiteral("une gélule par prise, quatre prises par jour")),
                 qPrintable(l.posologyInWords()));
        QVERIFY2(l.posologyInWords().contains(QStringLiteral("toutes les six heures")), qPrintable(l.posologyInWords()));
        // A line of the same substance renewed from the chart gets the same rules.
        Treatment t = test::treatment(QStringLiteral("Tramadol"), QStringLiteral("50 mg"), QStringLiteral("1 gélule x3/j"),
                                      QStringLiteral("1 mois"), 0, {}, false);
        QVERIFY(PrescriptionLine::fromTreatment(t).needsSecurePaper());
    }

    // The shipped tables parse, every row names its source, and a damaged table names file and line.
    void shippedTables()
    {
        const SubstanceRules& shipped = SubstanceRules::shipped();
        QVERIFY(shipped.rows().size() >= 15);
        QCOMPARE(shipped.mteRows().size(), 15);
        for (const SubstanceRules::Row& r : shipped.rows()) {
            QVERIFY2(!r.source.isEmpty(), qPrintable(r.substance));
            QVERIFY2(r.maxDays > 0 || r.maxTotalDays > 0 || r.securePaper, qPrintable(r.substance));
        }
        QVERIFY(shipped.mte(QStringLiteral("LÉVÉTIRACÉTAM")));
        QVERIFY(shipped.mte(QStringLiteral("valproate de sodium")));
        QVERIFY(!shipped.mte(QStringLiteral("BISOPROLOL")));
        const QByteArray mte = "LAMOTRIGINE\tArrêté\n";
        auto bad = SubstanceRules::parse("# c\nZOLPIDEM\torale\tx\tyes\tyes\t28\n", QStringLiteral("rules.tsv"), mte,
                                         QStringLiteral("mte.tsv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("rules.tsv, line 2")), qPrintable(bad.error().message));
        bad = SubstanceRules::parse("ZOLPIDEM\torale\tx\tmaybe\tyes\t28\t28\tno\t0\tsrc\n", QStringLiteral("rules.tsv"), mte,
                                    QStringLiteral("mte.tsv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("maybe")), qPrintable(bad.error().message));
        bad = SubstanceRules::parse("ZOLPIDEM\torale\tx\tyes\tyes\t28\t28\tno\t0\t\n", QStringLiteral("rules.tsv"), mte,
                                    QStringLiteral("mte.tsv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("source")), qPrintable(bad.error().message));
        QCOMPARE(SubstanceRules::limitDaysFromConditions(
                     QStringLiteral("Liste I\nDurée de prescription limitée à 12 semaines")), 84);
        QCOMPARE(SubstanceRules::limitDaysFromConditions(QStringLiteral("DUREE DE PRESCRIPTION LIMITEE A 28 JOURS")), 28);
        QCOMPARE(SubstanceRules::limitDaysFromConditions(QStringLiteral("prescription hospitalière")), 0);
    }

    // A weight implausible for the age is flagged (the demo's 74-year-old "20 kg"), never refused.
    void weightForAge_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<double>("kg");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("74 years, 20 kg") << QDate(1952, 5, 1) << 20.0 << true;
        QTest::newRow("74 years, 58 kg") << QDate(1952, 5, 1) << 58.0 << false;
        QTest::newRow("newborn, 3.4 kg") << QDate(2026, 11, 10) << 3.4 << false;
        QTest::newRow("18 months, 11.2 kg") << QDate(2025, 5, 10) << 11.2 << false;
        QTest::newRow("18 months, 40 kg") << QDate(2025, 5, 10) << 40.0 << true;
        QTest::newRow("5 years, 18 kg") << QDate(2021, 6, 1) << 18.0 << false;
        QTest::newRow("7 years, 100 kg") << QDate(2019, 6, 1) << 100.0 << true;
        QTest::newRow("adult, 300 kg") << QDate(1980, 1, 1) << 300.0 << true;
    }
    void weightForAge()
    {
        QFETCH(QDate, birth);
        QFETCH(double, kg);
        QFETCH(bool, flagged);
        Patient p = test::adult();
        p.birthDate = birth;
        const QString w = PrescriptionRules::weightWarning(kg, p, QDate(2026, 11, 22));
        QCOMPARE(!w.isEmpty(), flagged);
        if (flagged)
            QVERIFY2(w.contains(QStringLiteral("unusual")), qPrintable(w));
    }

    void allergyCheck_data()
    {
        QTest::addColumn<QString>("allergy");
        QTest::addColumn<QString>("dci");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("expected");  // "" no warning, "=" same substance, else a word of the class
        QTest::newRow("penicillins / amoxicillin") << "Pénicillines" << "AMOXICILLINE" << "" << "penicillins";
        QTest::newRow("penicillin sentence / co-amoxiclav")
            << "Allergie aux pénicillines (urticaire)" << "AMOXICILLINE + ACIDE CLAVULANIQUE" << "" << "penicillins";
        QTest::newRow("beta-lactams / cefuroxime") << "bêta-lactamines" << "CÉFUROXIME" << "" << "cephalosporins";
        QTest::newRow("same substance, other case") << "amoxicilline" << "Amoxicilline" << "" << "=";
        QTest::newRow("same substance via brand") << "Doliprane" << "PARACÉTAMOL" << "DOLIPRANE" << "=";
        QTest::newRow("NSAID / ibuprofen") << "AINS" << "IBUPROFÈNE" << "" << "anti-inflammatory";
        QTest::newRow("NSAID long / ketoprofen") << "Anti-inflammatoires non stéroïdiens" << "KÉTOPROFÈNE" << "" << "anti-inflammatory";
        QTest::newRow("aspirin / acetylsalicylic acid") << "Aspirine" << "ACIDE ACÉTYLSALICYLIQUE" << "" << "salicylates";
        QTest::newRow("sulfonamides / cotrimoxazole")
            << "Sulfamides" << "SULFAMÉTHOXAZOLE + TRIMÉTHOPRIME" << "" << "sulfonamides";
        QTest::newRow("macrolides / clarithromycin") << "macrolides" << "CLARITHROMYCINE" << "" << "macrolides";
        QTest::newRow("quinolones / levofloxacin") << "Fluoroquinolones" << "LÉVOFLOXACINE" << "" << "quinolones";
        QTest::newRow("codeine / tramadol") << "Codéine" << "TRAMADOL" << "" << "opioids";
        QTest::newRow("ACE inhibitors / ramipril") << "IEC (angio-œdème)" << "RAMIPRIL" << "" << "ACE";
        QTest::newRow("penicillins / paracetamol") << "Pénicillines" << "PARACÉTAMOL" << "" << "";
        QTest::newRow("NSAID / paracetamol") << "AINS" << "PARACÉTAMOL" << "" << "";
        QTest::newRow("word 'ains' inside another word") << "Chaînes de fer" << "IBUPROFÈNE" << "" << "";
        QTest::newRow("cef not at a word start") << "Céphalosporines" << "AMOXICILLINE" << "" << "";
        QTest::newRow("pril not at a word end") << "IEC" << "PRILOCAÏNE" << "" << "";
        QTest::newRow("short allergy word ignored") << "Lait" << "LAIT DE MAGNÉSIE" << "" << "";
        QTest::newRow("empty line") << "Pénicillines" << "" << "" << "";
    }
    void allergyCheck()
    {
        QFETCH(QString, allergy);
        QFETCH(QString, dci);
        QFETCH(QString, brand);
        QFETCH(QString, expected);
        PrescriptionLine line;
        line.dci = dci;
        line.brand = brand;
        const QList<AllergyMatch> found = AllergyCheck::matchLine(line, {Allergy{.substance = allergy}}, 3);
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : AllergyCheck::describe(found.first())));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().line, 3);
        QCOMPARE(found.first().allergy, allergy);
        if (expected == QLatin1String("="))
            QVERIFY2(found.first().className.isEmpty(), qPrintable(found.first().className));
        else
            QVERIFY2(found.first().className.contains(expected), qPrintable(found.first().className));
        QVERIFY(AllergyCheck::describe(found.first()).contains(allergy));
    }

    void allergyCheckWholePrescription()
    {
        Patient p = test::adult();
        p.allergies = {Allergy{.substance = QStringLiteral("Pénicillines")}, Allergy{.substance = QStringLiteral("AINS")}};
        Prescription rx;
        rx.kind = Prescription::Kind::Medicines;
        PrescriptionLine a, b, c;
        a.dci = QStringLiteral("PARACÉTAMOL");
        b.dci = QStringLiteral("AMOXICILLINE");
        c.dci = QStringLiteral("IBUPROFÈNE");
        rx.lines = {a, b, c};
        const QList<AllergyMatch> found = AllergyCheck::check(rx, p);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).line, 2);
        QCOMPARE(found.at(0).allergy, QStringLiteral("Pénicillines"));
        QCOMPARE(found.at(1).line, 3);
        QCOMPARE(found.at(1).allergy, QStringLiteral("AINS"));
        // A certificate has no medicine to check.
        rx.kind = Prescription::Kind::Certificate;
        QVERIFY(AllergyCheck::check(rx, p).isEmpty());
    }

    void storeRoundTripAndAudit()
    {
        PractitionerStore doctors(*m_vault);
        auto id = doctors.create(test::doctor());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto again = doctors.create(test::doctor());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("RPPS")));
        auto d = doctors.get(*id);
        QVERIFY(d);
        QCOMPARE(d->phone, QStringLiteral("+33 4 78 12 34 56"));
        QVERIFY(d->address.endsWith(QStringLiteral("France")));
        d->email = QStringLiteral("roche@example.fr");
        QVERIFY(doctors.update(*d));
        Practitioner bad = *d;
        bad.rpps = QStringLiteral("10001234566");
        QVERIFY(!doctors.update(bad));

        PatientStore patients(*m_vault);
        Patient p = test::adult();
        p.treatments.append(test::treatment(QStringLiteral("METFORMINE"), QStringLiteral("1000 mg"),
                                            QStringLiteral("1 comprimé matin et soir"), QStringLiteral("3 mois"), 1, {}, true));
        p.treatments.append(test::treatment(QStringLiteral("LÉVOTHYROXINE SODIQUE"), QStringLiteral("75 µg"),
                                            QStringLiteral("1 comprimé le matin à jeun"), QStringLiteral("1 mois"), 2,
                                            QStringLiteral("MTE"), false));
        p.treatments.last().brand = QStringLiteral("LEVOTHYROX");  // non-substitutable names the product
        p.alds.append(test::ald(QStringLiteral("Diabète de type 2"), QDate(2015, 1, 1)));
        auto pid = patients.insertRaw(p);
        QVERIFY(pid);
        auto loaded = patients.get(*pid);
        QVERIFY(loaded);

        // Renew current treatments: one call, one line per treatment.
        const QList<PrescriptionLine> renewed = PrescriptionStore::renewalLines(*loaded);
        QCOMPARE(renewed.size(), 2);
        QCOMPARE(renewed.at(0).durationText(), QStringLiteral("QSP 3 mois"));
        QVERIFY(renewed.at(0).ald);
        QVERIFY(renewed.at(1).nonSubstitutable);
        QCOMPARE(renewed.at(1).nonSubstitutableReason, NonSubstitutable::Mte);
        QCOMPARE(renewed.at(1).posologySentence(), QStringLiteral("1 comprimé le matin à jeun"));

        Prescription rx;
        rx.date = QDate(2026, 11, 22);
        rx.practitionerId = *id;
        rx.patientId = *pid;
        rx.lines = renewed;
        rx.comments = QStringLiteral("Contrôle HbA1c dans 3 mois");
        PrescriptionStore store(*m_vault);
        auto rid = store.create(rx);
        QVERIFY2(rid, rid ? "" : qPrintable(rid.error().message));
        auto back = store.get(*rid);
        QVERIFY(back);
        QCOMPARE(back->lines, rx.lines);
        QCOMPARE(back->comments, rx.comments);
        QVERIFY(!back->printed);

        // Refused before anything is written.
        Prescription bad2 = rx;
        bad2.lines.append(test::oxycodone());
        auto refused = store.create(bad2);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("secure paper")));

        QVERIFY(store.storePdf(*rid, QByteArray("%PDF-1.4 test"), 1));
        QVERIFY(!store.storePdf(*rid, QByteArray("%PDF-1.4 other"), 1));  // kept as first printed
        auto pdf = store.storedPdf(*rid);
        QVERIFY(pdf && *pdf);
        QCOMPARE(**pdf, QByteArray("%PDF-1.4 test"));

        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().practitionerName, QStringLiteral("Dr Camille ROCHE"));
        QVERIFY(list->first().printed);

        // Audit: ids and counts only, never a word of the prescription.
        auto entries = m_vault->audit().entries();
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry& e : *entries) {
            actions << e.action;
            QVERIFY(!e.detail.contains(QStringLiteral("METFORMINE")));
            QVERIFY(!e.objectId.contains(QStringLiteral("Hénin")));
        }
        for (const char* a : {"practitioner.create", "practitioner.update", "prescription.create", "prescription.print",
                              "prescription.reprint"})
            QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
        QVERIFY(m_vault->audit().verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestPrescribing)
#include "tst_prescribing.moc"
