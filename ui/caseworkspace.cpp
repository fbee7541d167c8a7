#include "caseworkspace.h"

#include "caseheader.h"
#include "evidencemodel.h"
#include "evidencestrip.h"
#include "keylogmodel.h"
#include "keylogview.h"
#include "orderpanel.h"

#include <QDataStream>
#include <QFrame>
#include <QIODevice>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wd::ui {

namespace {
constexpr quint32 kStateMagic = 0x57445753; // "WDWS"
constexpr quint32 kStateVersion = 1;
} // namespace

CaseWorkspace::CaseWorkspace(QWidget *parent, ImageLimits imageLimits) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseWorkspace"));
    m_keyLogModel = new KeyLogModel(this);
    m_evidenceModel = new EvidenceModel(this);

    m_header = new CaseHeader(this);
    m_order = new OrderPanel(this);
    m_keyLog = new KeyLogView(this);
    m_keyLog->setKeyLogModel(m_keyLogModel);
    m_evidence = new EvidenceViewer(this, imageLimits);
    m_evidence->setEvidenceModel(m_evidenceModel);
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("sidePanel"));
    m_side->setDocumentMode(true);
    m_side->hide(); // until someone adds a panel

    m_centre = new QSplitter(Qt::Vertical, this);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_centre->addWidget(m_keyLog);
    m_centre->addWidget(m_evidence);
    m_centre->setStretchFactor(0, 2);
    m_centre->setStretchFactor(1, 3);
    m_columns = new QSplitter(Qt::Horizontal, this);
    m_columns->setObjectName(QStringLiteral("columnSplitter"));
    m_columns->addWidget(m_order);
    m_columns->addWidget(m_centre);
    m_columns->addWidget(m_side);
    m_columns->setStretchFactor(0, 0);
    m_columns->setStretchFactor(1, 1);
    m_columns->setStretchFactor(2, 0);
    m_columns->setSizes({280, 900, 360});
    for (QSplitter *splitter : {m_centre, m_columns})
        splitter->setChildrenCollapsible(false);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addWidget(m_columns, 1);

    connect(m_evidence, &EvidenceViewer::evidenceSelected, this, &CaseWorkspace::highlightNearEvidence);
    connect(m_keyLog, &KeyLogView::eventSelected, this, &CaseWorkspace::highlightNearEvent);

    // Header first, then the log, the evidence and the side panel: the reading order of the screen.
    setTabOrder(m_header, m_order);
    setTabOrder(m_order, m_keyLog);
    setTabOrder(m_keyLog, m_evidence);
    setTabOrder(m_evidence, m_side);
}

StepBar *CaseWorkspace::stepBar() const
{
    return m_header->stepBar();
}

void CaseWorkspace::setCase(const CaseFile &caseFile, const CaseState &state, const CaseMeta &meta)
{
    if (caseFile.ticket.id != m_caseFile.ticket.id) {
        // Another ticket: a highlight anchored in the last one means nothing here.
        m_keyLogModel->clearHighlight();
        m_evidenceModel->clearHighlight();
    }
    m_caseFile = caseFile;
    m_header->setCase(caseFile, state, meta);
    m_order->setCase(caseFile);
    m_keyLogModel->setCase(caseFile);
    m_evidenceModel->setCase(caseFile); // a new case: the viewer selects its first item, which highlights the log
    const QString problem = m_evidenceModel->setDuplicates(meta.duplicates);
    if (!problem.isEmpty())
        qWarning("wd: ticket %s: %s", qPrintable(caseFile.ticket.id), qPrintable(problem));
}

void CaseWorkspace::setHighlightHalfWidth(qint64 ms)
{
    m_halfWidthMs = std::max<qint64>(0, ms);
    const QString current = m_evidence->currentId();
    if (!current.isEmpty()) {
        const int row = m_evidenceModel->rowOf(current);
        highlightNearEvidence(current, m_evidenceModel->index(row, 0).data(EvidenceModel::CapturedAtRole).toDateTime());
    }
}

void CaseWorkspace::setBytesProvider(BytesProvider provider)
{
    m_evidence->setBytesProvider(std::move(provider));
}

int CaseWorkspace::addSidePanel(QWidget *panel, const QString &title)
{
    m_side->show();
    return m_side->addTab(panel, title);
}

void CaseWorkspace::highlightNearEvidence(const QString &, const QDateTime &capturedAt)
{
    // One direction at a time: the screenshot is the anchor now, so its neighbours in the strip
    // are no longer marked.
    m_evidenceModel->clearHighlight();
    m_keyLogModel->setHighlightWindow(capturedAt, m_halfWidthMs);
    m_keyLog->scrollToFirstHighlighted();
}

void CaseWorkspace::highlightNearEvent(int, const QDateTime &instant)
{
    m_keyLogModel->clearHighlight();
    m_evidenceModel->setHighlightWindow(instant, m_halfWidthMs);
    const QList<int> rows = m_evidenceModel->highlightedRows();
    if (!rows.isEmpty())
        m_evidence->strip()->scrollTo(m_evidenceModel->index(rows.first(), 0));
}

QByteArray CaseWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << m_columns->saveState() << m_centre->saveState();
    return state;
}

bool CaseWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray columns;
    QByteArray centre;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    in >> columns >> centre;
    if (in.status() != QDataStream::Ok)
        return false;
    return m_columns->restoreState(columns) && m_centre->restoreState(centre);
}

} // namespace wd::ui
