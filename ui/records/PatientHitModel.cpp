// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientHitModel.h"

#include "records/PatientText.h"
#include "records/Nir.h"

namespace relais::ui {

PatientHitModel::PatientHitModel(QObject* parent) : QAbstractListModel(parent) { }

void PatientHitModel::setHits(QList<PatientHit> hits, const QHash<qint64, Origin>& origins, const QDate& today)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_origins = origins;
    m_today = today;
    endResetModel();
}

void PatientHitModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_origins.clear();
    endResetModel();
}

qint64 PatientHitModel::idAt(int row) const { return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0; }

int PatientHitModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

QString PatientHitModel::detail(const PatientHit& h) const
{
    Patient p;
    p.birthDate = h.birthDate;
    QStringList parts{PatientText::sexShort(h.sex)};
    if (h.birthDate.isValid())
        parts << p.ageText(m_today) << PatientText::date(h.birthDate);
    if (!h.matricule.isEmpty())
        parts << Nir::format(h.matricule);
    return parts.join(QStringLiteral("  ·  "));
}

QVariant PatientHitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const PatientHit& h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.displayName();
    case DetailRole:
        return detail(h);
    case OriginRole: {
        const auto o = m_origins.constFind(h.id);
        return o == m_origins.cend() ? QString() : PatientText::origin(*o);
    }
    case Qt::AccessibleTextRole:
        return QString(h.displayName() + QStringLiteral(", ") + detail(h) + QStringLiteral(", ")
                       + PatientText::statusName(h.identityStatus));
    case Qt::ToolTipRole:
        return PatientText::statusExplanation(h.identityStatus);
    case IdRole:
        return h.id;
    case StatusCodeRole:
        return identityStatusCode(h.identityStatus);
    case StatusColorRole:
        return PatientText::statusColor(h.identityStatus);
    default:
        return {};
    }
}

} // namespace relais::ui
