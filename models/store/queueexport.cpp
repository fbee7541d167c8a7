#include "queueexport.h"

#include "localstore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace wd::store {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

} // namespace

QueueExport::QueueExport(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<wd::store::QueueExport::Outcome>();
}

QueueExport::~QueueExport()
{
    cancel();
    wait();
}

bool QueueExport::isRunning() const
{
    return m_busy;
}

void QueueExport::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void QueueExport::wait()
{
    if (m_thread)
        m_thread->wait();
}

QString QueueExport::csvField(const QString &value)
{
    QString text = value;
    // A spreadsheet runs a cell that starts like a formula (=, +, -, @; a tab or CR before one
    // also counts in some): shown as text with a leading quote instead.
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString QueueExport::csvRecord(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

bool QueueExport::start(QueueExportSpec spec)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // the last one is over (its finished() was delivered), if not quite returned
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_thread.reset(QThread::create([this, spec = std::move(spec), cancel] {
        int written = 0;
        const auto done = [&](Outcome outcome, const QString &message) {
            QMetaObject::invokeMethod(this, [this, outcome, written, file = spec.fileName, message] {
                m_busy = false;
                emit finished(outcome, written, file, message);
            }, Qt::QueuedConnection);
        };
        QSaveFile file(spec.fileName);
        if (!QFileInfo::exists(spec.databasePath)) { // never create a cache just to read it
            done(Outcome::Failed, QStringLiteral("the local cache %1 does not exist").arg(spec.databasePath));
            return;
        }
        try {
            std::unique_ptr<LocalStore> store = LocalStore::open(spec.databasePath);
            // This connection only reads, whatever the code above it does.
            store->execDirect(QStringLiteral("PRAGMA query_only=ON"));
            // One snapshot for the count and every page: a sync writing meanwhile neither
            // duplicates nor drops rows of the file.
            store->execDirect(QStringLiteral("BEGIN"));
            TicketCache cache(*store);
            const int total = cache.count(spec.filter);
            if (!file.open(QIODevice::WriteOnly)) {
                done(Outcome::Failed, file.errorString());
                return;
            }
            auto put = [&file](const QString &text) {
                const QByteArray bytes = text.toUtf8();
                if (file.write(bytes) != bytes.size())
                    throw StoreError(file.errorString());
            };
            file.write(kBom, 3);
            put(csvRecord(spec.headers));
            QMetaObject::invokeMethod(this, [this, total] { emit progress(0, total); }, Qt::QueuedConnection);
            QueueCursor cursor;
            do {
                if (cancel->load()) {
                    file.cancelWriting();
                    done(Outcome::Cancelled, {});
                    return;
                }
                const QueuePage page = cache.page(spec.filter, cursor, qMax(1, spec.pageRows));
                QString chunk;
                for (const QueueRow &row : page.rows)
                    chunk += csvRecord(spec.cells(row));
                put(chunk);
                written += int(page.rows.size());
                cursor = page.next;
                QMetaObject::invokeMethod(this, [this, written, total] { emit progress(written, qMax(total, written)); },
                                          Qt::QueuedConnection);
            } while (cursor.valid());
            store->execDirect(QStringLiteral("ROLLBACK"));
            if (cancel->load()) {
                file.cancelWriting();
                done(Outcome::Cancelled, {});
                return;
            }
            if (!file.commit()) {
                done(Outcome::Failed, file.errorString());
                return;
            }
            done(Outcome::Written, {});
        } catch (const StoreError &e) {
            file.cancelWriting();
            done(Outcome::Failed, e.message());
        }
    }));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace wd::store
