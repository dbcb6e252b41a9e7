// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/VitalsForm.h"

#include "widgets/StatusLabel.h"

#include "consultation/ConsultationText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace relais::ui {

namespace {


const char* const kNames[] = {"weight", "height", "systolic", "diastolic", "heartRate", "temperature", "spo2", "glucose"};

QString label(Vitals::Field f)
{
    switch (f) {
    case Vitals::Field::Weight: return VitalsForm::tr("&Weight");
    case Vitals::Field::Height: return VitalsForm::tr("&Height");
    case Vitals::Field::Systolic: return VitalsForm::tr("BP s&ystolic");
    case Vitals::Field::Diastolic: return VitalsForm::tr("BP &diastolic");
    case Vitals::Field::HeartRate: return VitalsForm::tr("Heart &rate");
    case Vitals::Field::Temperature: return VitalsForm::tr("&Temperature");
    case Vitals::Field::SpO2: return VitalsForm::tr("Sp&O2");
    case Vitals::Field::Glucose: return VitalsForm::tr("Capillary &glucose");
    }
    return {};
}

} // namespace

VitalsForm::VitalsForm(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (int i = 0; i < kCount; ++i) {
        const auto f = Vitals::Field(i);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(kNames[i]));
        edit->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000,00")) + 16);
        edit->setAlignment(Qt::AlignRight);
        edit->setAccessibleName(Vitals::fieldName(f));
        auto* name = new QLabel(label(f), this);
        name->setBuddy(edit);
        auto* unit = new QLabel(Vitals::unit(f), this);
        unit->setForegroundRole(QPalette::PlaceholderText);
        auto* note = new QLabel(this);
        note->setObjectName(QLatin1String(kNames[i]) + QStringLiteral("Note"));
        note->setWordWrap(true);
        note->hide();
        grid->addWidget(name, i, 0);
        grid->addWidget(edit, i, 1);
        grid->addWidget(unit, i, 2);
        grid->addWidget(note, i, 3);
        m_fields[std::size_t(i)] = edit;
        m_notes[std::size_t(i)] = note;
        connect(edit, &QLineEdit::textChanged, this, [this] {
            refresh();
            emit changed();
        });
    }
    auto* bmiName = new QLabel(tr("BMI"), this);
    m_bmi = new QLabel(this);
    m_bmi->setObjectName(QStringLiteral("bmi"));
    grid->addWidget(bmiName, kCount, 0);
    grid->addWidget(m_bmi, kCount, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    refresh();
}

Vitals VitalsForm::vitals() const
{
    Vitals v;
    for (int i = 0; i < kCount; ++i) {
        bool ok = false;
        v.value(Vitals::Field(i)) = ConsultationText::parseNumber(m_fields.at(std::size_t(i))->text(), &ok);
    }
    return v;
}

void VitalsForm::setVitals(const Vitals& v)
{
    for (int i = 0; i < kCount; ++i) {
        const auto& value = v.value(Vitals::Field(i));
        QLineEdit* edit = m_fields.at(std::size_t(i));
        const QSignalBlocker quiet(edit);
        edit->setText(value ? ConsultationText::number(*value) : QString());
    }
    refresh();
}

void VitalsForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* e : m_fields)
        e->setReadOnly(readOnly);
}

QStringList VitalsForm::parseErrors() const
{
    QStringList out;
    for (int i = 0; i < kCount; ++i) {
        bool ok = false;
        const QString text = m_fields.at(std::size_t(i))->text().trimmed();
        ConsultationText::parseNumber(text, &ok);
        if (!ok)
            out << tr("%1: “%2” is not a number").arg(Vitals::fieldName(Vitals::Field(i)), text);
    }
    return out;
}

void VitalsForm::refresh()
{
    const Vitals v = vitals();
    std::array<QStringList, kCount> messages;
    std::array<bool, kCount> blocking{};
    for (int i = 0; i < kCount; ++i) {
        bool ok = false;
        const QString text = m_fields.at(std::size_t(i))->text().trimmed();
        ConsultationText::parseNumber(text, &ok);
        if (!ok) {
            messages[std::size_t(i)] << tr("“%1” is not a number").arg(text);
            blocking[std::size_t(i)] = true;
        }
    }
    for (const Vitals::Issue& issue : v.check()) {
        messages[std::size_t(issue.field)] << issue.message;
        blocking[std::size_t(issue.field)] = blocking[std::size_t(issue.field)] || issue.blocking;
    }
    for (int i = 0; i < kCount; ++i) {
        QLabel* note = m_notes.at(std::size_t(i));
        QLineEdit* edit = m_fields.at(std::size_t(i));
        const QStringList& list = messages[std::size_t(i)];
        if (list.isEmpty()) {
            note->clear();
            note->hide();
            edit->setStyleSheet(QString());
            continue;
        }
        const bool refused = blocking[std::size_t(i)];
        const QString color = statusColour(refused ? StatusKind::Error : StatusKind::Warning).name();
        note->setText((refused ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + list.join(QStringLiteral("\n")));
        note->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
        note->setProperty("blocking", refused);
        note->show();
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; border-radius: 3px; }").arg(color));
    }
    if (const auto b = v.bmi())
        m_bmi->setText(tr("%1 kg/m²").arg(ConsultationText::number(*b)));
    else
        m_bmi->setText(tr("— (needs weight and height)"));
}

} // namespace relais::ui
