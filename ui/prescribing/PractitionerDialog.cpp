// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PractitionerDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "prescribing/PractitionerStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {


QLineEdit* field(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

PractitionerDialog::PractitionerDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("practitionerDialog"));
    setWindowTitle(tr("Practitioners"));

    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("practitionerList"));
    m_names->setMinimumWidth(220);
    auto* add = new QPushButton(tr("&New practitioner"), this);
    add->setObjectName(QStringLiteral("newPractitioner"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &PractitionerDialog::startNew);
    // The practitioners of the EHR snapshot not added yet: one click fills the form.
    m_fromEhr = new QPushButton(tr("From the &EHR snapshot…"), this);
    m_fromEhr->setObjectName(QStringLiteral("practitionerFromEhr"));
    m_fromEhr->setAutoDefault(false);
    m_fromEhr->setToolTip(tr("Fill the form with a practitioner of the practice software's export; check it and complete it before adding"));
    m_fromEhr->setMenu(new QMenu(m_fromEhr));
    auto* left = new QVBoxLayout;
    left->addWidget(m_names, 1);
    left->addWidget(add);
    left->addWidget(m_fromEhr);

    m_surname = field(this, "surname");
    m_given = field(this, "givenNames");
    m_title = field(this, "title", tr("e.g. Docteur en médecine"));
    m_specialty = field(this, "specialty", tr("e.g. Médecine générale"));
    m_rpps = field(this, "rpps", tr("11 digits, on the CPS card"));
    m_am = field(this, "amNumber", tr("9 digits (liberal practice)"));
    m_finess = field(this, "finess", tr("9 characters (establishment), if no AM number"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("Street\nPostcode and town (\"France\" is added)"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_address->setTabChangesFocus(true);
    m_city = field(this, "city", tr("printed before the date: \"Lyon, le …\""));
    m_phone = field(this, "phone", tr("e.g. 04 78 12 34 56 (printed +33 4 78 …)"));
    m_email = field(this, "email");

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Surname:"), m_surname);
    form->addRow(tr("First names:"), m_given);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Specialty:"), m_specialty);
    form->addRow(tr("RPPS number:"), m_rpps);
    form->addRow(tr("AM number:"), m_am);
    form->addRow(tr("or FINESS:"), m_finess);
    form->addRow(tr("Professional address:"), m_address);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);

    m_message = new StatusLabel(StatusKind::Plain, this);
    m_message->setObjectName(QStringLiteral("practitionerMessage"));
    m_message->setWordWrap(true);
    m_message->setKind(StatusKind::Error);
    m_message->hide();

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("savePractitioner"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &PractitionerDialog::save);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addStretch();
    right->addWidget(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_names, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_list.size())
            showPractitioner(m_list.at(row));
    });
    reload();
    if (m_list.isEmpty())
        startNew();
    resize(820, 520);
}

void PractitionerDialog::reload(qint64 select)
{
    auto list = PractitionerStore(m_vault).list();
    if (!list) {
        m_message->setKind(StatusKind::Error);
        m_message->setText(list.error().message);
        m_message->show();
        return;
    }
    m_list = *list;
    const QSignalBlocker block(m_names);
    m_names->clear();
    int row = m_list.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_list.size(); ++i) {
        m_names->addItem(m_list.at(i).displayName());
        if (m_list.at(i).id == select)
            row = i;
    }
    m_names->setCurrentRow(row);
    if (row >= 0)
        showPractitioner(m_list.at(row));
    reloadFromEhr();
}

void PractitionerDialog::reloadFromEhr()
{
    QMenu* menu = m_fromEhr->menu();
    menu->clear();
    auto known = PractitionerStore(m_vault).fromEhr();
    m_fromEhr->setVisible(known && !known->isEmpty());
    if (!known)
        return;
    for (const Practitioner& p : std::as_const(*known)) {
        const QString label = p.rpps.isEmpty() ? p.displayName() : tr("%1 (RPPS %2)").arg(p.displayName(), p.rpps);
        connect(menu->addAction(label), &QAction::triggered, this, [this, p] { fillFromEhr(p); });
    }
}

void PractitionerDialog::fillFromEhr(const Practitioner& p)
{
    m_names->clearSelection();
    showPractitioner(p);
    m_message->setText(tr("Taken from the EHR snapshot: check it, add the AM number (or FINESS) and what is missing, then add it."));
    m_message->setKind(StatusKind::Plain);
    m_message->show();
    m_am->setFocus();
}

void PractitionerDialog::startNew()
{
    m_names->clearSelection();
    showPractitioner(Practitioner{});
    m_surname->setFocus();
}

void PractitionerDialog::showPractitioner(const Practitioner& p)
{
    m_editingId = p.id;
    m_surname->setText(p.surname);
    m_given->setText(p.givenNames);
    m_title->setText(p.title);
    m_specialty->setText(p.specialty);
    m_rpps->setText(p.rpps);
    m_am->setText(p.amNumber);
    m_finess->setText(p.finess);
    m_address->setPlainText(p.address);
    m_city->setText(p.city);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_message->hide();
    m_save->setText(p.id ? tr("&Save changes") : tr("&Add this practitioner"));
}

Practitioner PractitionerDialog::fromForm() const
{
    Practitioner p;
    for (const Practitioner& existing : m_list)
        if (existing.id == m_editingId)
            p = existing;  // keeps the slot link and dates
    p.id = m_editingId;
    p.surname = m_surname->text().trimmed();
    p.givenNames = m_given->text().trimmed();
    p.title = m_title->text().trimmed();
    p.specialty = m_specialty->text().trimmed();
    p.rpps = m_rpps->text().trimmed();
    p.amNumber = m_am->text().trimmed();
    p.finess = m_finess->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.city = m_city->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    return p;
}

bool PractitionerDialog::save()
{
    const Practitioner p = fromForm();
    PractitionerStore store(m_vault);
    Result<qint64> saved = p.id;
    if (p.id) {
        if (auto r = store.update(p); !r)
            saved = std::unexpected(r.error());
    } else {
        saved = store.create(p);
    }
    if (!saved) {
        m_message->setKind(StatusKind::Error);
        m_message->setText(saved.error().message);
        m_message->show();
        growToFit(*this);
        return false;
    }
    reload(*saved);
    return true;
}

QString PractitionerDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

} // namespace relais::ui
