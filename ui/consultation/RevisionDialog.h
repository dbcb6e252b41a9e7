// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/Consultation.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace relais {
class Vault;
}

namespace relais::ui {

// Every version of a closed consultation, oldest first: when it was saved, by which key slot,
// why it was corrected, and what it said.
class RevisionDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionDialog(const QList<ConsultationRevision>& revisions, const Vault& vault, const QString& patientName,
                   QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QTextBrowser* content() const { return m_content; }

private:
    void showRevision(int row);

    QList<ConsultationRevision> m_revisions;
    QStringList m_headers;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_content = nullptr;
};

} // namespace relais::ui
