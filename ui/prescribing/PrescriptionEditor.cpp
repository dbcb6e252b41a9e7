// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionEditor.h"

#include "widgets/StatusLabel.h"

#include "consultation/ConsultationStore.h"

#include "widgets/GrowToFit.h"
#include "print/PdfPreview.h"
#include "prescribing/PractitionerDialog.h"
#include "print/PlainFilePrint.h"
#include "prescribing/PrescriptionLineWidget.h"
#include "common/Clock.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionRules.h"
#include "prescribing/PrescriptionStore.h"
#include "prescribing/AllergyCheck.h"
#include "print/PrescriptionPrinter.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

constexpr auto kLastPractitionerKey = "prescribing/lastPractitionerId";

} // namespace

PrescriptionEditor::PrescriptionEditor(Vault& vault, const Clock& clock, Patient patient, qint64 consultationId,
                                       QWidget* parent)
    : QDialog(parent), m_vault(vault), m_clock(clock), m_patient(std::move(patient)), m_consultationId(consultationId)
{
    setObjectName(QStringLiteral("prescriptionEditor"));
    setWindowTitle(tr("Prescription – %1").arg(m_patient.displayName()));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    m_hasAld = PrescriptionRules::hasActiveAld(m_patient, today);
    if (auto secure = PrintSettings(m_vault).secureLayout())
        m_secure = *secure;
    buildForm();
    loadPractitioners();

    // The latest weight, whatever recorded it (the chart shows the same one); required for a child.
    const auto latest = ConsultationStore(m_vault).latestWeight(m_patient.id);
    if (latest && *latest) {
        m_weight->setValue((*latest)->kg);
        m_weightNote->setText(tr("measured on %1").arg(QLocale().toString((*latest)->date, QLocale::ShortFormat)));
    }
    if (m_patient.ageYears(today) < PrescriptionRules::kWeightRequiredBelowYears)
        m_weightNote->setText(tr("required: the patient is %1").arg(m_patient.ageText(today)));
    onKindChanged();
    resize(1260, 780);
}

PrescriptionEditor::~PrescriptionEditor() = default;

void PrescriptionEditor::buildForm()
{
    auto* form = new QWidget(this);

    m_practitioner = new QComboBox(form);
    m_practitioner->setObjectName(QStringLiteral("practitioner"));
    m_practitioner->setMinimumContentsLength(24);
    auto* managePractitioners = new QPushButton(tr("Practitioners…"), form);
    managePractitioners->setObjectName(QStringLiteral("managePractitioners"));
    managePractitioners->setAutoDefault(false);
    connect(managePractitioners, &QPushButton::clicked, this, &PrescriptionEditor::editPractitioners);

    m_kind = new QComboBox(form);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Medicines"), int(Prescription::Kind::Medicines));
    m_kind->addItem(tr("Certificate"), int(Prescription::Kind::Certificate));
    m_kind->addItem(tr("Other document"), int(Prescription::Kind::Document));

    m_layout = new QComboBox(form);
    m_layout->setObjectName(QStringLiteral("layout"));
    m_layout->addItem(tr("A4 plain paper"), int(Prescription::Layout::A4));
    m_layout->addItem(tr("A5 plain paper"), int(Prescription::Layout::A5));
    m_layout->addItem(tr("Secure paper (stupéfiants)"), int(Prescription::Layout::Secure));
    m_duplicata = new QCheckBox(tr("Duplicata"), form);
    m_duplicata->setObjectName(QStringLiteral("duplicata"));
    m_duplicata->setToolTip(tr("Print a second copy marked DUPLICATA"));

    m_weight = new QDoubleSpinBox(form);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->setRange(0, 400);
    m_weight->setDecimals(1);
    m_weight->setSuffix(tr(" kg"));
    m_weight->setSpecialValueText(tr("not given"));
    m_weightNote = new QLabel(form);
    m_weightNote->setObjectName(QStringLiteral("weightNote"));
    m_weightNote->setForegroundRole(QPalette::PlaceholderText);

    auto* who = new QHBoxLayout;
    who->addWidget(m_practitioner, 1);
    who->addWidget(managePractitioners);
    auto* what = new QHBoxLayout;
    what->addWidget(m_kind);
    what->addWidget(new QLabel(tr("Paper:"), form));
    what->addWidget(m_layout);
    what->addWidget(m_duplicata);
    what->addStretch();
    m_weightWarning = new StatusLabel(StatusKind::Error, form);
    m_weightWarning->setObjectName(QStringLiteral("weightWarning"));
    m_weightWarning->setKind(StatusKind::Error);
    m_weightWarning->setWordWrap(true);
    m_weightWarning->setVisible(false);
    auto* weight = new QHBoxLayout;
    weight->addWidget(m_weight);
    weight->addWidget(m_weightNote);
    weight->addWidget(m_weightWarning, 1);
    // Who this is for, and what they must not be given, always in sight while prescribing.
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto* patient = new QLabel(form);
    patient->setObjectName(QStringLiteral("editorPatient"));
    patient->setTextFormat(Qt::RichText);
    patient->setWordWrap(true);
    QStringList allergies;
    for (const Allergy& a : std::as_const(m_patient.allergies))
        allergies << (a.reaction.isEmpty() ? a.substance : QStringLiteral("%1 (%2)").arg(a.substance, a.reaction));
    patient->setText(
        QStringLiteral("<b style=\"font-size:large\">%1</b> &nbsp;·&nbsp; %2<br>%3")
            .arg(m_patient.displayName().toHtmlEscaped(), m_patient.ageText(today).toHtmlEscaped(),
                 allergies.isEmpty()
                     ? tr("No known allergy").toHtmlEscaped()
                     : QStringLiteral("<b style=\"color:%1\">%2</b>")
                           .arg(statusColour(StatusKind::Error).name(), tr("Allergies: %1").arg(allergies.join(QStringLiteral("; "))).toHtmlEscaped())));

    auto* top = new QFormLayout;
    top->addRow(patient);
    top->addRow(tr("Prescriber:"), who);
    top->addRow(tr("Document:"), what);
    top->addRow(tr("Weight:"), weight);

    // Medicines: the lines, then buttons to add or renew.
    auto* medicines = new QWidget(form);
    auto* linesBox = new QWidget(medicines);
    m_linesLayout = new QVBoxLayout(linesBox);
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    m_linesLayout->addStretch();
    auto* scroll = new QScrollArea(medicines);
    scroll->setObjectName(QStringLiteral("linesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(linesBox);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // lines wrap into rows instead
    auto* addLine = new QPushButton(tr("&Add a medicine"), medicines);
    addLine->setObjectName(QStringLiteral("addLine"));
    addLine->setAutoDefault(false);
    connect(addLine, &QPushButton::clicked, this, [this] { this->addLine()->setFocus(); });
    auto* renew = new QPushButton(tr("Renew current &treatments"), medicines);
    renew->setObjectName(QStringLiteral("renewTreatments"));
    renew->setAutoDefault(false);
    renew->setEnabled(!m_patient.treatments.isEmpty());
    renew->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    renew->setToolTip(m_patient.treatments.isEmpty()
                          ? tr("The chart lists no current treatment")
                          : tr("One line per current treatment of the chart, to adjust (%1)")
                                .arg(renew->shortcut().toString(QKeySequence::NativeText)));
    connect(renew, &QPushButton::clicked, this, &PrescriptionEditor::renewTreatments);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(renew);
    lineButtons->addStretch();
    auto* medicinesLayout = new QVBoxLayout(medicines);
    medicinesLayout->setContentsMargins(0, 0, 0, 0);
    medicinesLayout->addWidget(scroll, 1);
    medicinesLayout->addLayout(lineButtons);

    // Certificate or document: a title and the text.
    auto* document = new QWidget(form);
    m_title = new QLineEdit(document);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_body = new QPlainTextEdit(document);
    m_body->setObjectName(QStringLiteral("documentBody"));
    m_body->setPlaceholderText(tr("Text of the certificate or document, as it will print"));
    auto* documentLayout = new QFormLayout(document);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addRow(tr("Title:"), m_title);
    documentLayout->addRow(tr("Text:"), m_body);

    m_pages = new QStackedWidget(form);
    m_pages->addWidget(medicines);
    m_pages->addWidget(document);

    m_comments = new QPlainTextEdit(form);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setPlaceholderText(tr("Comments printed under the lines (optional)"));
    m_comments->setFixedHeight(m_comments->fontMetrics().lineSpacing() * 3 + 12);

    m_message = new StatusLabel(StatusKind::Plain, form);
    m_message->setObjectName(QStringLiteral("prescriptionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useSecure = new QPushButton(tr("Use the &secure paper layout"), form);
    m_useSecure->setObjectName(QStringLiteral("useSecureLayout"));
    m_useSecure->setAutoDefault(false);
    m_useSecure->hide();
    connect(m_useSecure, &QPushButton::clicked, this, [this] {
        m_layout->setCurrentIndex(m_layout->findData(int(Prescription::Layout::Secure)));
    });
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_useSecure, 0, Qt::AlignTop);

    m_print = new QPushButton(tr("Save and &print…"), form);
    m_print->setObjectName(QStringLiteral("savePrint"));
    m_print->setDefault(true);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (saveAndPrint())
            accept();
    });
    auto* buttons = new QDialogButtonBox(form);
    buttons->addButton(m_print, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    disconnect(buttons, nullptr, this, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 6, 0);
    formLayout->addLayout(top);
    formLayout->addWidget(m_pages, 1);
    formLayout->addWidget(new QLabel(tr("Comments:"), form));
    formLayout->addWidget(m_comments);
    formLayout->addLayout(messageRow);
    formLayout->addWidget(buttons);

    m_preview = new PdfPreview(this);
    m_preview->setMinimumWidth(380);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->addWidget(form);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 480});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &PrescriptionEditor::onChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrescriptionEditor::onKindChanged);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &PrescriptionEditor::onChanged);
    connect(m_duplicata, &QCheckBox::toggled, this, &PrescriptionEditor::onChanged);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &PrescriptionEditor::onChanged);
    connect(m_title, &QLineEdit::textChanged, this, &PrescriptionEditor::onChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PrescriptionEditor::onChanged);
    connect(m_comments, &QPlainTextEdit::textChanged, this, &PrescriptionEditor::onChanged);
}

void PrescriptionEditor::loadPractitioners()
{
    // The one already chosen; else the practitioner who unlocked (their own key slot); else the last one chosen.
    qint64 last = m_practitioner->currentData().toLongLong();
    if (!last)
        if (auto mine = PractitionerStore(m_vault).forSlot(m_vault.slotId()); mine && *mine)
            last = (*mine)->id;
    if (!last)
        last = QSettings().value(QLatin1String(kLastPractitionerKey)).toLongLong();
    auto list = PractitionerStore(m_vault).list();
    m_practitioners = list ? *list : QList<Practitioner>{};
    const QSignalBlocker block(m_practitioner);
    m_practitioner->clear();
    for (const Practitioner& p : std::as_const(m_practitioners))
        m_practitioner->addItem(QStringLiteral("%1 – %2").arg(p.displayName(), p.specialty.isEmpty() ? p.title : p.specialty),
                                p.id);
    if (m_practitioners.isEmpty())
        m_practitioner->addItem(tr("No practitioner yet: add one with “Practitioners…”"), 0);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(last)));
    if (!list)
        m_message->setText(list.error().message);
}

void PrescriptionEditor::editPractitioners()
{
    PractitionerDialog dialog(m_vault, this);
    dialog.exec();
    loadPractitioners();
    onChanged();
}

std::optional<Practitioner> PrescriptionEditor::currentPractitioner() const
{
    const qint64 id = m_practitioner->currentData().toLongLong();
    for (const Practitioner& p : m_practitioners)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void PrescriptionEditor::onKindChanged()
{
    const auto kind = Prescription::Kind(m_kind->currentData().toInt());
    m_pages->setCurrentIndex(kind == Prescription::Kind::Medicines ? 0 : 1);
    if (kind != Prescription::Kind::Medicines && m_title->text().isEmpty())
        m_title->setText(kind == Prescription::Kind::Certificate ? QStringLiteral("Certificat médical") : QString());
    m_title->setPlaceholderText(kind == Prescription::Kind::Certificate ? tr("Certificat médical")
                                                                        : tr("e.g. Compte rendu, Courrier"));
    onChanged();
}

Prescription PrescriptionEditor::prescription() const
{
    Prescription rx;
    rx.date = m_clock.nowUtc().toLocalTime().date();
    rx.practitionerId = m_practitioner->currentData().toLongLong();
    rx.patientId = m_patient.id;
    rx.consultationId = m_consultationId;
    rx.kind = Prescription::Kind(m_kind->currentData().toInt());
    rx.layout = Prescription::Layout(m_layout->currentData().toInt());
    rx.duplicata = m_duplicata->isChecked();
    if (m_weight->value() > 0)
        rx.weightKg = m_weight->value();
    rx.comments = m_comments->toPlainText().trimmed();
    if (rx.kind == Prescription::Kind::Medicines) {
        for (const PrescriptionLineWidget* w : m_lines)
            if (!w->isUntouched())  // an empty line nobody typed in is not part of the prescription
                rx.lines.append(w->line());
    } else {
        rx.title = m_title->text().trimmed();
        rx.body = m_body->toPlainText().trimmed();
    }
    return rx;
}

void PrescriptionEditor::setWeight(double kg)
{
    if (m_weight->isEnabled())
        m_weight->setValue(kg);
}

QString PrescriptionEditor::message() const
{
    auto valid = PrescriptionRules::validate(prescription(), m_patient);
    return valid ? QString() : valid.error().message;
}

void PrescriptionEditor::onChanged()
{
    const Prescription rx = prescription();
    const QString text = message();
    m_message->setText(text);
    // What is still missing is a hint until the GP has typed something; then it is a warning.
    const bool started = std::any_of(rx.lines.begin(), rx.lines.end(),
                                     [](const PrescriptionLine& l) { return !l.dci.isEmpty(); })
                         || !rx.body.isEmpty() || m_savedId;
    m_message->setKind(started ? StatusKind::Error : StatusKind::Hint);
    // Known allergies the medicines may trigger, on their lines.
    const QList<AllergyMatch> allergies = AllergyCheck::check(rx, m_patient);
    for (int i = 0; i < m_lines.size(); ++i) {
        QStringList texts;
        for (const AllergyMatch& m : allergies)
            if (m.line == i + 1)
                texts.append(AllergyCheck::describe(m));
        m_lines.at(i)->setAllergyWarning(texts.join(u'\n'));
    }
    // Name the line in the form too, not only in the message.
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines.at(i)->setFlagged(!text.isEmpty()
                                  && text.startsWith(PrescriptionRules::lineLabel(rx.lines.value(i), i + 1)));
    const bool needsSecure = rx.kind == Prescription::Kind::Medicines && rx.layout != Prescription::Layout::Secure
                             && std::any_of(rx.lines.begin(), rx.lines.end(),
                                            [](const PrescriptionLine& l) { return l.needsSecurePaper(); });
    m_useSecure->setVisible(needsSecure);
    // A weight implausible for the age is flagged beside the field (a slip, or the wrong chart).
    const QString weightWarning =
        PrescriptionRules::weightWarning(rx.weightKg, m_patient, m_clock.nowUtc().toLocalTime().date());
    m_weightWarning->setText(weightWarning);
    m_weightWarning->setVisible(!weightWarning.isEmpty());
    m_preview->setNote(rx.layout == Prescription::Layout::Secure
                           ? tr("Secure paper: only what Relais prints is shown; the identity, the lot number and "
                                "the frame are already on the pad.")
                           : QString());

    if (const auto doctor = currentPractitioner()) {
        PrescriptionDocument doc;
        doc.rx = rx;
        doc.doctor = *doctor;
        doc.patient = m_patient;
        doc.secure = m_secure;
        m_preview->setDocument(doc);
    } else {
        m_preview->clear();
    }
}

PrescriptionLineWidget* PrescriptionEditor::addLine(const PrescriptionLine& line)
{
    auto* w = new PrescriptionLineWidget(m_hasAld, this);
    if (line != PrescriptionLine{})
        w->setLine(line);
    m_linesLayout->insertWidget(m_linesLayout->count() - 1, w);
    m_lines.append(w);
    connect(w, &PrescriptionLineWidget::changed, this, &PrescriptionEditor::onChanged);
    connect(w, &PrescriptionLineWidget::removeRequested, this, [this](PrescriptionLineWidget* gone) {
        m_lines.removeOne(gone);
        gone->deleteLater();
        renumber();
        onChanged();
    });
    renumber();
    onChanged();
    return w;
}

void PrescriptionEditor::renumber()
{
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines.at(i)->setNumber(i + 1);
}

void PrescriptionEditor::renewTreatments()
{
    m_kind->setCurrentIndex(m_kind->findData(int(Prescription::Kind::Medicines)));
    // The empty line the editor opens with goes: the renewed lines take its place.
    for (PrescriptionLineWidget* w : QList<PrescriptionLineWidget*>(m_lines)) {
        if (w->isUntouched()) {
            m_lines.removeOne(w);
            delete w;
        }
    }
    for (const PrescriptionLine& line : PrescriptionStore::renewalLines(m_patient)) {
        PrescriptionLine l = line;
        l.ald = l.ald && m_hasAld;
        addLine(l);
    }
}

bool PrescriptionEditor::saveAndPrint(QPrinter* printer)
{
    if (!currentPractitioner()) {
        m_message->setText(tr("Prescriber: add the practitioner who signs (button “Practitioners…”)"));
        return false;
    }
    // Only a prescription that may be printed is worth a question about allergies.
    if (!m_savedId && message().isEmpty() && !confirmAllergies())
        return false;
    if (!m_savedId) {
        auto id = PrescriptionStore(m_vault).create(prescription());
        if (!id) {
            m_message->setText(id.error().message);
            return false;
        }
        m_savedId = *id;
        QSettings().setValue(QLatin1String(kLastPractitionerKey), m_practitioner->currentData().toLongLong());
        emit saved(m_savedId);
        // Saved prescriptions are not edited: what is stored is what prints.
        for (QWidget* w : std::initializer_list<QWidget*>{m_practitioner, m_kind, m_layout, m_duplicata, m_weight,
                                                          m_pages, m_comments, m_useSecure})
            w->setEnabled(false);
        m_print->setText(tr("&Print again…"));
    }
    std::unique_ptr<QPrinter> chosen;
    if (!printer) {
        chosen = std::make_unique<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(chosen.get(), this);
        dialog.setWindowTitle(tr("Print the prescription"));
        if (dialog.exec() != QDialog::Accepted || !PlainFilePrint::confirm(this, *chosen)) {
            m_message->setText(tr("Saved, not printed: print it later from the chart's prescription history."));
            return false;
        }
        printer = chosen.get();
    }
    auto printed = PrescriptionPrinter(m_vault).print(m_savedId, *printer, printer->printerName());
    if (!printed) {
        m_message->setText(printed.error().message);
        return false;
    }
    if (chosen)  // the user's choice in the print dialog (a printer handed in is the caller's business)
        PlainFilePrint::audit(m_vault, *printer, QStringLiteral("prescription"), m_savedId);
    return true;
}

bool PrescriptionEditor::confirmAllergies()
{
    const QList<AllergyMatch> found = AllergyCheck::check(prescription(), m_patient);
    if (found.isEmpty())
        return true;
    QStringList lines;
    for (const AllergyMatch& m : found)
        lines.append(tr("Line %1 (%2): %3")
                         .arg(m.line)
                         .arg(prescription().lines.value(m.line - 1).dci, AllergyCheck::describe(m)));
    QMessageBox box(QMessageBox::Warning, tr("Known allergy"),
                    tr("This patient has a known allergy that a medicine of this prescription may trigger."), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("allergyConfirmation"));
    box.setInformativeText(lines.join(u'\n'));
    QPushButton* back = box.addButton(tr("Go back to the prescription"), QMessageBox::RejectRole);
    QPushButton* anyway = box.addButton(tr("Prescribe anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() != anyway) {
        m_message->setText(tr("Not saved: change the medicine, or confirm that you prescribe it despite the allergy."));
        return false;
    }
    return true;
}

} // namespace relais::ui
