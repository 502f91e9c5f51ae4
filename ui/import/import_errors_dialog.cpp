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

ImportErrorsDialog::ImportErrorsDialog(const QStringList &errors, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importErrorsDialog"));
    setWindowTitle(tr("Cannot import CSV"));

    auto *summary = new QLabel(tr("Nothing was imported and the open plan is unchanged. Correct the "
                                  "spreadsheet at these places (file:line:column) and import again. "
                                  "Errors: %1.")
                                   .arg(errors.size()),
                               this);
    summary->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("importErrorsText"));
    m_text->setAccessibleName(tr("Import errors"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(errors.join(QLatin1Char('\n')));
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
