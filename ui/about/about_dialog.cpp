#include "ui/about/about_dialog.h"

#include "ui/text/qt_text.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtGlobal>

namespace waveplan::ui {

std::vector<LibraryVersion> desktopLibraryVersions()
{
    std::vector<LibraryVersion> libraries{{"Qt", qVersion(), "LGPL-3.0-only"}};
    for (LibraryVersion &library : coreLibraryVersions())
        libraries.push_back(std::move(library));
    return libraries;
}

QUrl documentationUrl()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/doc/waveplan"));
    if (QFileInfo(installed).isDir())
        return QUrl::fromLocalFile(QDir::cleanPath(installed));
    return QUrl::fromLocalFile(QStringLiteral(WAVEPLAN_SOURCE_DOCS_DIR));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Waveplan"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/waveplan.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QUrl docs = documentationUrl();
    text->setText(
        tr("<h2>Waveplan %1</h2>"
           "<p>Sequence marketing capabilities into feasible 90-day waves: foundations first, "
           "within what each team can absorb.</p>"
           "<p>Copyright &copy; 2026 The Waveplan authors.<br>"
           "Waveplan is free software, licensed under the GNU General Public License version 3 or "
           "later (GPL-3.0-or-later): you may use, study, share and change it. It comes with "
           "NO WARRANTY, to the extent permitted by law.</p>"
           "<p>Documentation: <a href=\"%2\">%3</a></p>")
            .arg(QStringLiteral(WAVEPLAN_VERSION), docs.toString(), docs.toDisplayString(QUrl::PreferLocalFile).toHtmlEscaped()));
    text->setAccessibleName(tr("About Waveplan"));

    const std::vector<LibraryVersion> libraries = desktopLibraryVersions();
    auto *table = new QTableWidget(static_cast<int>(libraries.size()), 3, this);
    table->setObjectName(QStringLiteral("libraryTable"));
    table->setAccessibleName(tr("Libraries used"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < static_cast<int>(libraries.size()); ++row) {
        const LibraryVersion &library = libraries[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(qs(library.name)));
        table->setItem(row, 1, new QTableWidgetItem(qs(library.version)));
        table->setItem(row, 2, new QTableWidgetItem(qs(library.licence)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace waveplan::ui
