#include "orderpanel.h"

#include "dialogparts.h"
#include "domainlabels.h"
#include "palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QResizeEvent>
#include <QScrollBar>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wd::ui {

namespace {

QString timeText(const std::optional<QDateTime> &instant)
{
    return instant ? instant->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString moneyText(Money money, const QString &currency)
{
    return currency == QLatin1String("CNY") ? QStringLiteral("¥ ") + money.toString() : money.toString() + QLatin1Char(' ') + currency;
}

// A one-line value that cannot wrap (an order number has no spaces): elided in the middle when
// the column is narrow, whole in its tooltip; never asks for more than a few characters of width.
class ElidedValueLabel : public QLabel
{
public:
    explicit ElidedValueLabel(QWidget *parent) : QLabel(parent) {}

    void setFullText(const QString &text)
    {
        m_full = text;
        updateElision();
    }
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override
    {
        const QSize base = QLabel::minimumSizeHint();
        return {fontMetrics().horizontalAdvance(QStringLiteral("M…M")) + 2 * margin(), base.height()};
    }
    QSize sizeHint() const override
    {
        const QSize base = QLabel::sizeHint();
        return {fontMetrics().horizontalAdvance(m_full) + 2 * margin() + 2, base.height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElision();
    }
    void showEvent(QShowEvent *event) override
    {
        QLabel::showEvent(event);
        updateElision(); // the size arrived while hidden
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            updateElision();
    }

private:
    void updateElision()
    {
        // Before the first layout the width means nothing: show the whole value.
        const int room = contentsRect().width() - 2 * margin();
        const QString shown = testAttribute(Qt::WA_WState_Visible) && room > 0
            ? fontMetrics().elidedText(m_full, Qt::ElideMiddle, room)
            : m_full;
        if (shown != text())
            QLabel::setText(shown);
        setToolTip(shown == m_full ? QString() : m_full);
    }

    QString m_full;
};

} // namespace

OrderPanel::OrderPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("orderPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Everything wraps or elides to the width the splitter gives: never a sideways scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(10);

    auto group = [&](const QString &title, const char *name) {
        auto *box = new QGroupBox(title, content);
        box->setObjectName(QLatin1String(name));
        box->setFlat(true);
        // A grid rather than a QFormLayout: its caption column may shrink below the widest
        // caption (which then wraps) when the panel is narrow.
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(4, 4, 4, 4);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(4);
        grid->setColumnStretch(0, 0);
        grid->setColumnStretch(1, 1);
        column->addWidget(box);
        return std::make_pair(box, grid);
    };

    m_noOrder = new QLabel(tr("No order is linked to this ticket yet."), content);
    m_noOrder->setObjectName(QStringLiteral("noOrder"));
    m_noOrder->setWordWrap(true);
    column->addWidget(m_noOrder);

    auto [orderBox, order] = group(tr("Order and payment"), "orderGroup");
    m_orderBox = orderBox;
    addRow(order, tr("Order number"), "orderNo", Fit::Elide);
    addRow(order, tr("Customer"), "customerId", Fit::Elide);
    addRow(order, tr("Amount paid"), "amountPaid");
    addRow(order, tr("Quantity"), "quantity");
    addRow(order, tr("Paid at"), "paidAt");
    addRow(order, tr("Payment"), "paymentStatus");
    addRow(order, tr("Delivery"), "deliveryStatus");
    addRow(order, tr("Delivered at"), "deliveredAt");
    addRow(order, tr("Channel"), "offPlatform");

    auto [productBox, product] = group(tr("Product"), "productGroup");
    m_productBox = productBox;
    addRow(product, tr("Name"), "productName");
    addRow(product, tr("Type"), "productType");
    addRow(product, tr("SKU"), "sku", Fit::Elide);
    addRow(product, tr("Face value"), "faceValue");
    addRow(product, tr("Region"), "region");

    auto [policyBox, policy] = group(tr("Warranty policy at purchase"), "policyGroup");
    Q_UNUSED(policyBox)
    addRow(policy, tr("Period"), "warrantyDays");
    addRow(policy, tr("Mode"), "warrantyMode");
    addRow(policy, tr("Disclosed"), "disclosed");
    addRow(policy, tr("Text shown"), "disclosureText");

    auto [merchantBox, merchant] = group(tr("Merchant"), "merchantGroup");
    Q_UNUSED(merchantBox)
    addRow(merchant, tr("Merchant"), "merchantName");
    addRow(merchant, tr("Certification"), "certification");
    addRow(merchant, tr("Complaint rate"), "complaintRate");
    addRow(merchant, tr("Warranty deposit"), "depositBalance");

    column->addStretch(1);
    setWidget(content);
}

QLabel *OrderPanel::addRow(QGridLayout *grid, const QString &caption, const char *name, Fit fit)
{
    QLabel *value = fit == Fit::Elide ? new ElidedValueLabel(grid->parentWidget()) : new QLabel(grid->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(caption);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (fit == Fit::Wrap) {
        // A wrapping label's width hint is its whole text on one line; the column takes what is
        // left instead, and the label's height follows its width.
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        value->setSizePolicy(policy);
        value->setWordWrap(true);
        value->setMinimumWidth(fontMetrics().averageCharWidth() * 6);
    }
    auto *label = new QLabel(caption, grid->parentWidget());
    label->setBuddy(value);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    const int row = grid->rowCount() == 1 && !grid->itemAtPosition(0, 0) ? 0 : grid->rowCount();
    grid->addWidget(label, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1);
    m_values.insert(QLatin1String(name), value);
    return value;
}

QString OrderPanel::fullText(const QString &name) const
{
    const QLabel *label = m_values.value(name);
    if (!label)
        return {};
    if (const auto *elided = dynamic_cast<const ElidedValueLabel *>(label))
        return elided->fullText();
    return label->text();
}

void OrderPanel::setTone(const char *name, int tone)
{
    m_tones.insert(QLatin1String(name), tone);
}

void OrderPanel::applyTones()
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const Tone tone = Tone(m_tones.value(it.key(), int(Tone::Neutral)));
        applyTone(it.value(), tone);
        QFont font = it.value()->font();
        font.setBold(tone == Tone::Danger || tone == Tone::Caution);
        it.value()->setFont(font);
    }
}

void OrderPanel::setCase(const CaseFile &caseFile)
{
    m_tones.clear();
    auto set = [this](const char *name, const QString &text) {
        QLabel *label = m_values.value(QLatin1String(name));
        const QString shown = text.isEmpty() ? tr("—") : text;
        if (auto *elided = dynamic_cast<ElidedValueLabel *>(label))
            elided->setFullText(shown);
        else
            label->setText(shown);
    };
    const bool hasOrder = caseFile.order.has_value();
    m_noOrder->setVisible(!hasOrder);
    m_orderBox->setVisible(hasOrder);
    m_productBox->setVisible(hasOrder);
    const Order order = caseFile.order.value_or(Order{});
    set("orderNo", order.orderNo);
    set("customerId", order.customerId);
    set("amountPaid", moneyText(order.amountPaid, order.currency));
    set("quantity", QString::number(order.quantity));
    set("paidAt", timeText(order.paidAt));
    set("paymentStatus", DomainLabels::label(order.paymentStatus));
    set("deliveryStatus", DomainLabels::label(order.deliveryStatus));
    set("deliveredAt", order.deliveredAt ? timeText(order.deliveredAt) : tr("never delivered"));
    set("offPlatform", order.offPlatform ? tr("Moved off the platform") : tr("On the platform"));
    if (order.offPlatform)
        setTone("offPlatform", int(Tone::Danger));
    if (order.paymentStatus == PaymentStatus::Failed || order.deliveryStatus == DeliveryStatus::Failed)
        setTone(order.paymentStatus == PaymentStatus::Failed ? "paymentStatus" : "deliveryStatus", int(Tone::Danger));
    if (!order.deliveredAt)
        setTone("deliveredAt", int(Tone::Caution));

    set("productName", order.product.name);
    set("productType", DomainLabels::label(order.product.type));
    set("sku", order.product.sku);
    set("faceValue", order.product.faceValue ? moneyText(*order.product.faceValue, order.currency) : QString());
    set("region", order.product.region);

    const WarrantyPolicy &policy = caseFile.warrantyPolicy;
    set("warrantyDays", tr("%n day(s) after delivery", nullptr, policy.days));
    set("warrantyMode", DomainLabels::label(policy.mode));
    set("disclosed", policy.disclosed ? tr("Yes, shown before purchase") : tr("No, not shown before purchase"));
    // An undisclosed one-time verification does not bind the customer: worth the agent's eye.
    if (!policy.disclosed)
        setTone("disclosed", int(policy.mode == PolicyMode::OneTimeVerification ? Tone::Danger : Tone::Caution));
    if (policy.mode == PolicyMode::OneTimeVerification)
        setTone("warrantyMode", int(Tone::Info));
    set("disclosureText", policy.disclosureText);

    const Merchant &merchant = caseFile.merchant;
    set("merchantName", merchant.id.isEmpty() ? merchant.name : tr("%1 (%2)").arg(merchant.name, merchant.id));
    set("certification", DomainLabels::label(merchant.certification));
    if (merchant.certification == Certification::None)
        setTone("certification", int(Tone::Caution));
    set("complaintRate", QLocale().toString(merchant.complaintRate * 100.0, 'f', 1) + QStringLiteral(" %"));
    if (merchant.complaintRate >= 0.05)
        setTone("complaintRate", int(Tone::Caution));
    QString deposit = moneyText(merchant.depositBalance, order.currency);
    if (hasOrder && merchant.depositBalance < order.amountPaid) {
        deposit += tr(" · below the amount paid");
        setTone("depositBalance", int(Tone::Danger));
    }
    set("depositBalance", deposit);
    applyTones();
}

void OrderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTones();
    QScrollArea::changeEvent(event);
}

} // namespace wd::ui
