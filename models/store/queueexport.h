#pragma once
// Writes the tickets of a queue view (its filter, search and sort; every matching row, not only
// the loaded pages) to a CSV file, on a thread of its own over its own read-only connection to the
// cache file, page by page with progress and a cancel that takes effect between pages.
//
// The file: UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends, RFC 4180 quoting
// (a field with a comma, quote, CR or LF is quoted, quotes doubled), and a guard against formula
// injection: a cell starting with = + - @ (or a tab or CR) gets a leading single quote, so a
// spreadsheet shows it as text instead of running it. It is written through QSaveFile: a cancelled
// or failed export leaves no file (and an existing file of that name untouched).

#include "ticketcache.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace wd::store {

struct QueueExportSpec
{
    QString databasePath; // the cache file (LocalStore::path())
    QueueFilter filter;   // the view: filters, search, sort
    QStringList headers;  // the first line
    // The cells of one row, as many as headers. Called on the export thread: it must not touch
    // widgets or models, only the row (and thread-safe things such as tr()).
    std::function<QStringList(const QueueRow &)> cells;
    QString fileName;
    int pageRows = 1000;
};

class QueueExport : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit QueueExport(QObject *parent = nullptr);
    ~QueueExport() override; // cancels and waits

    // Starts unless an export runs already (false then).
    bool start(QueueExportSpec spec);
    // From start() until finished() is emitted.
    bool isRunning() const;
    // The export stops after its current page; finished(Cancelled) follows, no file is left.
    void cancel();
    // Blocks until the thread is over (tests, shutdown).
    void wait();

    // One CSV field: the formula guard, then RFC 4180 quoting when needed.
    static QString csvField(const QString &value);
    // A record: the fields joined with commas, ended with CRLF.
    static QString csvRecord(const QStringList &fields);

signals:
    // Rows written so far of `total` (the matching count when the export started).
    void progress(int written, int total);
    // Written: `rows` data rows are in `fileName`. Failed: `message` says why.
    void finished(wd::store::QueueExport::Outcome outcome, int rows, const QString &fileName, const QString &message);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace wd::store
