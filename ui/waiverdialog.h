#pragma once
// Waiving a missing evidence item at the evidence step: the domain accepts a waiver only with a
// written reason, so the dialog will not confirm without one.

#include "enums.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace wd::ui {

class WaiverDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WaiverDialog(EvidenceKind kind, QWidget *parent = nullptr);

    EvidenceKind kind() const { return m_kind; }
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    EvidenceKind m_kind;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wd::ui
