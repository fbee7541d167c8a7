#pragma once
// "Request evidence": a customer-visible message from an evidence_request template, with the
// order number, the items asked for (the missing ones ticked, any other kind can be added: a
// clearer screenshot is a fair request too) and a deadline filled in, editable before it is sent.

#include "replytemplates.h"

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QListWidget;

namespace wd::ui {

class TemplateMessageEditor;

class EvidenceRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // `missing`: the kinds ticked at first.
    EvidenceRequestDialog(const CaseFile &caseFile, const QList<EvidenceKind> &missing, const ReplyTemplates &templates,
                          const QDateTime &now, QWidget *parent = nullptr);

    QString text() const;
    QString templateId() const;
    QDateTime deadline() const;
    QList<EvidenceKind> requestedKinds() const;
    QListWidget *kindList() const { return m_kinds; }
    TemplateMessageEditor *editor() const { return m_editor; }
    QDateTimeEdit *deadlineEdit() const { return m_deadline; }
    bool canSend() const;

    void accept() override;

    static constexpr int kDefaultDeadlineHours = 48;

private:
    void updateValues();

    QHash<QString, QString> m_values;
    TemplateMessageEditor *m_editor = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QListWidget *m_kinds = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// "2026-11-27 18:00" in the agent's local time: what customers read in messages.
QString messageTime(const QDateTime &instant);

} // namespace wd::ui
