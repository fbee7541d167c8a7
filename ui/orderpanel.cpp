#include "orderpanel.h"

#include "dialogparts.h"
#include "domainlabels.h"
#include "palette.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
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

} // namespace

OrderPanel::OrderPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("orderPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(10);

    auto group = [&](const QString &title, const char *name) {
        auto *box = new QGroupBox(title, content);
        box->setObjectName(QLatin1String(name));
        box->setFlat(true);
        auto *form = new QFormLayout(box);
        form->setContentsMargins(4, 4, 4, 4);
        form->setHorizontalSpacing(12);
        form->setVerticalSpacing(4);
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        column->addWidget(box);
        return std::make_pair(box, form);
    };

    m_noOrder = new QLabel(tr("No order is linked to this ticket yet."), content);
    m_noOrder->setObjectName(QStringLiteral("noOrder"));
    m_noOrder->setWordWrap(true);
    column->addWidget(m_noOrder);

    auto [orderBox, order] = group(tr("Order and payment"), "orderGroup");
    m_orderBox = orderBox;
    addRow(order, tr("Order number"), "orderNo");
    addRow(order, tr("Customer"), "customerId");
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
    addRow(product, tr("SKU"), "sku");
    addRow(product, tr("Face value"), "faceValue");
    addRow(product, tr("Region"), "region");

    auto [policyBox, policy] = group(tr("Warranty policy at purchase"), "policyGroup");
    Q_UNUSED(policyBox)
    addRow(policy, tr("Period"), "warrantyDays");
    addRow(policy, tr("Mode"), "warrantyMode");
    addRow(policy, tr("Disclosed"), "disclosed");
    addRow(policy, tr("Text shown"), "disclosureText")->setWordWrap(true);

    auto [merchantBox, merchant] = group(tr("Merchant"), "merchantGroup");
    Q_UNUSED(merchantBox)
    addRow(merchant, tr("Merchant"), "merchantName");
    addRow(merchant, tr("Certification"), "certification");
    addRow(merchant, tr("Complaint rate"), "complaintRate");
    addRow(merchant, tr("Warranty deposit"), "depositBalance");

    column->addStretch(1);
    setWidget(content);
}

QLabel *OrderPanel::addRow(QFormLayout *form, const QString &caption, const char *name)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(QLatin1String(name));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(caption);
    auto *label = new QLabel(caption, form->parentWidget());
    label->setBuddy(value);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    form->addRow(label, value);
    m_values.insert(QLatin1String(name), value);
    return value;
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
        label->setText(text.isEmpty() ? tr("—") : text);
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
