#pragma once
// The order side of a case as a calm, read-only form: order and payment, delivery, product, the
// warranty policy exactly as shown at purchase (with whether it was disclosed), and the merchant
// card (certification, complaint rate, deposit). Every value label is selectable and carries an
// objectName so tests and the accessibility tree can find it.
//
// It never scrolls sideways: captions and values wrap (Chinese anywhere, English at spaces), and
// the identifiers that cannot wrap (order number, customer id, SKU) elide in the middle with the
// whole value in their tooltip (fullText() in code), so the panel fits any width its splitter gives.

#include "casefile.h"

#include <QHash>
#include <QScrollArea>

class QGridLayout;
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
    // Its text() may be elided on screen; fullText() is always the whole value.
    QLabel *valueLabel(const QString &name) const { return m_values.value(name); }
    QString fullText(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Fit { Wrap, Elide };
    QLabel *addRow(QGridLayout *grid, const QString &caption, const char *name, Fit fit = Fit::Wrap);
    void setTone(const char *name, int tone);
    void applyTones();

    QHash<QString, QLabel *> m_values;
    QHash<QString, int> m_tones; // objectName -> int(Tone), re-applied on palette changes
    QLabel *m_noOrder = nullptr;
    QGroupBox *m_orderBox = nullptr;
    QGroupBox *m_productBox = nullptr;
};

} // namespace wd::ui
