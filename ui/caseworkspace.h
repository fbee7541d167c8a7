#pragma once
// One open case: the header (ticket, customer, order number, step bar, clocks, holder) above the
// order panel, the key log and the evidence viewer in splitters, with a side panel of tabs for
// what other parts add (the assessment panel, notes). It wires the cross highlighting: selecting a
// screenshot highlights the log events within ±window of its capture time, selecting a log event
// highlights the screenshots near it.

#include "casefile.h"
#include "caseworkflow.h"
#include "casemeta.h"
#include "evidenceviewer.h"

#include <QByteArray>
#include <QWidget>

class QSplitter;
class QTabWidget;

namespace wd {
class EvidenceModel;
class KeyLogModel;
}

namespace wd::ui {

class CaseHeader;
class KeyLogView;
class OrderPanel;
class StepBar;

class CaseWorkspace : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultHighlightMs = 10 * 60 * 1000;

    explicit CaseWorkspace(QWidget *parent = nullptr, ImageLimits imageLimits = {});

    void setCase(const CaseFile &caseFile, const CaseState &state, const CaseMeta &meta);
    const CaseFile &caseFile() const { return m_caseFile; }

    // Half the width of the cross-highlight window (default ±10 min).
    void setHighlightHalfWidth(qint64 ms);
    qint64 highlightHalfWidth() const { return m_halfWidthMs; }

    void setBytesProvider(BytesProvider provider);
    // Adds a tab to the side panel (assessment, notes ...); the workspace takes ownership.
    int addSidePanel(QWidget *panel, const QString &title);
    QTabWidget *sidePanel() const { return m_side; }

    // Splitter sizes, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    CaseHeader *header() const { return m_header; }
    StepBar *stepBar() const;
    OrderPanel *orderPanel() const { return m_order; }
    KeyLogView *keyLogView() const { return m_keyLog; }
    EvidenceViewer *evidenceViewer() const { return m_evidence; }
    KeyLogModel *keyLogModel() const { return m_keyLogModel; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }

private:
    void highlightNearEvidence(const QString &id, const QDateTime &capturedAt);
    void highlightNearEvent(int row, const QDateTime &instant);

    CaseFile m_caseFile;
    qint64 m_halfWidthMs = kDefaultHighlightMs;
    KeyLogModel *m_keyLogModel = nullptr;
    EvidenceModel *m_evidenceModel = nullptr;
    CaseHeader *m_header = nullptr;
    OrderPanel *m_order = nullptr;
    KeyLogView *m_keyLog = nullptr;
    EvidenceViewer *m_evidence = nullptr;
    QTabWidget *m_side = nullptr;
    QSplitter *m_columns = nullptr; // order | log and evidence | side panel
    QSplitter *m_centre = nullptr;  // log over evidence
};

} // namespace wd::ui
