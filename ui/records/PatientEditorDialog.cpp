// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientEditorDialog.h"

#include "widgets/StatusLabel.h"
#include "records/Communes.h"

#include "records/DuplicateDialog.h"
#include "widgets/GrowToFit.h"
#include "widgets/MessageBar.h"
#include "records/PatientText.h"
#include "common/Clock.h"
#include "records/Identity.h"
#include "records/Nir.h"
#include "records/PatientStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString errorBorder() { return QStringLiteral("border: 2px solid %1; border-radius: 3px;").arg(statusColour(StatusKind::Error).name()); }

// "Zoé Marie Louise", or with commas when a given name holds a space ("Marie Claire, Zoé").
QStringList splitGivenNames(const QString& text)
{
    const QString t = text.trimmed();
    QStringList out;
    const QStringList parts = t.contains(u',') ? t.split(u',') : t.split(QRegularExpression(QStringLiteral("\\s+")));
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString joinGivenNames(const QStringList& names)
{
    const bool spaced = std::any_of(names.cbegin(), names.cend(), [](const QString& n) { return n.contains(u' '); });
    return names.join(spaced ? QStringLiteral(", ") : QStringLiteral(" "));
}

// An untouched field gives back the stored value exactly, so that an identity traits comparison
// does not see a change that was never made.
QString typed(const QLineEdit* edit, const QString& stored)
{
    const QString t = edit->text().trimmed();
    return t == stored.trimmed() ? stored : t;
}

} // namespace

PatientEditorDialog::PatientEditorDialog(PatientStore& store, const Clock& clock, std::optional<Patient> existing,
                                         QWidget* parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_original(std::move(existing))
{
    setWindowTitle(m_original ? tr("Correct the identity — %1").arg(m_original->displayName()) : tr("New patient"));

    auto* intro = new QLabel(tr("Type the identity exactly as written on the identity document (identity card, "
                                "passport, residence permit). Fields marked * are required."),
                             this);
    intro->setWordWrap(true);

    m_warnings = new MessageBar(this);

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(m_original ? tr("&Save the corrections") : tr("&Create the patient"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientEditorDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildIdentity(), 1);
    columns->addWidget(buildContact(), 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warnings);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(920);

    if (m_original)
        load(*m_original);
    updateStatus();
    updateWarnings();
    m_birthName->setFocus();
}

QLineEdit* PatientEditorDialog::field(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        if (edit == m_errorField)
            clearError();
    });
    return edit;
}

QWidget* PatientEditorDialog::buildIdentity()
{
    auto* box = new QGroupBox(tr("Identity (INS traits)"), this);
    m_birthName = field(box, "birthName", tr("as on the identity document"));
    m_givenNames = field(box, "givenNames", tr("all of them, in order: Zoé Marie Louise"));
    m_givenNames->setToolTip(tr("Separate the given names with spaces, or with commas when one of them holds a space "
                                "(Marie Claire, Zoé)."));
    m_firstGiven = field(box, "firstGivenName", tr("filled from the list above"));
    m_sex = new QComboBox(box);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("Not stated"), int(Sex::Unknown));
    m_sex->addItem(PatientText::sex(Sex::Female), int(Sex::Female));
    m_sex->addItem(PatientText::sex(Sex::Male), int(Sex::Male));
    m_birthDate = field(box, "birthDate", tr("DD/MM/YYYY"));
    m_birthPlace = field(box, "birthPlace", tr("INSEE code, e.g. 75056 (99xxx if born abroad)"));
    m_nir = field(box, "nir", tr("15 digits, e.g. 2 54 03 75 056 042 17"));
    m_nir->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("PROV — provisional"), int(IdentityStatus::Prov));
    m_status->setItemData(0, PatientText::statusExplanation(IdentityStatus::Prov), Qt::ToolTipRole);
    m_status->addItem(tr("VALI — checked against an identity document"), int(IdentityStatus::Vali));
    m_status->setItemData(1, PatientText::statusExplanation(IdentityStatus::Vali), Qt::ToolTipRole);
    m_status->setToolTip(tr("RECUP and QUAL need the national INSi service, which Relais cannot reach: they only "
                            "come with the records imported from the practice software."));
    m_statusInfo = new QLabel(box);
    m_statusInfo->setObjectName(QStringLiteral("statusInfo"));
    m_statusInfo->setWordWrap(true);
    m_doubtful = new QCheckBox(tr("Doubtful or fictitious identity (stays provisional)"), box);
    m_doubtful->setObjectName(QStringLiteral("doubtful"));

    connect(m_givenNames, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_firstGivenTouched)
            m_firstGiven->setText(splitGivenNames(text).value(0));
    });
    connect(m_firstGiven, &QLineEdit::textEdited, this, [this](const QString& text) { m_firstGivenTouched = !text.isEmpty(); });
    connect(m_nir, &QLineEdit::editingFinished, this, [this] {
        if (auto nir = Nir::validate(m_nir->text(), QString()))
            m_nir->setText(Nir::format(*nir));
    });
    connect(m_birthDate, &QLineEdit::editingFinished, this, [this] {
        if (const QDate d = PatientText::parseDate(m_birthDate->text()); d.isValid())
            m_birthDate->setText(PatientText::date(d));
    });
    for (QLineEdit* e : {m_birthName, m_givenNames, m_firstGiven, m_birthDate, m_birthPlace, m_nir})
        connect(e, &QLineEdit::textChanged, this, [this] {
            updateStatus();
            updateWarnings();
        });
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
        updateStatus();
        updateWarnings();
    });
    connect(m_doubtful, &QCheckBox::toggled, this, &PatientEditorDialog::updateStatus);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Birth name *:"), m_birthName);
    form->addRow(tr("Birth &given names:"), m_givenNames);
    form->addRow(tr("&First given name *:"), m_firstGiven);
    form->addRow(tr("Se&x:"), m_sex);
    form->addRow(tr("&Date of birth *:"), m_birthDate);
    // The commune the code names, as typed (COG): a wrong code shows at once.
    auto* birthPlaceName = new QLabel(box);
    birthPlaceName->setObjectName(QStringLiteral("birthPlaceName"));
    birthPlaceName->setForegroundRole(QPalette::PlaceholderText);
    connect(m_birthPlace, &QLineEdit::textChanged, birthPlaceName, [birthPlaceName](const QString& code) {
        const QString commune = Communes::name(code);
        birthPlaceName->setText(code.trimmed().size() < 5 ? QString()
                                : commune.isEmpty()      ? tr("unknown commune (abroad: 99xxx)")
                                                         : commune);
    });
    auto* birthPlace = new QHBoxLayout;
    birthPlace->addWidget(m_birthPlace);
    birthPlace->addWidget(birthPlaceName, 1);
    auto* birthPlaceLabel = new QLabel(tr("Birth &place:"), box);
    birthPlaceLabel->setBuddy(m_birthPlace);
    form->addRow(birthPlaceLabel, birthPlace);
    form->addRow(tr("Social-security &number:"), m_nir);
    form->addRow(tr("Identity &status:"), m_status);
    form->addRow(QString(), m_statusInfo);
    form->addRow(QString(), m_doubtful);
    return box;
}

QWidget* PatientEditorDialog::buildContact()
{
    auto* box = new QGroupBox(tr("Usual name and contact"), this);
    m_usedName = field(box, "usedName", tr("if not the birth name, e.g. married name"));
    m_usedGiven = field(box, "usedGivenName", tr("if not the first given name"));
    m_address = field(box, "address");
    m_postalCode = field(box, "postalCode");
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 24);
    m_city = field(box, "city");
    m_phone = field(box, "phone");
    m_mobile = field(box, "mobile");
    m_email = field(box, "email");
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 4);

    auto* place = new QHBoxLayout;
    place->addWidget(m_postalCode);
    place->addWidget(m_city, 1);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Used name:"), m_usedName);
    form->addRow(tr("Used g&iven name:"), m_usedGiven);
    form->addRow(tr("&Address:"), m_address);
    auto* placeLabel = new QLabel(tr("Postal code, &town:"), box);
    placeLabel->setBuddy(m_postalCode);
    form->addRow(placeLabel, place);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Mobile:"), m_mobile);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("N&otes:"), m_notes);
    return box;
}

void PatientEditorDialog::load(const Patient& p)
{
    m_birthName->setText(p.birthName);
    m_givenNames->setText(joinGivenNames(p.birthGivenNames));
    m_firstGiven->setText(p.firstGivenName);
    m_firstGivenTouched = p.firstGivenName != p.birthGivenNames.value(0);
    m_sex->setCurrentIndex(m_sex->findData(int(p.sex)));
    m_birthDate->setText(PatientText::date(p.birthDate));
    m_birthPlace->setText(p.birthPlaceInsee);
    m_nir->setText(p.matricule.isEmpty() ? QString() : Nir::format(p.matricule));
    const int status = m_status->findData(int(p.identityStatus));
    m_status->setCurrentIndex(status >= 0 ? status : 0);
    m_usedName->setText(p.usedName);
    m_usedGiven->setText(p.usedGivenName);
    m_address->setText(p.address);
    m_postalCode->setText(p.postalCode);
    m_city->setText(p.city);
    m_phone->setText(p.phone);
    m_mobile->setText(p.mobile);
    m_email->setText(p.email);
    m_notes->setPlainText(p.notes);
}

void PatientEditorDialog::prefill(const QString& query)
{
    static const QStringList particles{QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("de"), QStringLiteral("du"),
                                       QStringLiteral("des"), QStringLiteral("da"), QStringLiteral("van"), QStringLiteral("ben")};
    QStringList words;
    for (const QString& token : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (const QDate d = PatientText::parseDate(token); d.isValid())
            m_birthDate->setText(PatientText::date(d));
        else if (token.at(0).isLetter())
            words << token;
    }
    // "durand marie": name then given name, the way GPs type it; "le goff" stays one name.
    int nameWords = words.isEmpty() ? 0 : 1;
    if (words.size() > 1 && particles.contains(words.first().toLower()))
        nameWords = 2;
    m_birthName->setText(words.mid(0, nameWords).join(u' '));
    m_givenNames->setText(words.mid(nameWords).join(u' '));
    m_firstGiven->setText(words.value(nameWords));
}

Patient PatientEditorDialog::patientFromFields() const
{
    const Patient o = m_original.value_or(Patient{});  // the stored values
    Patient out = o;
    out.birthName = typed(m_birthName, o.birthName);
    const QStringList given = splitGivenNames(m_givenNames->text());
    out.birthGivenNames = given == o.birthGivenNames ? o.birthGivenNames : given;
    out.firstGivenName = typed(m_firstGiven, o.firstGivenName);
    out.sex = Sex(m_sex->currentData().toInt());
    const QString dateText = m_birthDate->text().trimmed();
    out.birthDate = PatientText::parseDate(dateText);
    out.birthPlaceInsee = typed(m_birthPlace, o.birthPlaceInsee).toUpper();
    const QString nirText = m_nir->text().trimmed();
    auto nir = Nir::validate(nirText, QString());
    out.matricule = nirText.isEmpty() ? QString() : nir ? *nir : nirText;
    out.usedName = m_usedName->text().trimmed();
    out.usedGivenName = m_usedGiven->text().trimmed();
    out.address = m_address->text().trimmed();
    out.postalCode = m_postalCode->text().trimmed();
    out.city = m_city->text().trimmed();
    out.phone = m_phone->text().trimmed();
    out.mobile = m_mobile->text().trimmed();
    out.email = m_email->text().trimmed();
    out.notes = m_notes->toPlainText().trimmed();
    return out;
}

bool PatientEditorDialog::keepsImportedStatus() const
{
    if (!m_original || m_doubtful->isChecked())
        return false;
    const IdentityStatus s = m_original->identityStatus;
    return (s == IdentityStatus::Recup || s == IdentityStatus::Qual) && !Identity::traitsDiffer(patientFromFields(), *m_original);
}

void PatientEditorDialog::updateStatus()
{
    const bool keep = keepsImportedStatus();
    const bool fromInsi = m_original
        && (m_original->identityStatus == IdentityStatus::Recup || m_original->identityStatus == IdentityStatus::Qual);
    const bool doubtful = m_doubtful->isChecked();
    m_status->setVisible(!keep);
    m_status->setEnabled(!doubtful);
    if (doubtful)
        m_status->setCurrentIndex(m_status->findData(int(IdentityStatus::Prov)));

    QString info;
    QString style;
    if (keep) {
        const IdentityStatus s = m_original->identityStatus;
        info = tr("%1 — %2, kept as imported while the identity traits stay unchanged.")
                   .arg(identityStatusCode(s), PatientText::statusName(s).toLower());
        style = QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 4px; }")
                    .arg(PatientText::statusColor(s).name());
        m_statusInfo->setToolTip(PatientText::statusExplanation(s));
    } else if (fromInsi && !doubtful) {
        info = tr("You changed an identity trait: the %1 status from the INSi service no longer applies. Choose PROV, "
                  "or VALI if you have checked an identity document.")
                   .arg(identityStatusCode(m_original->identityStatus));
        style = QStringLiteral("QLabel { color: #4a3700; }");
    } else if (doubtful) {
        info = tr("A doubtful or fictitious identity stays provisional (PROV).");
    } else {
        info = tr("VALI: you have seen an identity document (not the carte Vitale) and the traits match it.");
        style = QStringLiteral("QLabel { color: palette(placeholder-text); }");
    }
    m_statusInfo->setText(info);
    m_statusInfo->setStyleSheet(style);
    if (!keep)
        m_statusInfo->setToolTip({});
}

void PatientEditorDialog::updateWarnings()
{
    const QStringList warnings = PatientStore::warnings(patientFromFields());
    if (warnings.isEmpty()) {
        m_warnings->hide();
        return;
    }
    m_warnings->showWarning(tr("Please check: %1. You can still save.").arg(warnings.join(QStringLiteral("; "))));
    growToFit(*this);
}

QWidget* PatientEditorDialog::fieldInError(const Patient& p) const
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (p.birthName.trimmed().isEmpty())
        return m_birthName;
    if (p.firstGivenName.trimmed().isEmpty())
        return m_firstGiven;
    if (!p.birthDate.isValid() || p.birthDate > today || p.birthDate.year() < 1890)
        return m_birthDate;
    if (!p.matricule.isEmpty() && !Nir::validate(p.matricule, QString()))
        return m_nir;
    if (!p.birthPlaceInsee.isEmpty() && !QRegularExpression(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$")).match(p.birthPlaceInsee).hasMatch())
        return m_birthPlace;
    if (!p.email.isEmpty() && !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")).match(p.email).hasMatch())
        return m_email;
    return nullptr;
}

void PatientEditorDialog::showError(const QString& message, QWidget* fieldWidget)
{
    clearError();
    m_error->setText(message);
    m_error->show();
    if (fieldWidget) {
        m_errorField = fieldWidget;
        fieldWidget->setStyleSheet(errorBorder());
        fieldWidget->setFocus();
    }
    growToFit(*this);
}

void PatientEditorDialog::clearError()
{
    m_error->hide();
    if (m_errorField)
        m_errorField->setStyleSheet(QString());
    m_errorField = nullptr;
}

void PatientEditorDialog::save()
{
    clearError();
    const Patient p = patientFromFields();
    const QString dateText = m_birthDate->text().trimmed();
    if (!dateText.isEmpty() && !p.birthDate.isValid()) {
        showError(tr("Date of birth: “%1” is not a date; type it as DD/MM/YYYY").arg(dateText), m_birthDate);
        return;
    }
    if (auto valid = PatientStore::validate(p, m_clock.nowUtc().toLocalTime().date()); !valid) {
        showError(valid.error().message, fieldInError(p));
        return;
    }
    const bool doubtful = m_doubtful->isChecked();
    const IdentityStatus requested = keepsImportedStatus() ? m_original->identityStatus
                                                           : IdentityStatus(m_status->currentData().toInt());
    const std::optional<IdentityStatus> previous = m_original ? std::optional(m_original->identityStatus) : std::nullopt;
    const bool traitsChanged = !m_original || Identity::traitsDiffer(p, *m_original);
    if (auto status = Identity::statusOnSave(p, requested, previous, traitsChanged, doubtful); !status) {
        showError(status.error().message, m_status->isVisible() ? static_cast<QWidget*>(m_status) : m_sex);
        return;
    }

    if (m_original) {
        if (auto r = m_store.update(p, requested, doubtful); !r) {
            showError(r.error().message, fieldInError(p));
            return;
        }
        m_savedId = p.id;
        accept();
        return;
    }

    auto duplicates = m_store.findDuplicates(p);
    if (!duplicates) {
        showError(duplicates.error().message, nullptr);
        return;
    }
    if (!duplicates->isEmpty()) {
        DuplicateDialog ask(*duplicates, this);
        const int answer = ask.exec();
        if (!isVisible() || answer != QDialog::Accepted)
            return;  // back to the form, or the session locked meanwhile
        if (ask.choice() == DuplicateDialog::Choice::OpenExisting) {
            m_openInstead = ask.selectedId();
            accept();
            return;
        }
    }
    auto id = m_store.create(p, requested, doubtful);
    if (!id) {
        showError(id.error().message, fieldInError(p));
        return;
    }
    m_savedId = *id;
    accept();
}

} // namespace relais::ui
