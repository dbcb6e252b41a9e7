// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/PatientSearch.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

namespace relais::ui {

// The search results as a list: the shown name, one line of details (sex, age, date of birth,
// NIR), where the record comes from, and the identity status for the badge.
class PatientHitModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, DetailRole, OriginRole, StatusCodeRole, StatusColorRole };

    explicit PatientHitModel(QObject* parent = nullptr);

    // `origins` gives where each hit comes from (missing: not shown).
    void setHits(QList<PatientHit> hits, const QHash<qint64, Origin>& origins, const QDate& today);
    void clear();
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString detail(const PatientHit& h) const;

    QList<PatientHit> m_hits;
    QHash<qint64, Origin> m_origins;
    QDate m_today;
};

} // namespace relais::ui
