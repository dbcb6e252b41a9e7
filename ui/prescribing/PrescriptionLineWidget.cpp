// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionLineWidget.h"

#include "widgets/StatusLabel.h"

#include "prescribing/DrugCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace relais::ui {

namespace {

QLineEdit* edit(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    return e;
}

QSpinBox* spin(QWidget* parent, const char* name, int max, const QString& special = {})
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(0, max);
    if (!special.isEmpty())
        s->setSpecialValueText(special);
    return s;
}

QLabel* caption(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

// "1", "0,5", "2,25": a dose as the GP writes it, not "1,00".
class DoseSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 6); }
};

} // namespace

PrescriptionLineWidget::PrescriptionLineWidget(bool patientHasAld, QWidget* parent)
    : QGroupBox(parent), m_hasAld(patientHasAld)
{
    setObjectName(QStringLiteral("prescriptionLine"));

    m_dci = edit(this, "dci", tr("Active substance (DCI), e.g. PARACÉTAMOL"));
    m_strength = edit(this, "strength", tr("e.g. 500 mg"));
    m_form = edit(this, "form", tr("e.g. comprimé"));
    m_route = edit(this, "route", tr("e.g. orale"));
    m_brand = edit(this, "brand", tr("optional"));

    m_quantity = new DoseSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(0, 1000);
    m_quantity->setSingleStep(0.5);
    m_quantity->setDecimals(2);
    m_quantity->setSpecialValueText(tr("–"));
    m_unit = edit(this, "unit", tr("comprimé"));
    m_morning = new QCheckBox(tr("morning"), this);
    m_morning->setObjectName(QStringLiteral("morning"));
    m_noon = new QCheckBox(tr("noon"), this);
    m_noon->setObjectName(QStringLiteral("noon"));
    m_evening = new QCheckBox(tr("evening"), this);
    m_evening->setObjectName(QStringLiteral("evening"));
    m_bedtime = new QCheckBox(tr("bedtime"), this);
    m_bedtime->setObjectName(QStringLiteral("bedtime"));
    m_timesPerDay = spin(this, "timesPerDay", 24, tr("–"));
    m_timesPerDay->setToolTip(tr("Or a number of times a day, instead of the moments"));
    m_asNeeded = new QCheckBox(tr("if needed"), this);
    m_asNeeded->setObjectName(QStringLiteral("asNeeded"));
    m_posologyDays = spin(this, "posologyDays", 365, tr("–"));
    m_extra = edit(this, "extra", tr("e.g. au cours des repas"));
    m_sentence = edit(this, "posologyText", {});
    m_sentence->setToolTip(tr("Printed as written when filled; leave empty to print the sentence built above."));

    m_duration = spin(this, "duration", 366, tr("–"));
    m_durationUnit = new QComboBox(this);
    m_durationUnit->setObjectName(QStringLiteral("durationUnit"));
    m_durationUnit->addItem(tr("days"), int(PrescriptionLine::DurationUnit::Days));
    m_durationUnit->addItem(tr("weeks"), int(PrescriptionLine::DurationUnit::Weeks));
    m_durationUnit->addItem(tr("months"), int(PrescriptionLine::DurationUnit::Months));
    m_packs = spin(this, "packs", 99, tr("–"));
    m_packs->setToolTip(tr("A number of boxes instead of a duration (the brand must be named)"));
    m_renewals = spin(this, "renewals", 12);
    m_nonSubstitutable = new QCheckBox(tr("Non-substitutable"), this);
    m_nonSubstitutable->setObjectName(QStringLiteral("nonSubstitutable"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("nonSubstitutableReason"));
    m_reason->addItem(tr("reason…"), int(NonSubstitutable::None));
    m_reason->addItem(tr("MTE – narrow therapeutic margin"), int(NonSubstitutable::Mte));
    m_reason->addItem(tr("EFG – child under 6, no suitable generic"), int(NonSubstitutable::Efg));
    m_reason->addItem(tr("CIF – excipient contra-indication"), int(NonSubstitutable::Cif));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(18);
    m_cifExcipient = new QLineEdit(this);
    m_cifExcipient->setObjectName(QStringLiteral("cifExcipient"));
    m_cifExcipient->setPlaceholderText(tr("excipient with a known effect, e.g. lactose"));
    m_cifExcipient->setToolTip(tr("CIF: the excipient every generic contains and the patient cannot take (printed)"));
    m_ald = new QCheckBox(tr("ALD zone"), this);
    m_ald->setObjectName(QStringLiteral("ald"));
    m_ald->setToolTip(tr("In direct relation to the long-term condition: printed in the upper zone"));
    m_ald->setVisible(m_hasAld);
    m_stupefiant = new QCheckBox(tr("Stupéfiant"), this);
    m_stupefiant->setObjectName(QStringLiteral("stupefiant"));
    m_stupefiant->setToolTip(tr("Narcotic: secure paper, doses in words, 28 days at most, no renewal"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this line"));
    m_referenceDate = new QLabel(this);
    m_referenceDate->setObjectName(QStringLiteral("bdpmReference"));
    m_referenceDate->setEnabled(false);  // greyed: information, not a control
    m_allergy = new StatusLabel(StatusKind::Error, this);
    m_allergy->setObjectName(QStringLiteral("allergyWarning"));
    m_allergy->setWordWrap(true);
    m_allergy->setKind(StatusKind::Error);
    m_allergy->setVisible(false);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 8);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    // Rows 1 and 2: what is prescribed.
    auto* what = new QHBoxLayout;
    what->addWidget(m_dci, 3);
    what->addWidget(caption(tr("Strength"), m_strength, this));
    what->addWidget(m_strength, 1);
    what->addWidget(m_referenceDate);
    grid->addLayout(what, 0, 0);
    grid->addWidget(m_allergy, 7, 0);
    auto* form = new QHBoxLayout;
    form->addWidget(caption(tr("Form"), m_form, this));
    form->addWidget(m_form, 3);
    form->addWidget(caption(tr("Route"), m_route, this));
    form->addWidget(m_route, 1);
    form->addWidget(caption(tr("Brand"), m_brand, this));
    form->addWidget(m_brand, 2);
    grid->addLayout(form, 1, 0);
    // Then the structured posology,
    auto* dose = new QHBoxLayout;
    dose->addWidget(caption(tr("Dose"), m_quantity, this));
    dose->addWidget(m_quantity);
    dose->addWidget(m_unit, 1);
    for (QCheckBox* c : {m_morning, m_noon, m_evening, m_bedtime})
        dose->addWidget(c);
    grid->addLayout(dose, 2, 0);
    auto* frequency = new QHBoxLayout;
    frequency->addWidget(caption(tr("or times a day"), m_timesPerDay, this));
    frequency->addWidget(m_timesPerDay);
    frequency->addWidget(m_asNeeded);
    frequency->addWidget(caption(tr("for (days)"), m_posologyDays, this));
    frequency->addWidget(m_posologyDays);
    frequency->addWidget(caption(tr("Instructions"), m_extra, this));
    frequency->addWidget(m_extra, 1);
    grid->addLayout(frequency, 3, 0);
    // the sentence printed,
    auto* sentence = new QHBoxLayout;
    sentence->addWidget(caption(tr("Printed as"), m_sentence, this));
    sentence->addWidget(m_sentence, 1);
    grid->addLayout(sentence, 4, 0);
    // the quantity dispensed, and the marks.
    auto* quantity = new QHBoxLayout;
    quantity->addWidget(caption(tr("QSP"), m_duration, this));
    quantity->addWidget(m_duration);
    quantity->addWidget(m_durationUnit);
    quantity->addWidget(caption(tr("or boxes"), m_packs, this));
    quantity->addWidget(m_packs);
    quantity->addWidget(caption(tr("Renewals"), m_renewals, this));
    quantity->addWidget(m_renewals);
    quantity->addStretch();
    grid->addLayout(quantity, 5, 0);
    auto* marks = new QHBoxLayout;
    marks->addWidget(m_nonSubstitutable);
    marks->addWidget(m_reason, 1);
    marks->addWidget(m_cifExcipient, 1);
    marks->addSpacing(8);
    marks->addWidget(m_ald);
    marks->addWidget(m_stupefiant);
    marks->addSpacing(8);
    marks->addWidget(m_remove);
    grid->addLayout(marks, 6, 0);

    for (QLineEdit* e : {m_dci, m_strength, m_form, m_route, m_brand, m_unit, m_extra, m_sentence, m_cifExcipient})
        connect(e, &QLineEdit::textChanged, this, [this] { updateSentence(); });
    for (QCheckBox* c : {m_morning, m_noon, m_evening, m_bedtime, m_asNeeded, m_nonSubstitutable, m_ald, m_stupefiant})
        connect(c, &QCheckBox::toggled, this, [this] { updateSentence(); });
    for (QSpinBox* s : {m_timesPerDay, m_posologyDays, m_duration, m_packs, m_renewals})
        connect(s, &QSpinBox::valueChanged, this, [this] { updateSentence(); });
    connect(m_quantity, &QDoubleSpinBox::valueChanged, this, [this] { updateSentence(); });
    for (QComboBox* c : {m_durationUnit, m_reason})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { updateSentence(); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });

    setFocusProxy(m_dci);  // a new line starts with the substance
    m_route->setText(QStringLiteral("orale"));
    QString problem;
    auto reference = DrugCompleter::shared(&problem);
    setDrugReference(std::move(reference), problem);
    updateSentence();
    m_pristine = line();
}

void PrescriptionLineWidget::setDrugReference(std::shared_ptr<DrugReference> reference, const QString& problem)
{
    delete m_completer;
    m_completer = nullptr;
    if (!reference) {
        // Free text only; a refused file says why, a missing one says nothing.
        m_referenceDate->setText(problem.isEmpty() ? QString() : tr("No drug reference"));
        m_referenceDate->setToolTip(problem);
        m_referenceDate->setVisible(!problem.isEmpty());
        return;
    }
    m_referenceDate->setText(reference->describe());
    m_referenceDate->setToolTip(tr("Medicines from the public database (BDPM): type a substance, a brand or a CIS"));
    m_referenceDate->setVisible(true);
    m_completer = new DrugCompleter(std::move(reference), m_dci);
    connect(m_completer, &DrugCompleter::chosen, this, &PrescriptionLineWidget::choose);
}

void PrescriptionLineWidget::choose(const DrugHit& hit)
{
    const PrescriptionLine chosen = hit.toLine(false);
    m_loading = true;
    m_dci->setText(chosen.dci);
    m_strength->setText(chosen.strength);
    m_form->setText(chosen.form);
    m_route->setText(chosen.route);
    m_brand->setPlaceholderText(hit.brand.isEmpty() ? tr("optional") : tr("optional, e.g. %1").arg(hit.brand));
    m_stupefiant->setChecked(chosen.stupefiant);
    m_base.limitDays = chosen.limitDays;  // the reference's "durée de prescription limitée à …"
    m_base.securePaper = chosen.securePaper;
    m_loading = false;
    updateSentence();
}

void PrescriptionLineWidget::setNumber(int number) { setTitle(tr("Line %1").arg(number)); }

void PrescriptionLineWidget::setFlagged(bool flagged)
{
    setStyleSheet(flagged ? QStringLiteral("QGroupBox#prescriptionLine { border: 2px solid %1; border-radius: 4px;"
                                           " margin-top: 1.2em; } QGroupBox#prescriptionLine::title { color: %1; }")
                                .arg(statusColour(StatusKind::Error).name())
                          : QString());
}

void PrescriptionLineWidget::setAllergyWarning(const QString& text)
{
    m_allergy->setText(text);
    m_allergy->setVisible(!text.isEmpty());
}

QString PrescriptionLineWidget::allergyWarning() const
{
    return m_allergy->text();
}

void PrescriptionLineWidget::setLine(const PrescriptionLine& l)
{
    m_loading = true;
    m_fromData = true;
    m_base = l;
    m_dci->setText(l.dci);
    m_strength->setText(l.strength);
    m_form->setText(l.form);
    m_route->setText(l.route);
    m_brand->setText(l.brand);
    m_quantity->setValue(l.posology.quantity);
    m_unit->setText(l.posology.unit);
    m_morning->setChecked(l.posology.moments & Posology::Morning);
    m_noon->setChecked(l.posology.moments & Posology::Noon);
    m_evening->setChecked(l.posology.moments & Posology::Evening);
    m_bedtime->setChecked(l.posology.moments & Posology::Bedtime);
    m_timesPerDay->setValue(l.posology.timesPerDay);
    m_asNeeded->setChecked(l.posology.asNeeded);
    m_posologyDays->setValue(l.posology.durationDays);
    m_extra->setText(l.posology.extra);
    m_sentence->setText(l.posologyText);
    m_duration->setValue(l.durationValue);
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(int(l.durationUnit)));
    m_packs->setValue(l.packs);
    m_renewals->setValue(l.renewals);
    m_nonSubstitutable->setChecked(l.nonSubstitutable);
    m_reason->setCurrentIndex(m_reason->findData(int(l.nonSubstitutableReason)));
    m_cifExcipient->setText(l.cifExcipient);
    m_ald->setChecked(l.ald);
    m_stupefiant->setChecked(l.stupefiant);
    m_loading = false;
    updateSentence();
}

PrescriptionLine PrescriptionLineWidget::line() const
{
    PrescriptionLine l = m_base;
    l.dci = m_dci->text().trimmed();
    l.strength = m_strength->text().trimmed();
    l.form = m_form->text().trimmed();
    l.route = m_route->text().trimmed();
    l.brand = m_brand->text().trimmed();
    l.posology.quantity = m_quantity->value();
    l.posology.unit = m_unit->text().trimmed();
    l.posology.moments = (m_morning->isChecked() ? Posology::Morning : 0) | (m_noon->isChecked() ? Posology::Noon : 0)
                         | (m_evening->isChecked() ? Posology::Evening : 0)
                         | (m_bedtime->isChecked() ? Posology::Bedtime : 0);
    l.posology.timesPerDay = m_timesPerDay->value();
    l.posology.asNeeded = m_asNeeded->isChecked();
    l.posology.durationDays = m_posologyDays->value();
    l.posology.extra = m_extra->text().trimmed();
    l.posologyText = m_sentence->text().trimmed();
    l.durationValue = m_duration->value();
    l.durationUnit = PrescriptionLine::DurationUnit(m_durationUnit->currentData().toInt());
    l.packs = m_packs->value();
    l.renewals = m_renewals->value();
    l.nonSubstitutable = m_nonSubstitutable->isChecked();
    l.nonSubstitutableReason = l.nonSubstitutable ? NonSubstitutable(m_reason->currentData().toInt())
                                                  : NonSubstitutable::None;
    l.cifExcipient = l.nonSubstitutableReason == NonSubstitutable::Cif ? m_cifExcipient->text().trimmed() : QString();
    l.ald = m_hasAld && m_ald->isChecked();
    l.stupefiant = m_stupefiant->isChecked();
    return l;
}

void PrescriptionLineWidget::updateSentence()
{
    updateEnabled();
    // The sentence built from the structure, shown where the GP would type their own.
    PrescriptionLine structured = line();
    structured.posologyText.clear();
    const QString built = structured.posology.isEmpty() ? QString() : structured.posologySentence();
    m_sentence->setPlaceholderText(built.isEmpty() ? tr("Type the posology, or fill the dose above") : built);
    if (!m_loading)
        emit changed();
}

void PrescriptionLineWidget::updateEnabled()
{
    m_reason->setEnabled(m_nonSubstitutable->isChecked());
    m_cifExcipient->setVisible(m_nonSubstitutable->isChecked() &&
                               NonSubstitutable(m_reason->currentData().toInt()) == NonSubstitutable::Cif);
    // Renewal is offered only where the substance allows it (or to take back one already typed).
    const bool renewable = line().rules().renewalAllowed;
    m_renewals->setEnabled(renewable || m_renewals->value() > 0);
}

} // namespace relais::ui
