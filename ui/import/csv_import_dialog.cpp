#include "ui/import/csv_import_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waveplan::ui {

namespace {

std::filesystem::path pathOf(const QLineEdit *edit)
{
    return QDir::fromNativeSeparators(edit->text().trimmed()).toStdString();
}

} // namespace

CsvImportDialog::CsvImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_capabilities(new QLineEdit(this))
    , m_teams(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import CSV"));

    auto *intro = new QLabel(tr("Build a new plan from a spreadsheet: one row per capability, and "
                                "optionally one row per team (columns in the user guide's "
                                "Import and export page)."),
                             this);
    intro->setWordWrap(true);

    m_capabilities->setObjectName(QStringLiteral("capabilitiesFile"));
    m_capabilities->setAccessibleName(tr("Capabilities file"));
    m_capabilities->setPlaceholderText(tr("capabilities.csv (required)"));
    m_teams->setObjectName(QStringLiteral("teamsFile"));
    m_teams->setAccessibleName(tr("Teams file"));
    m_teams->setPlaceholderText(tr("teams.csv (optional)"));

    const auto row = [this](QLineEdit *edit, const QString &buttonText, const QString &caption) {
        auto *box = new QHBoxLayout;
        box->addWidget(edit, 1);
        auto *button = new QPushButton(buttonText, this);
        button->setAccessibleName(caption);
        connect(button, &QPushButton::clicked, this, [this, edit, caption] { browse(edit, caption); });
        box->addWidget(button);
        return box;
    };
    auto *form = new QFormLayout;
    auto *capabilitiesRow = row(m_capabilities, tr("&Browse..."), tr("Choose the capabilities file"));
    auto *teamsRow = row(m_teams, tr("B&rowse..."), tr("Choose the teams file"));
    auto *capabilitiesLabel = new QLabel(tr("&Capabilities:"), this);
    capabilitiesLabel->setBuddy(m_capabilities);
    auto *teamsLabel = new QLabel(tr("&Teams:"), this);
    teamsLabel->setBuddy(m_teams);
    form->addRow(capabilitiesLabel, capabilitiesRow);
    form->addRow(teamsLabel, teamsRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_capabilities, &QLineEdit::textChanged, this, &CsvImportDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
    resize(560, sizeHint().height());
}

std::filesystem::path CsvImportDialog::capabilitiesPath() const
{
    return pathOf(m_capabilities);
}

std::optional<std::filesystem::path> CsvImportDialog::teamsPath() const
{
    if (m_teams->text().trimmed().isEmpty())
        return std::nullopt;
    return pathOf(m_teams);
}

void CsvImportDialog::browse(QLineEdit *edit, const QString &caption)
{
    QSettings settings;
    QString folder = settings.value(QString::fromLatin1(kFolderSetting)).toString();
    if (!edit->text().trimmed().isEmpty())
        folder = QFileInfo(edit->text().trimmed()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, caption, folder,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QString::fromLatin1(kFolderSetting), QFileInfo(file).absolutePath());
    edit->setText(QDir::toNativeSeparators(file));
    // Picking capabilities.csv offers the teams.csv beside it, the usual pair.
    if (edit == m_capabilities && m_teams->text().isEmpty()) {
        const QString teams = QFileInfo(file).absoluteDir().filePath(QStringLiteral("teams.csv"));
        if (QFileInfo::exists(teams))
            m_teams->setText(QDir::toNativeSeparators(teams));
    }
}

void CsvImportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_capabilities->text().trimmed().isEmpty());
}

} // namespace waveplan::ui
