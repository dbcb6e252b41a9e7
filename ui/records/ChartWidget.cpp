// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/ChartWidget.h"

#include "widgets/StatusLabel.h"

#include "consultation/ConsultationStore.h"
#include "records/Communes.h"

#include "records/AddPartDialog.h"
#include "records/PatientText.h"
#include "records/TimelineWidget.h"
#include "common/Clock.h"
#include "records/Nir.h"

#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace relais::ui {

namespace {

using Part = PatientStore::Part;


QString esc(const QString& s) { return s.toHtmlEscaped(); }

// Secondary facts (dates, codes, origin) in a quieter grey.
QString quiet(const QString& html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(statusColour(StatusKind::Hint).name(), html);
}

QString originNote(Origin o)
{
    return quiet(QStringLiteral("<small>%1</small>").arg(esc(PatientText::origin(o))));
}

QString number(double v) { return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1); }

QLabel* badge(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setMargin(3);
    return l;
}

void styleBadge(QLabel* l, const QColor& color)
{
    l->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 1px 6px;"
                                    " font-weight: bold; }")
                         .arg(color.name()));
}

} // namespace

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent)
{
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_placeholder->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_placeholder->setFont(big);

    auto* chart = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(buildHeader());
    auto* scroll = new QScrollArea(chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildSections());
    chartLayout->addWidget(scroll, 1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(chart);
    showPlaceholder(tr("No chart open.\n\nType a few letters of a name in the search box on the left, then press "
                       "Enter."));
}

ChartWidget::~ChartWidget() = default;

QWidget* ChartWidget::buildHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("chartHeader"));
    header->setStyleSheet(QStringLiteral("#chartHeader { background: palette(base); border-bottom: 1px solid palette(mid); }"));

    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("patientName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);

    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("patientFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    QFont larger = m_facts->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_facts->setFont(larger);

    m_status = badge(header, "identityStatus");
    m_demo = badge(header, "demoBadge");
    m_demo->setText(tr("Demo data"));
    m_demo->setToolTip(tr("An invented patient for demonstrations and training: the name and the NIR are not real."));
    styleBadge(m_demo, QColor(0x6a, 0x1b, 0x9a));

    m_allergies = new QLabel(header);
    m_allergies->setObjectName(QStringLiteral("allergies"));
    m_allergies->setWordWrap(true);
    m_allergies->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allergies->setFont(larger);

    m_contact = new QLabel(header);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setForegroundRole(QPalette::PlaceholderText);

    m_correct = new QPushButton(tr("Correct &identity…"), header);
    m_correct->setObjectName(QStringLiteral("correctIdentity"));
    m_correct->setToolTip(tr("Correct the name, date of birth, social-security number, identity status, contact "
                             "details or notes (Ctrl+I)"));
    m_correct->setAutoDefault(false);
    connect(m_correct, &QPushButton::clicked, this, [this] { emit correctIdentityRequested(m_patient.id); });

    m_add = new QPushButton(tr("&Add to the chart"), header);
    m_add->setObjectName(QStringLiteral("addMenu"));
    m_add->setAutoDefault(false);
    auto* menu = new QMenu(m_add);
    for (Part part : {Part::Allergy, Part::Antecedent, Part::Ald, Part::Treatment, Part::Measurement}) {
        QAction* a = menu->addAction(AddPartDialog::menuText(part));
        connect(a, &QAction::triggered, this, [this, part] { addPart(part); });
    }
    m_add->setMenu(menu);

    auto* top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_correct, 0, Qt::AlignTop);
    top->addWidget(m_add, 0, Qt::AlignTop);
    auto* badges = new QHBoxLayout;
    badges->addWidget(m_status);
    badges->addWidget(m_demo);
    badges->addStretch();
    auto* prescribe = new QPushButton(tr("&Prescription…"), header);
    prescribe->setObjectName(QStringLiteral("prescribe"));
    prescribe->setToolTip(tr("Write a prescription, a certificate or a document for this patient (Ctrl+P)"));
    prescribe->setAutoDefault(false);
    connect(prescribe, &QPushButton::clicked, this, &ChartWidget::prescriptionRequested);
    auto* renew = new QPushButton(tr("Re&new treatments…"), header);
    renew->setObjectName(QStringLiteral("renewTreatments"));
    renew->setToolTip(tr("A prescription with the current long-term treatments, to adjust"));
    renew->setAutoDefault(false);
    connect(renew, &QPushButton::clicked, this, &ChartWidget::renewalRequested);
    auto* printed = new QPushButton(tr("Prescriptions…"), header);
    printed->setObjectName(QStringLiteral("prescriptionHistory"));
    printed->setToolTip(tr("The prescriptions written for this patient, to view and reprint"));
    printed->setAutoDefault(false);
    connect(printed, &QPushButton::clicked, this, &ChartWidget::prescriptionHistoryRequested);
    badges->addWidget(prescribe);
    badges->addWidget(renew);
    badges->addWidget(printed);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addLayout(badges);
    layout->addWidget(m_allergies);
    layout->addWidget(m_contact);
    return header;
}

QWidget* ChartWidget::section(const QString& title, QLabel*& body, std::optional<Part> part, const char* name)
{
    auto* card = new QFrame(this);
    card->setObjectName(QLatin1String(name) + QStringLiteral("Section"));
    card->setStyleSheet(QStringLiteral("#%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
                            .arg(card->objectName()));

    auto* heading = new QLabel(title, card);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 1);
    if (part) {
        auto* add = new QPushButton(tr("Add…"), card);
        add->setObjectName(QLatin1String(name) + QStringLiteral("Add"));
        add->setToolTip(AddPartDialog::menuText(*part));
        add->setFlat(true);
        add->setCursor(Qt::PointingHandCursor);
        add->setAutoDefault(false);
        add->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); border: none; padding: 0px 4px; }"
                                          "QPushButton:hover { text-decoration: underline; }"));
        connect(add, &QPushButton::clicked, this, [this, p = *part] { addPart(p); });
        headingRow->addWidget(add);
    }

    body = new QLabel(card);
    body->setObjectName(QLatin1String(name));
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addLayout(headingRow);
    layout->addWidget(body);
    return card;
}

QWidget* ChartWidget::buildSections()
{
    auto* content = new QWidget(this);
    auto* left = new QVBoxLayout;
    left->addWidget(section(tr("History (antécédents)"), m_history, Part::Antecedent, "history"));
    left->addWidget(section(tr("Long-term conditions (ALD)"), m_ald, Part::Ald, "ald"));
    left->addWidget(section(tr("Notes"), m_notes, std::nullopt, "notes"));
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(section(tr("Current long-term treatments"), m_treatments, Part::Treatment, "treatments"));
    right->addWidget(section(tr("Weight and height"), m_measurements, Part::Measurement, "measurements"));
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    // The consultations and the vitals plot take the whole width: the list reads best wide.
    m_timeline = new TimelineWidget(content);
    m_consultations = m_timeline->summary();
    auto* page = new QVBoxLayout(content);
    page->setContentsMargins(10, 10, 10, 10);
    page->addLayout(columns);
    page->addWidget(m_timeline);
    page->addStretch();
    return content;
}

void ChartWidget::attach(PatientStore& store, const Clock& clock)
{
    m_store = &store;
    m_clock = &clock;
    m_timeline->attach(store.vault(), clock);
}

void ChartWidget::detach()
{
    m_timeline->detach();  // saves the consultation being typed while the vault is open
    for (QDialog* d : findChildren<QDialog*>())
        d->reject();
    m_store = nullptr;
    m_clock = nullptr;
    clearFields();
    showPlaceholder(tr("No chart open."));
}

QDate ChartWidget::today() const { return m_clock ? m_clock->nowUtc().toLocalTime().date() : QDate(); }

void ChartWidget::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_pages->setCurrentIndex(0);
}

void ChartWidget::clearFields()
{
    m_patient = Patient{};
    for (QLabel* l : {m_name, m_facts, m_status, m_allergies, m_contact, m_history, m_ald, m_treatments,
                      m_measurements, m_consultations, m_notes})
        l->clear();
}

QString ChartWidget::openPatient(qint64 id)
{
    if (!m_store)
        return tr("The vault is locked.");
    auto p = m_store->openChart(id);
    if (!p) {
        clearFields();
        showPlaceholder(tr("This chart could not be opened: %1").arg(p.error().message));
        return p.error().message;
    }
    m_patient = std::move(*p);
    render();
    return {};
}

void ChartWidget::reload()
{
    if (!m_store || !hasPatient())
        return;
    auto p = m_store->get(m_patient.id);
    if (!p) {
        showPlaceholder(tr("This chart could not be read again: %1").arg(p.error().message));
        return;
    }
    m_patient = std::move(*p);
    render();
}

void ChartWidget::render()
{
    const Patient& p = m_patient;
    m_latestWeight.reset();
    if (m_store)
        if (auto w = ConsultationStore(m_store->vault()).latestWeight(p.id); w)
            m_latestWeight = *w;
    m_name->setText(p.displayName());
    if (auto* renew = findChild<QPushButton*>(QStringLiteral("renewTreatments")))
        renew->setEnabled(!p.treatments.isEmpty());
    QStringList facts{PatientText::sex(p.sex)};
    if (p.birthDate.isValid())
        facts << p.ageText(today()) << tr("born %1").arg(PatientText::date(p.birthDate));
    if (!p.matricule.isEmpty())
        facts << (Nir::isProvisional(p.matricule) ? tr("NIA %1") : tr("NIR %1")).arg(Nir::format(p.matricule));
    else if (p.nss.isEmpty())
        facts << tr("no social-security number");
    if (!p.nss.isEmpty() && p.nss != p.matricule)  // a child's care billed to a parent's number
        facts << tr("billed to the insured person's number %1").arg(Nir::format(p.nss));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));

    m_status->setText(QStringLiteral("%1 · %2").arg(identityStatusCode(p.identityStatus), PatientText::statusName(p.identityStatus)));
    m_status->setToolTip(PatientText::statusExplanation(p.identityStatus));
    styleBadge(m_status, PatientText::statusColor(p.identityStatus));
    m_demo->setVisible(p.demo);

    m_allergies->setText(PatientText::allergies(p));
    m_allergies->setStyleSheet(p.allergies.isEmpty() ? QString()
                                                     : statusStyle(StatusKind::Error));

    QStringList contact;
    const QString place = QStringList{p.postalCode, p.city}.join(u' ').trimmed();
    const QString address = QStringList{p.address, place}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "));
    if (!address.isEmpty())
        contact << address;
    if (!p.phone.isEmpty())
        contact << tr("tel. %1").arg(p.phone);
    if (!p.mobile.isEmpty())
        contact << tr("mobile %1").arg(p.mobile);
    if (!p.email.isEmpty())
        contact << p.email;
    QStringList birth;
    if (p.birthGivenNames.size() > 1)
        birth << tr("Given names at birth: %1").arg(p.birthGivenNames.join(QStringLiteral(", ")));
    if (!p.birthPlaceInsee.isEmpty()) {
        // The commune's name beside its code (COG); a code abroad or unknown stays as it is.
        const QString commune = Communes::name(p.birthPlaceInsee);
        birth << (commune.isEmpty() ? tr("birth place (INSEE) %1").arg(p.birthPlaceInsee)
                                    : tr("born in %1 (INSEE %2)").arg(commune, p.birthPlaceInsee));
    }
    const QString contactLine = contact.isEmpty() ? tr("No address or phone number recorded") : contact.join(QStringLiteral("  ·  "));
    m_contact->setText(birth.isEmpty() ? contactLine : QString(birth.join(QStringLiteral("  ·  ")) + u'\n' + contactLine));

    m_history->setText(historyHtml());
    m_ald->setText(aldHtml());
    m_treatments->setText(treatmentsHtml());
    m_measurements->setText(measurementsHtml());
    m_timeline->showPatient(p);
    m_notes->setText(notesHtml());
    m_pages->setCurrentIndex(1);
}

QString ChartWidget::historyHtml() const
{
    using Kind = Antecedent::Kind;
    QStringList groups;
    for (Kind kind : {Kind::Medical, Kind::Surgical, Kind::Family}) {
        QStringList lines;
        for (const Antecedent& a : m_patient.antecedents) {
            if (a.kind != kind)
                continue;
            QStringList extra;
            if (a.date.isValid())
                extra << PatientText::date(a.date);
            if (!a.cim10.isEmpty())
                extra << tr("CIM-10 %1").arg(a.cim10);
            QString line = esc(a.label);
            if (!extra.isEmpty())
                line += QStringLiteral(" ") + quiet(esc(extra.join(QStringLiteral(" · "))));
            lines << line + QStringLiteral(" ") + originNote(a.origin);
        }
        if (lines.isEmpty())
            continue;
        const QString title = kind == Kind::Medical ? tr("Medical") : kind == Kind::Surgical ? tr("Surgical") : tr("Family");
        groups << QStringLiteral("<b>%1</b><br>%2").arg(esc(title), lines.join(QStringLiteral("<br>")));
    }
    return groups.isEmpty() ? quiet(esc(tr("None recorded"))) : groups.join(QStringLiteral("<br><br>"));
}

QString ChartWidget::aldHtml() const
{
    QStringList lines;
    for (const Ald& a : m_patient.alds) {
        QStringList extra;
        if (!a.cim10.isEmpty())
            extra << tr("CIM-10 %1").arg(a.cim10);
        if (a.start.isValid() && a.end.isValid())
            extra << tr("from %1 to %2").arg(PatientText::date(a.start), PatientText::date(a.end));
        else if (a.start.isValid())
            extra << tr("since %1").arg(PatientText::date(a.start));
        else if (a.end.isValid())
            extra << tr("until %1").arg(PatientText::date(a.end));
        lines << esc(a.label) + QStringLiteral("<br>") + quiet(esc(extra.join(QStringLiteral(" · ")))) + QStringLiteral(" ")
                + originNote(a.origin);
    }
    return lines.isEmpty() ? quiet(esc(tr("None recorded"))) : lines.join(QStringLiteral("<br><br>"));
}

QString ChartWidget::treatmentsHtml() const
{
    QStringList lines;
    for (const Treatment& t : m_patient.treatments) {
        QString head = QStringLiteral("<b>%1</b>").arg(esc(QStringList{t.dci, t.strength, t.form}.join(u' ').simplified()));
        if (!t.brand.isEmpty())
            head += QStringLiteral(" (%1)").arg(esc(t.brand));
        if (t.ald)
            head += QStringLiteral(" <span style=\"color:#1f5fa8\"><b>%1</b></span>").arg(esc(tr("ALD")));
        QStringList how;
        for (const QString& s : {t.posology, t.duration})
            if (!s.isEmpty())
                how << s;
        if (t.renewals > 0)
            how << tr("renew %n time(s)", nullptr, t.renewals);
        if (!t.nonSubstitutable.isEmpty())
            how << tr("non substituable (%1)").arg(t.nonSubstitutable);
        lines << head + QStringLiteral("<br>") + esc(how.join(QStringLiteral(" — "))) + QStringLiteral(" ") + originNote(t.origin);
    }
    return lines.isEmpty() ? quiet(esc(tr("None recorded"))) : lines.join(QStringLiteral("<br><br>"));
}

QString ChartWidget::measurementsHtml() const
{
    if (m_patient.measurements.isEmpty() && !m_latestWeight)
        return quiet(esc(tr("None recorded")));
    QList<Measurement> byDate = m_patient.measurements;
    std::stable_sort(byDate.begin(), byDate.end(), [](const Measurement& a, const Measurement& b) { return a.date > b.date; });
    double weight = 0, height = 0;
    QDate weightDate;
    for (const Measurement& m : byDate) {
        if (weight == 0 && m.weightKg > 0) {
            weight = m.weightKg;
            weightDate = m.date;
        }
        if (height == 0 && m.heightCm > 0)
            height = m.heightCm;
    }
    // A later weight taken at a consultation wins (the plot and the prescription show it too).
    if (m_latestWeight && m_latestWeight->date >= weightDate) {
        weight = m_latestWeight->kg;
        weightDate = m_latestWeight->date;
    }
    QStringList latest;
    if (weight > 0)
        latest << tr("%1 kg").arg(number(weight));
    if (height > 0)
        latest << tr("%1 cm").arg(number(height));
    if (weight > 0 && height > 0)
        latest << tr("BMI %1").arg(QLocale().toString(weight / (height / 100) / (height / 100), 'f', 1));
    QString html = QStringLiteral("<b>%1</b>").arg(esc(latest.join(QStringLiteral(" · "))));
    if (weightDate.isValid())
        html += QStringLiteral(" ") + quiet(esc(tr("(weight of %1)").arg(PatientText::date(weightDate))));
    if (byDate.size() > 1) {
        QStringList rows;
        const int shown = int(std::min<qsizetype>(byDate.size(), 8));
        for (int i = 0; i < shown; ++i) {
            const Measurement& m = byDate.at(i);
            QStringList values;
            if (m.weightKg > 0)
                values << tr("%1 kg").arg(number(m.weightKg));
            if (m.heightCm > 0)
                values << tr("%1 cm").arg(number(m.heightCm));
            rows << QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td><td>&nbsp;&nbsp;%3</td></tr>")
                        .arg(esc(PatientText::date(m.date)), esc(values.join(QStringLiteral(" · "))), originNote(m.origin));
        }
        html += QStringLiteral("<table style=\"margin-top:6px\">%1</table>").arg(rows.join(QString()));
        if (byDate.size() > shown)
            html += quiet(esc(tr("and %n earlier measurement(s)", nullptr, int(byDate.size() - shown))));
    }
    return html;
}

QString ChartWidget::notesHtml() const
{
    if (m_patient.notes.trimmed().isEmpty())
        return quiet(esc(tr("No notes. Add them with “Correct identity…”.")));
    return esc(m_patient.notes).replace(u'\n', QStringLiteral("<br>"));
}

void ChartWidget::addPart(Part part)
{
    if (!m_store || !hasPatient())
        return;
    auto* dialog = new AddPartDialog(*m_store, m_patient.id, part, *m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit patientChanged(m_patient.id);
    });
    dialog->open();
}

} // namespace relais::ui
