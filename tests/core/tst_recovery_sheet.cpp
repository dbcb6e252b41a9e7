// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/Language.h"
#include "print/RecoverySheet.h"
#include "vault/RecoveryKey.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

#include <poppler-qt6.h>

using namespace relais;

class TestRecoverySheet : public QObject
{
    Q_OBJECT

private slots:
    void sheetCarriesTheKeyAndInstructionsInFrench()
    {
        installTranslations(QStringLiteral("fr"));
        const SecureBytes key = RecoveryKey::generate();
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&pdf);
            writer.setResolution(300);
            QVERIFY(RecoverySheet::paint(writer, key, QStringLiteral("/srv/relais/relais.vault"),
                                         QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)));
        }
        auto doc = Poppler::Document::loadFromData(pdf.data());
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 1);
        auto page = doc->page(0);
        const QString text = page->text(QRectF());
        QVERIFY2(text.contains(QString::fromLatin1(key.view().toByteArray())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("clé de secours")));
        QVERIFY(text.contains(QStringLiteral("/srv/relais/relais.vault")));
        page->renderToImage(100, 100).save(test::artefactDir() + QStringLiteral("/recovery-sheet-fr.png"));
        QVERIFY2(text.contains(QStringLiteral("coffre-fort")), qPrintable(text));
        // A page for a person to look at (test key only).
        page->renderToImage(100, 100).save(test::artefactDir() + QStringLiteral("/recovery-sheet-fr.png"));
    }
};

QTEST_MAIN(TestRecoverySheet)
#include "tst_recovery_sheet.moc"
