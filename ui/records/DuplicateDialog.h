// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/PatientStore.h"

#include <QDialog>

class QListWidget;

namespace relais::ui {

// Shown before creating a patient who looks like one already in the vault. The safe choice is
// the default: open the existing chart; creating anyway takes a deliberate click.
class DuplicateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Back, OpenExisting, CreateAnyway };

    DuplicateDialog(const QList<PatientStore::Duplicate>& duplicates, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    qint64 selectedId() const;

private:
    void choose(Choice c);

    QList<PatientStore::Duplicate> m_duplicates;
    QListWidget* m_list = nullptr;
    Choice m_choice = Choice::Back;
};

} // namespace relais::ui
