// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/AddPartDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "records/PatientText.h"
#include "common/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

QString AddPartDialog::menuText(Part part)
{
    switch (part) {
    case Part::Allergy:
        return tr("Allergy…");
    case Part::Antecedent:
        return tr("History item (antécédent)…");
    case Part::Ald:
        return tr("ALD…");
    case Part::Treatment:
        return tr("Long-term treatment…");
    case Part::Measurement:
        return tr("Weight and height…");
    }
    return {};
}

AddPartDialog::AddPartDialog(PatientStore& store, qint64 patientId, Part part, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_store(store), m_patientId(patientId), m_part(part), m_clock(clock)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    switch (part) {
    case Part::Allergy:
        setWindowTitle(tr("Add an allergy"));
        m_text = line("substance", tr("&Substance:"), tr("for example Pénicillines"));
        m_detail = line("reaction", tr("&Reaction:"), tr("for example urticaria"));
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("severity"));
        m_kind->addItem(tr("Not known"), QStringLiteral("unknown"));
        m_kind->addItem(tr("Mild"), QStringLiteral("low"));
        m_kind->addItem(tr("Severe"), QStringLiteral("high"));
        m_form->addRow(tr("S&everity:"), m_kind);
        break;
    case Part::Antecedent:
        setWindowTitle(tr("Add a history item"));
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        m_kind->addItem(tr("Medical"), int(Antecedent::Kind::Medical));
        m_kind->addItem(tr("Surgical"), int(Antecedent::Kind::Surgical));
        m_kind->addItem(tr("Family"), int(Antecedent::Kind::Family));
        m_form->addRow(tr("&Kind:"), m_kind);
        m_text = line("label", tr("&Label:"), tr("for example Appendicectomy"));
        m_date = dateLine("date", tr("&Date (if known):"));
        m_detail = line("cim10", tr("&CIM-10 code (if known):"), tr("for example K35.8"));
        break;
    case Part::Ald:
        setWindowTitle(tr("Add an ALD"));
        m_text = line("label", tr("&Condition:"), tr("for example Type 2 diabetes"));
        m_detail = line("cim10", tr("&CIM-10 code:"), tr("for example E11"));
        m_date = dateLine("start", tr("&Since:"));
        m_end = dateLine("end", tr("&Until (if known):"));
        break;
    case Part::Treatment:
        setWindowTitle(tr("Add a long-term treatment"));
        m_text = line("dci", tr("Active substance (&DCI):"), tr("for example METFORMINE"));
        m_strength = line("strength", tr("S&trength:"), tr("for example 1000 mg"));
        m_galenic = line("form", tr("&Form:"), tr("for example comprimé"));
        m_route = line("route", tr("&Route:"), tr("for example orale"));
        m_brand = line("brand", tr("&Brand (optional):"));
        m_posology = line("posology", tr("&Posology:"), tr("for example 1 comprimé matin et soir"));
        m_duration = line("duration", tr("D&uration:"), tr("for example 3 mois"));
        m_renewals = new QSpinBox(this);
        m_renewals->setObjectName(QStringLiteral("renewals"));
        m_renewals->setRange(0, 12);
        m_form->addRow(tr("Re&newals:"), m_renewals);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("nonSubstitutable"));
        m_kind->addItem(tr("Substitutable"), QString());
        m_kind->addItem(tr("Non substituable (MTE — narrow therapeutic margin)"), QStringLiteral("MTE"));
        m_kind->addItem(tr("Non substituable (EFG — child, no suitable generic form)"), QStringLiteral("EFG"));
        m_kind->addItem(tr("Non substituable (CIF — formal contraindication)"), QStringLiteral("CIF"));
        m_form->addRow(tr("&Substitution:"), m_kind);
        m_ald = new QCheckBox(tr("Prescribed for the ALD"), this);
        m_ald->setObjectName(QStringLiteral("ald"));
        m_form->addRow(QString(), m_ald);
        break;
    case Part::Measurement:
        setWindowTitle(tr("Add a weight and height"));
        m_date = dateLine("date", tr("&Date:"));
        m_date->setText(PatientText::date(m_clock.nowUtc().toLocalTime().date()));
        m_weight = line("weight", tr("&Weight (kg):"), tr("for example 72,5"));
        m_height = line("height", tr("&Height (cm):"), tr("for example 168"));
        break;
    }

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("add"));
    add->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPartDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPartDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    if (m_kind && part == Part::Antecedent)
        m_kind->setFocus();
    else if (m_text)
        m_text->setFocus();
    else if (m_weight)
        m_weight->setFocus();
}

QLineEdit* AddPartDialog::line(const char* name, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    return edit;
}

QLineEdit* AddPartDialog::dateLine(const char* name, const QString& label)
{
    QLineEdit* edit = line(name, label, tr("DD/MM/YYYY"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);
    return edit;
}

Result<QDate> AddPartDialog::dateFrom(QLineEdit* field, const QString& label) const
{
    const QString text = field ? field->text().trimmed() : QString();
    if (text.isEmpty())
        return QDate();
    const QDate d = PatientText::parseDate(text);
    if (!d.isValid())
        return fail(ErrorKind::Invalid, tr("%1: “%2” is not a date; type it as DD/MM/YYYY").arg(label, text));
    return d;
}

Result<double> AddPartDialog::numberFrom(QLineEdit* field, const QString& label) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return 0.0;
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QString(text).replace(u',', u'.').toDouble(&ok);  // typed the other way round
    if (!ok)
        return fail(ErrorKind::Invalid, tr("%1: “%2” is not a number").arg(label, text));
    return v;
}

Result<qint64> AddPartDialog::add()
{
    switch (m_part) {
    case Part::Allergy:
        return m_store.add(m_patientId, Allergy{.substance = m_text->text().trimmed(),
                                                .reaction = m_detail->text().trimmed(),
                                                .severity = m_kind->currentData().toString()});
    case Part::Antecedent: {
        auto date = dateFrom(m_date, tr("History date"));
        if (!date)
            return std::unexpected(date.error());
        return m_store.add(m_patientId, Antecedent{.kind = Antecedent::Kind(m_kind->currentData().toInt()),
                                                   .label = m_text->text().trimmed(),
                                                   .date = *date,
                                                   .cim10 = m_detail->text().trimmed().toUpper()});
    }
    case Part::Ald: {
        auto start = dateFrom(m_date, tr("ALD start"));
        if (!start)
            return std::unexpected(start.error());
        auto end = dateFrom(m_end, tr("ALD end"));
        if (!end)
            return std::unexpected(end.error());
        return m_store.add(m_patientId, Ald{.label = m_text->text().trimmed(),
                                            .cim10 = m_detail->text().trimmed().toUpper(),
                                            .start = *start,
                                            .end = *end});
    }
    case Part::Treatment: {
        Treatment t;
        t.dci = m_text->text().trimmed();
        t.strength = m_strength->text().trimmed();
        t.form = m_galenic->text().trimmed();
        t.route = m_route->text().trimmed();
        t.brand = m_brand->text().trimmed();
        t.posology = m_posology->text().trimmed();
        t.duration = m_duration->text().trimmed();
        t.renewals = m_renewals->value();
        t.nonSubstitutable = m_kind->currentData().toString();
        t.ald = m_ald->isChecked();
        return m_store.add(m_patientId, t);
    }
    case Part::Measurement: {
        auto date = dateFrom(m_date, tr("Date"));
        if (!date)
            return std::unexpected(date.error());
        auto weight = numberFrom(m_weight, tr("Weight"));
        if (!weight)
            return std::unexpected(weight.error());
        auto height = numberFrom(m_height, tr("Height"));
        if (!height)
            return std::unexpected(height.error());
        return m_store.add(m_patientId, Measurement{.date = *date, .weightKg = *weight, .heightCm = *height});
    }
    }
    return fail(ErrorKind::Other, QString());
}

void AddPartDialog::save()
{
    auto id = add();
    if (!id) {
        showError(id.error().message);
        return;
    }
    m_savedId = *id;
    accept();
}

void AddPartDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    growToFit(*this);
}

} // namespace relais::ui
