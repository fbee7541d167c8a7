#pragma once
// The order side of a case as a calm, read-only form: order and payment, delivery, product, the
// warranty policy exactly as shown at purchase (with whether it was disclosed), and the merchant
// card (certification, complaint rate, deposit). Every value label is selectable and carries an
// objectName so tests and the accessibility tree can find it.

#include "casefile.h"

#include <QHash>
#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace wd::ui {

class OrderPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit OrderPanel(QWidget *parent = nullptr);

    void setCase(const CaseFile &caseFile);
    // The label showing a value, by objectName (e.g. "amountPaid"); null when there is none.
    QLabel *valueLabel(const QString &name) const { return m_values.value(name); }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, const QString &caption, const char *name);
    void setTone(const char *name, int tone);
    void applyTones();

    QHash<QString, QLabel *> m_values;
    QHash<QString, int> m_tones; // objectName -> int(Tone), re-applied on palette changes
    QLabel *m_noOrder = nullptr;
    QGroupBox *m_orderBox = nullptr;
    QGroupBox *m_productBox = nullptr;
};

} // namespace wd::ui
