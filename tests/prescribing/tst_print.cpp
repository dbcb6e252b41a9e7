// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
class TestPrint : public QObject { Q_OBJECT };
QTEST_MAIN(TestPrint)
#include "tst_print.moc"
