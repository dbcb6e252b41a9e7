// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "consultation/ConsultationReport.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "print/PrescriptionPrinter.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <unistd.h>

using namespace relais;
using relais::test::secret;

namespace {

struct Pdf
{
    QStringList pages;  // text of each page, whitespace simplified
    std::unique_ptr<Poppler::Document> doc;
    QString all() const { return pages.join(u' '); }
};

Pdf readPdf(const QByteArray& bytes)
{
    Pdf out;
    out.doc = Poppler::Document::loadFromData(bytes);
    if (!out.doc)
        return out;
    for (int i = 0; i < out.doc->numPages(); ++i)
        out.pages << out.doc->page(i)->text(QRectF()).simplified();
    return out;
}

QImage renderPage(const Pdf& pdf, int page, double dpi = 300)
{
    pdf.doc->setRenderHint(Poppler::Document::Antialiasing, true);
    pdf.doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return pdf.doc->page(page)->renderToImage(dpi, dpi);
}

// `lpstat -r` exits 0 either way: read what it says.
bool schedulerRunning(const QString& lpstat)
{
    QProcess q;
    q.start(lpstat, {QStringLiteral("-r")});
    q.waitForFinished(5000);
    return q.readAllStandardOutput().trimmed() == "scheduler is running";
}

QString savePng(const QImage& image, const QString& name)
{
    const QString path = QDir(test::artefactDir()).filePath(name);
    image.save(path);
    return path;
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    qint64 m_doctor = 0, m_adult = 0, m_child = 0, m_ald = 0;
    const QDate m_today{2026, 11, 22};

    qint64 create(Prescription rx)
    {
        rx.date = m_today;
        rx.practitionerId = m_doctor;
        auto id = PrescriptionStore(*m_vault).create(rx);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    Pdf print(qint64 id, QByteArray* bytes = nullptr)
    {
        auto pdf = PrescriptionPrinter(*m_vault).pdf(id);
        if (!pdf)
            qFatal("%s", qPrintable(pdf.error().message));
        if (bytes)
            *bytes = *pdf;
        return readPdf(*pdf);
    }

    static void expectAll(const QString& text, const QStringList& mentions)
    {
        for (const QString& m : mentions)
            QVERIFY2(text.contains(m), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(m, text)));
    }

    static QStringList prescriberMentions()
    {
        return {"Dr Camille ROCHE", "Docteur en médecine", "Médecine générale", "12 rue des Tanneurs", "69003 Lyon",
                "France", "Tél. : +33 4 78 12 34 56", "cabinet.roche@example.fr", "Lyon, le 22/11/2026", "N° RPPS",
                "10001234565", "N° Assurance Maladie", "691234567", "Signature du prescripteur",
                "Ordonnance établie sur papier : le service de prescription électronique était indisponible."};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = Vault::create(m_dir.filePath(QStringLiteral("print.vault")), QStringLiteral("Dr R"),
                               secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        auto d = PractitionerStore(*m_vault).create(test::doctor());
        QVERIFY(d);
        m_doctor = *d;
        PatientStore patients(*m_vault);
        m_adult = *patients.insertRaw(test::adult());
        m_child = *patients.insertRaw(test::child());
        Patient ald = test::adult();
        ald.birthName = QStringLiteral("Le Goff-Martin");
        ald.firstGivenName = QStringLiteral("Yann");
        ald.birthGivenNames = {ald.firstGivenName};
        ald.sex = Sex::Male;
        ald.birthDate = QDate(1950, 6, 1);
        ald.alds.append(test::ald(QStringLiteral("Diabète de type 2"), QDate(2015, 1, 1)));
        m_ald = *patients.insertRaw(ald);
    }

    void adultA4()
    {
        Prescription rx;
        rx.patientId = m_adult;
        PrescriptionLine l = test::paracetamol();
        l.renewals = 2;
        l.brand = QStringLiteral("DOLIPRANE");
        rx.lines = {l};
        rx.comments = QStringLiteral("Revoir si la fièvre persiste au-delà de 3 jours.");
        const Pdf pdf = print(create(rx));
        QCOMPARE(pdf.pages.size(), 1);
        QStringList m = prescriberMentions();
        m << "HÉNIN Zoé" << "Sexe : féminin" << "Née le 12/03/1954 (72 ans)"
          << "1. PARACÉTAMOL 1 g, comprimé, voie orale (DOLIPRANE)" << "1 comprimé matin, midi et soir"
          << "QSP 7 jours, à renouveler 2 fois" << "Revoir si la fièvre persiste" << "page 1/1";
        expectAll(pdf.all(), m);
        QVERIFY(!pdf.all().contains(QStringLiteral("QR")));
        savePng(renderPage(pdf, 0, 110), QStringLiteral("rx_adult_a4.png"));
    }

    void childA5WithWeight()
    {
        Prescription rx;
        rx.patientId = m_child;
        rx.layout = Prescription::Layout::A5;
        rx.weightKg = 11.2;
        PrescriptionLine l = test::line(QStringLiteral("AMOXICILLINE"), QStringLiteral("250 mg/5 ml"),
                                        QStringLiteral("poudre pour suspension buvable"), 5, QStringLiteral("ml"),
                                        Posology::Morning | Posology::Noon | Posology::Evening, 6);
        l.nonSubstitutable = true;
        l.nonSubstitutableReason = NonSubstitutable::Efg;
        l.brand = QStringLiteral("CLAMOXYL");
        rx.lines = {l};
        const Pdf pdf = print(create(rx));
        QStringList m = prescriberMentions();
        m << "N'DIAYE Maël" << "Sexe : masculin" << "Né le 10/05/2025 (18 mois)" << "Poids : 11,2 kg"
          << "AMOXICILLINE 250 mg/5 ml, poudre pour suspension buvable, voie orale (CLAMOXYL)"
          << "NON SUBSTITUABLE (EFG) : CLAMOXYL" << "5 ml matin, midi et soir";
        expectAll(pdf.all(), m);
        const QSizeF size = pdf.doc->page(0)->pageSizeF();  // points
        QVERIFY2(qAbs(size.width() - 419.5) < 2 && qAbs(size.height() - 595.3) < 2, "A5 portrait");
        savePng(renderPage(pdf, 0, 150), QStringLiteral("rx_child_a5.png"));
    }

    void childWithoutWeightRefused()
    {
        Prescription rx;
        rx.date = m_today;
        rx.practitionerId = m_doctor;
        rx.patientId = m_child;
        rx.lines = {test::paracetamol()};
        auto id = PrescriptionStore(*m_vault).create(rx);
        QVERIFY(!id);
        QVERIFY(id.error().message.contains(QStringLiteral("Weight")));
    }

    void aldBizone()
    {
        Prescription rx;
        rx.patientId = m_ald;
        PrescriptionLine metformin = test::line(QStringLiteral("METFORMINE"), QStringLiteral("1000 mg"),
                                                QStringLiteral("comprimé pelliculé"), 1, QStringLiteral("comprimé"),
                                                Posology::Morning | Posology::Evening, 3);
        metformin.durationUnit = PrescriptionLine::DurationUnit::Months;
        metformin.ald = true;
        rx.lines = {test::paracetamol(), metformin};
        const Pdf pdf = print(create(rx));
        QCOMPARE(pdf.pages.size(), 1);
        const QString t = pdf.all();
        const QString ald = QString::fromUtf8(PrescriptionRenderer::kAldCaption);
        const QString other = QString::fromUtf8(PrescriptionRenderer::kOtherCaption);
        expectAll(t, {ald, other, "METFORMINE", "PARACÉTAMOL", "QSP 3 mois"});
        // Lines in their zone: ALD caption, ALD line, other caption, other line.
        QVERIFY(t.indexOf(ald) < t.indexOf(QStringLiteral("METFORMINE")));
        QVERIFY(t.indexOf(QStringLiteral("METFORMINE")) < t.indexOf(other));
        QVERIFY(t.indexOf(other) < t.indexOf(QStringLiteral("PARACÉTAMOL")));
        // Numbered across the zones.
        QVERIFY(t.contains(QStringLiteral("1. METFORMINE")));
        QVERIFY(t.contains(QStringLiteral("2. PARACÉTAMOL")));
        savePng(renderPage(pdf, 0, 110), QStringLiteral("rx_ald_bizone.png"));
    }

    void nonSubstitutableReasons_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("printed");
        QTest::newRow("MTE") << int(NonSubstitutable::Mte) << "NON SUBSTITUABLE (MTE)";
        QTest::newRow("CIF") << int(NonSubstitutable::Cif) << "NON SUBSTITUABLE (CIF)";
        QTest::newRow("EFG") << int(NonSubstitutable::Efg) << "NON SUBSTITUABLE (EFG)";
    }
    void nonSubstitutableReasons()
    {
        QFETCH(int, reason);
        QFETCH(QString, printed);
        Prescription rx;
        const bool efg = NonSubstitutable(reason) == NonSubstitutable::Efg;
        rx.patientId = efg ? m_child : m_adult;
        if (efg)
            rx.weightKg = 11.2;
        PrescriptionLine l = test::line(QStringLiteral("LÉVOTHYROXINE SODIQUE"), QStringLiteral("75 µg"),
                                        QStringLiteral("comprimé sécable"), 1, QStringLiteral("comprimé"),
                                        Posology::Morning, 1);
        l.durationUnit = PrescriptionLine::DurationUnit::Months;
        l.nonSubstitutable = true;
        l.nonSubstitutableReason = NonSubstitutable(reason);
        l.brand = QStringLiteral("LEVOTHYROX");
        if (efg) {
            l.form = QStringLiteral("solution buvable en gouttes");
            l.brand = QStringLiteral("L-THYROXINE SERB");
        }
        l.cifExcipient = QStringLiteral("lactose");
        rx.lines = {l};
        // "Non substituable" always beside the named product.
        expectAll(print(create(rx)).all(), {printed + QStringLiteral(" : ") + l.brand, "LÉVOTHYROXINE SODIQUE 75 µg"});
    }

    void multiPage()
    {
        Prescription rx;
        rx.patientId = m_adult;
        for (int i = 0; i < 16; ++i) {
            PrescriptionLine l = test::line(QStringLiteral("SUBSTANCE NUMÉRO %1").arg(i + 1), QStringLiteral("10 mg"),
                                            QStringLiteral("comprimé"), 1, QStringLiteral("comprimé"), Posology::Evening, 30);
            l.posology.extra = QStringLiteral("au cours du repas");
            rx.lines.append(l);
        }
        const Pdf pdf = print(create(rx));
        QCOMPARE(pdf.pages.size(), 2);
        QVERIFY2(pdf.pages.at(0).contains(QStringLiteral("page 1/2")), qPrintable(pdf.pages.at(0)));
        QVERIFY2(pdf.pages.at(1).contains(QStringLiteral("page 2/2")), qPrintable(pdf.pages.at(1)));
        // Every line printed once, none lost at the break; header on both pages; signature at the end.
        for (int i = 0; i < 16; ++i)
            QCOMPARE(pdf.all().count(QStringLiteral("SUBSTANCE NUMÉRO %1 ").arg(i + 1)), 1);
        QVERIFY(pdf.pages.at(1).contains(QStringLiteral("Dr Camille ROCHE")));
        QVERIFY(pdf.pages.at(1).contains(QStringLiteral("Signature du prescripteur")));
        QVERIFY(!pdf.pages.at(0).contains(QStringLiteral("Signature du prescripteur")));
        savePng(renderPage(pdf, 1, 110), QStringLiteral("rx_multipage_p2.png"));
    }

    void stupefiantOnSecurePaper()
    {
        Prescription rx;
        rx.patientId = m_adult;
        rx.layout = Prescription::Layout::Secure;
        PrescriptionLine fentanyl = test::line(QStringLiteral("FENTANYL"), QStringLiteral("12 µg/h"),
                                               QStringLiteral("dispositif transdermique"), 1, QStringLiteral("dispositif"),
                                               0, 28);
        fentanyl.route = QStringLiteral("transdermique");
        fentanyl.posology.everyHours = 72;
        fentanyl.posology.timesPerDay = 0;
        fentanyl.stupefiant = true;
        fentanyl.fractionDays = 14;
        rx.lines = {test::oxycodone(), fentanyl};
        const Pdf pdf = print(create(rx));
        const QString t = pdf.all();
        expectAll(t, {"OXYCODONE dix milligrammes, comprimé à libération prolongée, voie orale",
                      "deux comprimés par prise, deux prises par jour (matin et soir), pendant quatorze jours",
                      "QSP quatorze jours", "Délivrance en une seule fois", "FENTANYL douze microgrammes par heure",
                      "Délivrance fractionnée : quatorze jours par fraction", "Lyon, le 22/11/2026", "HÉNIN Zoé",
                      "page 1/1", "Ordonnance établie sur papier"});
        QVERIFY2(!t.contains(QStringLiteral("µg")), "µg printed on a stupéfiant prescription");
        QVERIFY2(!t.contains(QStringLiteral("10 mg")), "strength in digits on a stupéfiant prescription");
        // The number of medicines in the square of the pre-printed form.
        const SecurePaperLayout layout;
        Poppler::Page* page = pdf.doc->page(0).release();
        const QSizeF pt = page->pageSizeF();
        const double k = pt.width() / 210.0;
        const QRectF square(layout.countSquare.x() * k, layout.countSquare.y() * k, layout.countSquare.width() * k,
                            layout.countSquare.height() * k);
        QCOMPARE(page->text(square).trimmed(), QStringLiteral("2"));
        delete page;
        savePng(renderPage(pdf, 0, 110), QStringLiteral("rx_stupefiant_secure.png"));
    }

    void duplicata()
    {
        Prescription rx;
        rx.patientId = m_adult;
        rx.duplicata = true;
        rx.lines = {test::paracetamol()};
        const Pdf pdf = print(create(rx));
        QCOMPARE(pdf.pages.size(), 2);
        QVERIFY(!pdf.pages.at(0).contains(QStringLiteral("DUPLICATA")));
        QVERIFY(pdf.pages.at(1).contains(QStringLiteral("DUPLICATA")));
        QVERIFY(pdf.pages.at(1).contains(QStringLiteral("PARACÉTAMOL 1 g")));
    }

    void barcodesDecode()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg is not installed (apt-get install zbar-tools)");
        for (const auto layout : {Prescription::Layout::A4, Prescription::Layout::A5}) {
            Prescription rx;
            rx.patientId = m_adult;
            rx.layout = layout;
            rx.lines = {test::paracetamol()};
            const Pdf pdf = print(create(rx));
            const QString png = savePng(renderPage(pdf, 0, 300), QStringLiteral("barcodes_%1.png").arg(layoutCode(layout)));
            QProcess zbar;
            zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
            QVERIFY(zbar.waitForFinished(30000));
            QStringList codes = QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            codes.sort();
            QCOMPARE(codes, QStringList({QStringLiteral("10001234565"), QStringLiteral("691234567")}));
        }
    }

    void reprintGivesSameBytes()
    {
        Prescription rx;
        rx.patientId = m_adult;
        rx.lines = {test::paracetamol()};
        const qint64 id = create(rx);
        QByteArray first, second;
        print(id, &first);
        m_clock.advanceSecs(3600);  // a later reprint: a fresh render would carry another date
        print(id, &second);
        QCOMPARE(second, first);
        QVERIFY(PrescriptionStore(*m_vault).get(id)->printed);
        auto entries = m_vault->audit().entries();
        QVERIFY(entries);
        int prints = 0, reprints = 0;
        for (const AuditEntry& e : *entries) {
            if (e.objectId != QString::number(id))
                continue;
            prints += e.action == u"prescription.print";
            reprints += e.action == u"prescription.reprint";
        }
        QCOMPARE(prints, 1);
        QCOMPARE(reprints, 1);
    }

    void certificate()
    {
        Prescription rx;
        rx.patientId = m_adult;
        rx.kind = Prescription::Kind::Certificate;
        rx.body = QStringLiteral("Je soussignée certifie avoir examiné ce jour la patiente susnommée. "
                                 "Son état de santé justifie un arrêt de ses activités sportives pendant 15 jours.");
        const QString t = print(create(rx)).all();
        expectAll(t, {"CERTIFICAT MÉDICAL", "Je soussignée certifie", "HÉNIN Zoé", "10001234565",
                      "Certificat remis en main propre à l'intéressé(e)", "Signature du médecin"});
        // The e-prescription outage note and the prescriber's label belong to prescriptions.
        QVERIFY2(!t.contains(QStringLiteral("prescription électronique")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("Signature du prescripteur")), qPrintable(t));
    }

    // A secure prescription of 12 lines: each sheet is a complete form with its own count in the
    // square and its own signature zone right under its last line (R.5132-4 CSP).
    void secureSheetsAreCompleteForms()
    {
        Prescription rx;
        rx.patientId = m_adult;
        rx.layout = Prescription::Layout::Secure;
        for (int i = 0; i < 12; ++i) {
            PrescriptionLine l = test::oxycodone();
            l.dci = QStringLiteral("SUBSTANCE NUMÉRO %1").arg(i + 1);
            rx.lines.append(l);
        }
        const Pdf pdf = print(create(rx));
        QVERIFY2(pdf.pages.size() >= 2, qPrintable(QString::number(pdf.pages.size())));
        const SecurePaperLayout layout;
        int total = 0;
        for (int p = 0; p < pdf.pages.size(); ++p) {
            std::unique_ptr<Poppler::Page> page = pdf.doc->page(p);
            const double k = page->pageSizeF().width() / 210.0;  // points per mm
            // The lines on this sheet, and where the last one ends.
            int lines = 0;
            double lastBottom = 0, signatureTop = -1;
            for (const auto& box : page->textList()) {
                const QString word = box->text();
                const QRectF r = box->boundingBox();
                if (word.endsWith(u'.') && word.chopped(1).toInt() > 0 && r.left() < (layout.lines.left() + 8) * k)
                    ++lines;
                if (word == u"SUBSTANCE" || word == u"pendant" || word.startsWith(u"QSP") || word == u"Délivrance" ||
                    word == u"jours")
                    lastBottom = std::max(lastBottom, r.bottom());
                if (word == u"Signature")
                    signatureTop = r.top();
            }
            QVERIFY2(lines > 0, qPrintable(pdf.pages.at(p)));
            total += lines;
            const QRectF square(layout.countSquare.x() * k, layout.countSquare.y() * k, layout.countSquare.width() * k,
                                layout.countSquare.height() * k);
            QCOMPARE(page->text(square).trimmed(), QString::number(lines));
            QVERIFY2(signatureTop > lastBottom, qPrintable(pdf.pages.at(p)));
            QVERIFY2(signatureTop - lastBottom < 12 * k,
                     qPrintable(QStringLiteral("page %1: signature %2 mm below the last line")
                                    .arg(p + 1)
                                    .arg((signatureTop - lastBottom) / k)));
            QVERIFY(pdf.pages.at(p).contains(QStringLiteral("page %1/%2").arg(p + 1).arg(pdf.pages.size())));
            savePng(renderPage(pdf, p, 90), QStringLiteral("rx_secure_12_p%1.png").arg(p + 1));
        }
        QCOMPARE(total, 12);
    }

    // Printed documents are French whatever the interface language: with no French translation
    // installed (the interface in English), no English word reaches any kind of document.
    void documentsAreFrenchWithEnglishInterface()
    {
        Patient married = test::adult();
        married.usedName = QStringLiteral("Durand");
        married.birthName = QStringLiteral("Martin");
        married.sex = Sex::Male;
        married.birthDate = QDate(1950, 2, 1);
        const qint64 id = *PatientStore(*m_vault).insertRaw(married);
        const QStringList english = {"born", "Born", "Weight", "Height", "Sex", "male", "years", "months", "days",
                                     "tablet", "morning", "evening", "Signature of", "prescriber", "Prescriber",
                                     "certificate", "Certificate", "Date of", " the ", " and ", " of ", "Line "};
        QList<Prescription> kinds;
        Prescription a4;
        a4.patientId = id;
        a4.lines = {test::paracetamol()};
        kinds << a4;
        Prescription secure = a4;
        secure.layout = Prescription::Layout::Secure;
        secure.lines = {test::oxycodone()};
        kinds << secure;
        Prescription cert = a4;
        cert.lines.clear();
        cert.kind = Prescription::Kind::Certificate;
        cert.body = QStringLiteral("Certifie que l'état de santé du patient ne contre-indique pas la course à pied.");
        kinds << cert;
        Prescription letter = cert;
        letter.kind = Prescription::Kind::Document;
        letter.title = QStringLiteral("Lettre au confrère");
        kinds << letter;
        for (const Prescription& rx : kinds) {
            const QString t = print(create(rx)).all();
            QVERIFY2(t.contains(QStringLiteral("DURAND (né MARTIN) Zoé")), qPrintable(t));
            for (const QString& w : english) {
                const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(w.trimmed())));
                QVERIFY2(!word.match(t).hasMatch(), qPrintable(QStringLiteral("\"%1\" in: %2").arg(w, t)));
            }
        }
    }

    void consultationReport()
    {
        Consultation c;
        c.patientId = m_adult;
        c.startedUtc = QDateTime(m_today, QTime(8, 30), Qt::UTC);
        c.reason = QStringLiteral("Toux fébrile depuis 3 jours");
        c.examination = QStringLiteral("Crépitants base droite");
        c.conclusion = QStringLiteral("Pneumopathie probable");
        c.plan = QStringLiteral("Antibiothérapie, contrôle à 48 h");
        c.vitals.temperatureC = 38.9;
        c.diagnoses = {{QStringLiteral("Pneumopathie"), QStringLiteral("J18.9")}};
        auto patient = PatientStore(*m_vault).get(m_adult);
        auto doctor = PractitionerStore(*m_vault).get(m_doctor);
        auto pdf = renderConsultationReport(c, *doctor, *patient, m_today);
        QVERIFY(pdf);
        const Pdf read = readPdf(*pdf);
        expectAll(read.all(), {"COMPTE RENDU DE CONSULTATION", "Dr Camille ROCHE", "HÉNIN Zoé", "Motif",
                               "Toux fébrile depuis 3 jours", "T 38,9 °C", "Pneumopathie (CIM-10 J18.9)",
                               "Antibiothérapie, contrôle à 48 h", "page 1/1"});
        for (const char* w : {"born", "Reason", "Examination", "Conclusion:", "years", "Signature of"})
            QVERIFY2(!read.all().contains(QString::fromUtf8(w)), w);
        savePng(renderPage(read, 0, 90), QStringLiteral("consultation_report.png"));
    }

    void calibrationSettings()
    {
        PrintSettings s(*m_vault);
        QVERIFY(s.setCalibration(QStringLiteral("Cabinet HP"), {1.5, -2}));
        auto c = s.calibration(QStringLiteral("Cabinet HP"));
        QVERIFY(c);
        QCOMPARE(c->dxMm, 1.5);
        QCOMPARE(c->dyMm, -2.0);
        auto bad = s.setCalibration(QStringLiteral("Cabinet HP"), {25, 0});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("Horizontal offset")));
        QJsonObject o = SecurePaperLayout().toJson();
        o.insert(QStringLiteral("lines"), QJsonArray{20, 88, 300, 160});
        auto layout = SecurePaperLayout::fromJson(o);
        QVERIFY(!layout);
        QVERIFY(layout.error().message.contains(QStringLiteral("medicines area")));
    }

    void printsThroughCups()
    {
        if (::geteuid() != 0)
            QSKIP("Printing through a real CUPS queue needs root here (cupsd and lpadmin); run the tests as root");
        const QString lpstat = QStandardPaths::findExecutable(QStringLiteral("lpstat"));
        if (lpstat.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf")))
            QSKIP("cups and printer-driver-cups-pdf are not installed (packaging/setup-debian12.sh)");
        QProcess cupsd;  // started by us only when none runs; stopped by its own PID at the end
        if (!schedulerRunning(lpstat)) {
            QDir().mkpath(QStringLiteral("/run/cups"));
            cupsd.start(QStringLiteral("/usr/sbin/cupsd"), {QStringLiteral("-f")});
            QVERIFY(cupsd.waitForStarted());
            cupsd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer t;
            t.start();
            while (!schedulerRunning(lpstat) && t.elapsed() < 10000)
                QTest::qWait(200);
        }
        const QString queue = QStringLiteral("RelaisTest");
        QCOMPARE(QProcess::execute(QStringLiteral("lpadmin"),
                                   {QStringLiteral("-p"), queue, QStringLiteral("-v"), QStringLiteral("cups-pdf:/"),
                                    QStringLiteral("-m"), QStringLiteral("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"),
                                    QStringLiteral("-E")}),
                 0);
        const QDir out(QStringLiteral("/root/PDF"));
        const QStringList before = out.entryList({QStringLiteral("*.pdf")}, QDir::Files);

        Prescription rx;
        rx.patientId = m_adult;
        rx.lines = {test::paracetamol()};
        const qint64 id = create(rx);
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setPrinterName(queue);
            QVERIFY2(printer.isValid(), "QPrinter does not see the CUPS queue");
            auto pages = PrescriptionPrinter(*m_vault).print(id, printer, queue);
            QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
            QCOMPARE(*pages, 1);
        }
        // Bounded wait: the job leaves the queue and its PDF lands.
        QElapsedTimer t;
        t.start();
        QStringList added;
        while (t.elapsed() < 60000) {
            QProcess q;
            q.start(lpstat, {QStringLiteral("-o"), queue});
            q.waitForFinished();
            added = out.entryList({QStringLiteral("*.pdf")}, QDir::Files);
            for (const QString& b : before)
                added.removeAll(b);
            if (q.readAllStandardOutput().trimmed().isEmpty() && !added.isEmpty())
                break;
            QTest::qWait(300);
        }
        QVERIFY2(!added.isEmpty(), "no PDF from the cups-pdf queue within 60 s");
        QFile landed(out.filePath(added.first()));
        QVERIFY(landed.open(QIODevice::ReadOnly));
        const QByteArray bytes = landed.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const Pdf pdf = readPdf(bytes);
        QCOMPARE(pdf.pages.size(), 1);
        savePng(renderPage(pdf, 0, 100), QStringLiteral("cups_output.png"));
        QVERIFY(PrescriptionStore(*m_vault).get(id)->printed);
        QProcess::execute(QStringLiteral("lpadmin"), {QStringLiteral("-x"), queue});
        if (cupsd.state() == QProcess::Running) {
            cupsd.terminate();
            cupsd.waitForFinished(5000);
        }
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
