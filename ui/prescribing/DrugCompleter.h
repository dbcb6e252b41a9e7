// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drugs/DrugReference.h"

#include <QCompleter>

#include <memory>

class QLineEdit;
class QStandardItemModel;

namespace relais::ui {

// The popup under a prescription line's DCI field: medicines of the BDPM reference matching what
// the GP types ("amox", "doli", a CIS), best first. Free text stays possible: nothing is forced.
class DrugCompleter : public QCompleter
{
    Q_OBJECT

public:
    DrugCompleter(std::shared_ptr<DrugReference> reference, QLineEdit* edit);

    // The reference beside the vault this process works on (its --vault argument, else the
    // default vault), opened once and again when the file changes; null when there is none.
    // `error` gets the reason when the file is there but refused (damaged, too new).
    static std::shared_ptr<DrugReference> shared(QString* error = nullptr);
    static void setVaultPath(const QString& vaultPath);
    // Where the reference of the vault in use is (beside it).
    static QString referencePath();

    const QList<DrugHit>& hits() const { return m_hits; }
    // Runs the search and shows the popup (what typing does).
    void lookUp(const QString& text);

signals:
    void chosen(const relais::DrugHit& hit);

private:
    std::shared_ptr<DrugReference> m_reference;
    QLineEdit* m_edit = nullptr;
    QStandardItemModel* m_model = nullptr;
    QList<DrugHit> m_hits;
};

} // namespace relais::ui
