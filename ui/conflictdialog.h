#pragma once
// A write refused with 412 (the ticket moved on): the agent's change beside the ticket as the
// server has it now (step, status, holder, verdict, version), differences marked, and the way out:
// reload, discard the change, or keep editing where the change can still be applied by hand.

#include "caseworkflow.h"

#include <QDialog>
#include <QJsonObject>

class QTreeWidget;

namespace wd::ui {

// One side of the comparison, already in words.
struct TicketSnapshot
{
    QString step;
    QString status;
    QString holder;
    QString verdict; // "Merchant · Refund · 98.50" or empty
    qint64 version = 0;

    static TicketSnapshot fromState(const CaseFile &caseFile, const CaseState &state);
    // From the 412's `current` (the ticket detail). Missing fields stay empty; a wrong type or an
    // unknown name is shown as it is rather than guessed.
    static TicketSnapshot fromDetail(const QJsonObject &detail);
};

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Reload, Discard, KeepEditing };

    // `change`: what the agent tried, in words ("Record verdict: Merchant · Refund · 98.50").
    ConflictDialog(const QString &change, const TicketSnapshot &mine, const TicketSnapshot &server, bool canKeepEditing,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Row names of the fields that differ ("step", "status", "holder", "verdict", "version").
    QStringList differences() const { return m_differences; }
    QTreeWidget *table() const { return m_table; }

private:
    Choice m_choice = Choice::Reload;
    QStringList m_differences;
    QTreeWidget *m_table = nullptr;
};

} // namespace wd::ui
