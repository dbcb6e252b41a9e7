// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Communes.h"

#include <QFile>
#include <QHash>

namespace relais::Communes {

namespace {

const QHash<QString, QString>& table()
{
    static const QHash<QString, QString> byCode = [] {
        QHash<QString, QString> out;
        QFile f(QStringLiteral(":/geo/communes-cog2026.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        out.reserve(40000);
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() >= 2)
                out.insert(QString::fromLatin1(fields.at(0)), QString::fromUtf8(fields.at(1)));
        }
        return out;
    }();
    return byCode;
}

} // namespace

QString name(const QString& inseeCode) { return table().value(inseeCode.trimmed().toUpper()); }

QString vintage() { return QStringLiteral("COG 2026"); }

} // namespace relais::Communes
