// The workstation's "Export queue view…": the queue's current filter and on-screen columns written
// to CSV by store::QueueExport on its own thread, with progress in the status bar.

#include "workstation.h"

#include "mainwindow.h"
#include "queueview.h"
#include "ticketqueuemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QStandardPaths>

namespace wd::app {

void Workstation::hideProgressUnlessExporting()
{
    if (!m_window)
        return;
    if (m_export && m_export->isRunning()) {
        m_exportOwnsProgress = true; // the export's next page shows its figures
        m_window->showProgress(tr("Exporting the queue…"), 0, 0);
        return;
    }
    m_window->hideProgress();
}

void Workstation::exportQueue()
{
    if (!m_window || !m_store)
        return;
    if (m_export && m_export->isRunning()) {
        m_window->showMessage(tr("An export is already running; cancel it in the status bar or wait for it."));
        return;
    }
    ui::QueueView *queue = m_window->queue();
    // The ticket id first, then the other columns shown, in their on-screen order and headers.
    QList<int> columns{TicketQueueModel::TicketColumn};
    for (int column : queue->visibleColumns()) {
        if (column != TicketQueueModel::TicketColumn)
            columns << column;
    }
    QStringList headers;
    for (int column : columns)
        headers << m_queueModel->headerData(column, Qt::Horizontal).toString();

    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("warrantydesk-queue-%1.csv")
                                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString fileName = m_options.chooseExportFile
        ? m_options.chooseExportFile(m_window.get(), suggested)
        : QFileDialog::getSaveFileName(m_window.get(), tr("Export queue view"), suggested, tr("CSV files (*.csv)"));
    if (fileName.isEmpty() || !m_window)
        return;

    store::QueueExportSpec spec;
    spec.databasePath = m_store->path();
    spec.filter = queue->currentFilter();
    spec.headers = headers;
    spec.fileName = fileName;
    const QDateTime now = QDateTime::currentDateTimeUtc(); // one instant for every countdown in the file
    spec.cells = [columns, now](const store::QueueRow &row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns)
            cells << TicketQueueModel::displayText(row, column, now);
        return cells;
    };
    if (!m_export) {
        m_export = std::make_unique<store::QueueExport>();
        connect(m_export.get(), &store::QueueExport::progress, this, [this](int written, int total) {
            if (!m_window || (m_engine && (m_engine->isPulling() || m_engine->evidenceDownloads() > 0)))
                return; // the sync has the bar meanwhile
            m_exportOwnsProgress = true;
            m_window->showProgress(tr("Exporting the queue: %1 of %2 tickets").arg(QLocale().toString(written), QLocale().toString(total)),
                                   written, qMax(1, total));
        });
        connect(m_export.get(), &store::QueueExport::finished, this, &Workstation::onExportFinished);
    }
    m_exportOwnsProgress = true;
    m_window->showProgress(tr("Exporting the queue…"), 0, 0);
    m_export->start(std::move(spec));
}

void Workstation::onExportFinished(store::QueueExport::Outcome outcome, int rows, const QString &fileName, const QString &message)
{
    if (!m_window)
        return;
    if (m_exportOwnsProgress) {
        // Nobody took the bar over while the export ran (a pull that receives tickets or evidence
        // downloads would have): a quiet poll in flight shows nothing, so the bar goes now.
        m_exportOwnsProgress = false;
        const int downloads = m_engine ? m_engine->evidenceDownloads() : 0;
        if (downloads > 0)
            m_window->showProgress(tr("Downloading evidence: %n left", nullptr, downloads), 0, 0);
        else
            m_window->hideProgress();
    }
    switch (outcome) {
    case store::QueueExport::Outcome::Written:
        m_window->showMessage(tr("%n ticket(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(fileName)), 10000);
        break;
    case store::QueueExport::Outcome::Cancelled:
        m_window->showMessage(tr("Export cancelled: no file was written."));
        break;
    case store::QueueExport::Outcome::Failed:
        m_window->showMessage(tr("The export failed, no file was written: %1").arg(message), 10000);
        break;
    }
}

} // namespace wd::app
