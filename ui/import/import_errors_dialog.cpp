#include "ui/import/import_errors_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveplan::ui {

ImportErrorsDialog::ImportErrorsDialog(const QStringList &lines, QWidget *parent, Kind kind)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    const bool refused = kind == Kind::Refused;
    setObjectName(refused ? QStringLiteral("importErrorsDialog") : QStringLiteral("importNotesDialog"));
    setWindowTitle(refused ? tr("Cannot import") : tr("Imported with notes"));

    auto *summary = new QLabel(refused ? tr("Nothing was imported and the open plan is unchanged. Correct the "
                                            "file at these places (file:line:column) and import again. "
                                            "Errors: %1.")
                                             .arg(lines.size())
                                       : tr("The plan was imported as a new, unsaved plan. To fit it to Waveplan, "
                                            "these things were changed or left out (%1):")
                                             .arg(lines.size()),
                               this);
    summary->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("importErrorsText"));
    m_text->setAccessibleName(refused ? tr("Import errors") : tr("Import notes"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorsButton"));
    connect(copy, &QPushButton::clicked, this, &ImportErrorsDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 380);
}

void ImportErrorsDialog::copyAll()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
}

} // namespace waveplan::ui
