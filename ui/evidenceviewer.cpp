#include "evidenceviewer.h"

#include "dialogparts.h"
#include "domainlabels.h"
#include "evidencemodel.h"
#include "evidencestrip.h"
#include "icons.h"
#include "imageview.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace wd::ui {

namespace {

QLabel *infoLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void paintBanner(QLabel *label, Tone tone)
{
    applyTone(label, tone, ToneStyle::Band);
    label->setMargin(tone == Tone::Neutral ? 0 : 4);
}

} // namespace

EvidenceViewer::EvidenceViewer(QWidget *parent, ImageLimits limits) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceViewer"));
    setAccessibleName(tr("Evidence viewer"));
    m_loader = new ImageLoader(this, limits);
    connect(m_loader, &ImageLoader::loaded, this, &EvidenceViewer::onLoaded);

    m_strip = new EvidenceStrip(this);
    m_main = new ImageView(this);
    m_main->setObjectName(QStringLiteral("mainImage"));
    m_main->setAccessibleName(tr("Selected evidence"));
    m_compare = new ImageView(this);
    m_compare->setObjectName(QStringLiteral("compareImage"));
    m_compare->setAccessibleName(tr("Evidence to compare with"));
    m_compare->hide();
    m_views = new QSplitter(Qt::Horizontal, this);
    m_views->setObjectName(QStringLiteral("compareSplitter"));
    m_views->addWidget(m_main);
    m_views->addWidget(m_compare);
    m_views->setChildrenCollapsible(false);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("evidenceToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_compareChoice = new QComboBox(this);
    m_compareChoice->setObjectName(QStringLiteral("compareChoice"));
    m_compareChoice->setAccessibleName(tr("Compare with"));
    m_compareChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoom = new QLabel(this);
    m_zoom->setObjectName(QStringLiteral("zoomLevel"));
    buildActions();

    m_title = infoLabel("evidenceTitle", this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_captured = infoLabel("evidenceCaptured", this);
    m_integrity = infoLabel("integrityState", this);
    m_duplicate = infoLabel("duplicateWarning", this);
    m_duplicate->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_strip);
    layout->addWidget(m_views, 1);
    auto *info = new QVBoxLayout;
    info->setContentsMargins(8, 2, 8, 6);
    info->setSpacing(3);
    info->addWidget(m_title);
    info->addWidget(m_captured);
    info->addWidget(m_integrity);
    info->addWidget(m_duplicate);
    layout->addLayout(info);

    connect(m_main, &ImageView::viewChanged, this, [this] {
        m_zoom->setText(m_main->hasImage() ? (m_main->isFitting() ? tr("Fit · %1 %") : tr("%1 %"))
                                                 .arg(qRound(m_main->zoom() * 100))
                                           : QString());
    });
    connect(m_compareChoice, &QComboBox::activated, this, [this](int i) {
        setCompareId(m_compareChoice->itemData(i).toString());
    });
    setTabOrder(m_strip, m_main);
    setTabOrder(m_main, m_compare);
    setTabOrder(m_compare, m_compareChoice);
    changeEvent(nullptr);
    updateInfo();
}

void EvidenceViewer::buildActions()
{
    auto add = [this](const char *name, const QString &text, const QString &icon, QList<QKeySequence> keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setProperty("iconName", icon);
        action->setShortcuts(keys);
        // Only while the viewer has focus: bare keys such as "+" or "R" must not fire while the
        // agent types a note elsewhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        m_toolBar->addAction(action);
        m_actions << action;
        return action;
    };
    connect(add("previousEvidence", tr("Previous item"), QStringLiteral("action-previous"),
                {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_P)}),
            &QAction::triggered, this, &EvidenceViewer::previous);
    connect(add("nextEvidence", tr("Next item"), QStringLiteral("action-next"),
                {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_N)}),
            &QAction::triggered, this, &EvidenceViewer::next);
    m_toolBar->addSeparator();
    connect(add("zoomOut", tr("Zoom out"), QStringLiteral("action-zoom-out"),
                {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut}),
            &QAction::triggered, this, [this] { forBothViews(&ImageView::zoomOut); });
    connect(add("zoomIn", tr("Zoom in"), QStringLiteral("action-zoom-in"),
                {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn}),
            &QAction::triggered, this, [this] { forBothViews(&ImageView::zoomIn); });
    connect(add("fitToWindow", tr("Fit to window"), QStringLiteral("action-fit"),
                {QKeySequence(Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, this, [this] { forBothViews(&ImageView::fitToWindow); });
    connect(add("actualSize", tr("Actual size (1:1)"), QStringLiteral("action-actual-size"),
                {QKeySequence(Qt::Key_1)}), // Ctrl+1 is the window's "show the queue"
            &QAction::triggered, this, [this] { forBothViews(&ImageView::actualSize); });
    connect(add("rotate", tr("Rotate 90° clockwise"), QStringLiteral("action-rotate"), {QKeySequence(Qt::Key_R)}),
            &QAction::triggered, this, [this] { forBothViews(&ImageView::rotateClockwise); });
    m_toolBar->addSeparator();
    m_compareAction = add("compare", tr("Compare side by side"), QStringLiteral("action-compare"), {QKeySequence(Qt::Key_C)});
    m_compareAction->setCheckable(true);
    connect(m_compareAction, &QAction::toggled, this, &EvidenceViewer::setComparing);
    QAction *choice = m_toolBar->addWidget(m_compareChoice);
    choice->setVisible(false);
    m_compareChoice->setProperty("toolBarAction", QVariant::fromValue(static_cast<QObject *>(choice)));
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_zoom);
}

void EvidenceViewer::forBothViews(void (ImageView::*slot)())
{
    (m_main->*slot)();
    if (m_comparing)
        (m_compare->*slot)();
}

void EvidenceViewer::setEvidenceModel(EvidenceModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_strip->setModel(model);
    connect(m_strip->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            setCurrentId(m_model->idAt(current.row()));
    });
    auto onReset = [this] {
        m_thumbsRequested.clear();
        m_askedFor.clear();
        const bool same = m_model->rowOf(m_currentId) >= 0;
        if (m_model->rowOf(m_compareId) < 0)
            m_compareId.clear();
        // The large view first: its decode is queued ahead of the thumbnails.
        if (same) {
            // A re-sync of the same case: show the item again (its bytes or state may have
            // changed) without announcing a new selection, which would move the highlight.
            m_strip->setCurrentIndex(m_model->index(m_model->rowOf(m_currentId), 0));
            showIn(m_main, m_currentId, Purpose::Main);
            if (m_comparing)
                showIn(m_compare, m_compareId, Purpose::Compare);
            updateInfo();
            updateCompareChoices();
        } else if (m_model->rowCount() > 0) {
            m_currentId.clear();
            setCurrentId(m_model->idAt(0));
        } else {
            m_currentId.clear();
            m_main->clear();
            m_compare->clear();
            updateInfo();
            updateCompareChoices();
        }
        requestThumbnails();
    };
    connect(model, &QAbstractItemModel::modelReset, this, onReset);
    connect(model, &QAbstractItemModel::dataChanged, this, &EvidenceViewer::onModelDataChanged);
    onReset();
}

void EvidenceViewer::setBytesProvider(BytesProvider provider)
{
    m_provider = std::move(provider);
}

QByteArray EvidenceViewer::bytesFor(const QString &id)
{
    const QByteArray bytes = m_provider ? m_provider(id) : QByteArray();
    if (bytes.isEmpty() && !m_askedFor.contains(id)) {
        m_askedFor.insert(id);
        emit bytesNeeded(id);
    }
    return bytes;
}

void EvidenceViewer::requestThumbnails()
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row)
        requestThumbnail(row);
}

void EvidenceViewer::requestThumbnail(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    const QString id = m_model->idAt(row);
    if (!index.data(EvidenceModel::IsImageRole).toBool() || index.data(EvidenceModel::IntegrityFailedRole).toBool()
        || !index.data(EvidenceModel::ThumbnailRole).value<QImage>().isNull() || m_thumbsRequested.contains(id))
        return;
    const QByteArray bytes = bytesFor(id);
    if (bytes.isEmpty())
        return;
    m_thumbsRequested.insert(id);
    const quint64 request = m_loader->load(id, bytes, EvidenceTileDelegate::kThumbSize * devicePixelRatioF());
    m_requests.insert(request, {id, Purpose::Thumbnail});
}

void EvidenceViewer::showIn(ImageView *view, const QString &id, Purpose purpose)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0) {
        view->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const auto integrity = Integrity(index.data(EvidenceModel::IntegrityRole).toInt());
    if (integrity == Integrity::Mismatch) {
        view->setPlaceholder(tr("Integrity failure: the SHA-256 of these bytes does not match the evidence on record. "
                                "This is not valid evidence and is not shown."),
                             Tone::Danger);
        return;
    }
    if (integrity == Integrity::Missing) {
        view->setPlaceholder(tr("The file of this evidence is missing on the server."), Tone::Danger);
        return;
    }
    if (!index.data(EvidenceModel::IsImageRole).toBool()) {
        view->setPlaceholder(tr("No preview for %1 (%2).")
                                 .arg(index.data(EvidenceModel::NameRole).toString(),
                                      index.data(EvidenceModel::MediaTypeRole).toString()),
                             Tone::Neutral);
        return;
    }
    const QByteArray bytes = bytesFor(id);
    if (bytes.isEmpty()) {
        view->setPlaceholder(integrity == Integrity::Verifying ? tr("Downloading and checking the SHA-256…")
                                                               : tr("Not downloaded yet."),
                             Tone::Neutral);
        return;
    }
    view->setPlaceholder(tr("Loading…"), Tone::Neutral);
    const quint64 request = m_loader->load(id, bytes, kMaxDisplaySize);
    m_requests.insert(request, {id, purpose});
}

void EvidenceViewer::onLoaded(const DecodedImage &result)
{
    const auto found = m_requests.constFind(result.request);
    if (found == m_requests.constEnd())
        return;
    const Request request = *found;
    m_requests.erase(found);
    if (!m_model || m_model->rowOf(request.id) < 0)
        return;
    if (request.purpose == Purpose::Thumbnail) {
        m_model->setThumbnail(request.id, result.ok() ? result.image
                                                      : ImageLoader::placeholder(result.error, EvidenceTileDelegate::kThumbSize,
                                                                                 palette(), devicePixelRatioF()));
        return;
    }
    ImageView *view = request.purpose == Purpose::Main ? m_main : m_compare;
    const QString shownId = request.purpose == Purpose::Main ? m_currentId : m_compareId;
    if (shownId != request.id)
        return; // the agent moved on meanwhile
    if (m_model->integrityAt(m_model->rowOf(request.id)) == Integrity::Mismatch) {
        showIn(view, request.id, request.purpose); // the check failed while decoding: show that instead
        return;
    }
    if (result.ok())
        view->setImage(result.image, result.originalSize);
    else
        view->setPlaceholder(result.error, Tone::Caution);
}

void EvidenceViewer::setCurrentId(const QString &id)
{
    if (!m_model || id == m_currentId)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (m_strip->currentIndex().row() != row) {
        m_strip->setCurrentIndex(m_model->index(row, 0)); // comes back here through currentRowChanged
        if (m_currentId == id)
            return;
    }
    if (!m_currentId.isEmpty())
        m_previousId = m_currentId;
    m_currentId = id;
    showIn(m_main, id, Purpose::Main);
    if (m_comparing && (m_compareId.isEmpty() || m_compareId == id)) {
        m_compareId = m_previousId != id ? m_previousId : QString();
        showIn(m_compare, m_compareId, Purpose::Compare);
    }
    updateInfo();
    updateCompareChoices();
    emit evidenceSelected(id, m_model->index(row, 0).data(EvidenceModel::CapturedAtRole).toDateTime());
}

void EvidenceViewer::setCompareId(const QString &id)
{
    if (id == m_compareId)
        return;
    m_compareId = id;
    if (m_comparing)
        showIn(m_compare, id, Purpose::Compare);
    updateCompareChoices();
}

void EvidenceViewer::setComparing(bool on)
{
    if (on == m_comparing)
        return;
    m_comparing = on;
    m_compareAction->setChecked(on);
    m_compare->setVisible(on);
    if (auto *choice = qobject_cast<QAction *>(m_compareChoice->property("toolBarAction").value<QObject *>()))
        choice->setVisible(on);
    if (on) {
        if (m_compareId.isEmpty() || m_compareId == m_currentId) {
            // The screenshot seen just before is the one the agent most likely wants beside this one.
            m_compareId = (!m_previousId.isEmpty() && m_previousId != m_currentId) ? m_previousId : QString();
            for (int row = 0; m_compareId.isEmpty() && m_model && row < m_model->rowCount(); ++row) {
                if (m_model->idAt(row) != m_currentId && m_model->index(row, 0).data(EvidenceModel::IsImageRole).toBool())
                    m_compareId = m_model->idAt(row);
            }
        }
        showIn(m_compare, m_compareId, Purpose::Compare);
        m_views->setSizes({1, 1});
    }
    updateCompareChoices();
}

void EvidenceViewer::next()
{
    if (m_model && m_model->rowCount() > 0)
        setCurrentId(m_model->idAt(std::min(m_model->rowOf(m_currentId) + 1, m_model->rowCount() - 1)));
}

void EvidenceViewer::previous()
{
    if (m_model && m_model->rowCount() > 0)
        setCurrentId(m_model->idAt(std::max(m_model->rowOf(m_currentId) - 1, 0)));
}

void EvidenceViewer::reload(const QString &id)
{
    if (!m_model)
        return;
    m_askedFor.remove(id);
    m_thumbsRequested.remove(id);
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_model->setThumbnail(id, QImage());
    requestThumbnail(row);
    if (id == m_currentId)
        showIn(m_main, id, Purpose::Main);
    if (m_comparing && id == m_compareId)
        showIn(m_compare, id, Purpose::Compare);
    updateInfo();
}

void EvidenceViewer::onModelDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles)
{
    const bool integrity = roles.isEmpty() || roles.contains(EvidenceModel::IntegrityRole);
    const bool info = integrity || roles.contains(EvidenceModel::DuplicateWarningRole);
    if (!info)
        return;
    for (int row = from.row(); row <= to.row(); ++row) {
        const QString id = m_model->idAt(row);
        if (integrity && id == m_currentId)
            showIn(m_main, id, Purpose::Main);
        if (integrity && m_comparing && id == m_compareId)
            showIn(m_compare, id, Purpose::Compare);
        if (integrity)
            requestThumbnail(row);
    }
    updateInfo();
}

void EvidenceViewer::updateInfo()
{
    const int row = m_model ? m_model->rowOf(m_currentId) : -1;
    if (row < 0) {
        m_title->setText(m_model && m_model->rowCount() == 0 ? tr("No evidence in this case.") : QString());
        m_captured->clear();
        m_integrity->clear();
        paintBanner(m_integrity, Tone::Neutral);
        m_duplicate->hide();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const QString name = index.data(EvidenceModel::NameRole).toString();
    const QString id = index.data(EvidenceModel::IdRole).toString();
    const QString kind = DomainLabels::label(EvidenceKind(index.data(EvidenceModel::KindRole).toInt()));
    m_title->setText(name == id ? tr("%1 · %2").arg(id, kind) : tr("%1 · %2 · %3").arg(id, kind, name));
    const QDateTime captured = index.data(EvidenceModel::CapturedAtRole).toDateTime();
    m_captured->setText(tr("Captured %1 · Source: %2")
                            .arg(captured.isValid() ? captured.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                    : tr("at an unknown time"),
                                 DomainLabels::label(EvidenceSource(index.data(EvidenceModel::SourceRole).toInt()))));
    const auto integrity = Integrity(index.data(EvidenceModel::IntegrityRole).toInt());
    const QString sha = index.data(EvidenceModel::Sha256Role).toString();
    m_integrity->setText(index.data(EvidenceModel::IntegrityTextRole).toString()
                         + (sha.isEmpty() ? QString() : QStringLiteral(" · SHA-256 %1…").arg(sha.left(12))));
    m_integrity->setToolTip(sha);
    m_integrity->setProperty("integrity", int(integrity));
    const Tone tone = integrity == Integrity::Verified                                         ? Tone::Good
                      : integrity == Integrity::Mismatch || integrity == Integrity::Missing ? Tone::Danger
                                                                                              : Tone::Neutral;
    paintBanner(m_integrity, tone);
    const QString warning = index.data(EvidenceModel::DuplicateWarningRole).toString();
    m_duplicate->setText(warning);
    m_duplicate->setVisible(!warning.isEmpty());
    paintBanner(m_duplicate, Tone::Caution);
}

void EvidenceViewer::updateCompareChoices()
{
    m_compareChoice->clear();
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->idAt(row);
        if (id == m_currentId || !m_model->index(row, 0).data(EvidenceModel::IsImageRole).toBool())
            continue;
        m_compareChoice->addItem(tr("Compare with %1").arg(m_model->index(row, 0).data(EvidenceModel::NameRole).toString()), id);
        if (id == m_compareId)
            m_compareChoice->setCurrentIndex(m_compareChoice->count() - 1);
    }
}

void EvidenceViewer::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        for (QAction *action : std::as_const(m_actions))
            action->setIcon(toneIcon(action->property("iconName").toString(), palette()));
        if (event)
            updateInfo();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace wd::ui
