#include "imageview.h"

#include "imageloader.h"

#include <QEvent>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace wd::ui {

namespace {
constexpr double kStep = 1.25;
}

ImageView::ImageView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    m_item = scene()->addPixmap(QPixmap());
    m_item->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::AlternateBase);
    setFocusPolicy(Qt::StrongFocus);
}

void ImageView::setImage(const QImage &image, const QSize &originalSize)
{
    m_reason.clear();
    m_hasImage = !image.isNull();
    m_item->setPixmap(QPixmap::fromImage(image));
    double scale = 1.0;
    if (originalSize.isValid() && !image.isNull()) {
        // Rotation by EXIF may have swapped the sides; compare the long sides.
        scale = double(std::max(originalSize.width(), originalSize.height()))
            / double(std::max(image.width(), image.height()));
    }
    m_item->setScale(scale);
    scene()->setSceneRect(m_item->sceneBoundingRect());
    setDragMode(m_hasImage ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    m_rotation = 0;
    fitToWindow();
}

void ImageView::setPlaceholder(const QString &reason, Tone tone)
{
    m_hasImage = false;
    m_reason = reason;
    m_reasonTone = tone;
    m_rotation = 0;
    setDragMode(QGraphicsView::NoDrag);
    renderPlaceholder();
}

void ImageView::renderPlaceholder()
{
    const QSize size = viewport()->size().boundedTo(QSize(560, 360)).expandedTo(QSize(160, 120));
    m_item->setPixmap(QPixmap::fromImage(ImageLoader::placeholder(m_reason, size, palette(), devicePixelRatioF(), m_reasonTone)));
    m_item->setScale(1.0);
    scene()->setSceneRect(m_item->sceneBoundingRect());
    m_fit = true;
    m_zoom = 1.0;
    applyTransform();
}

void ImageView::clear()
{
    m_hasImage = false;
    m_reason.clear();
    m_item->setPixmap(QPixmap());
    scene()->setSceneRect(QRectF());
    m_zoom = 1.0;
    m_rotation = 0;
    applyTransform();
}

double ImageView::fitZoom() const
{
    QRectF bounds = m_item->sceneBoundingRect();
    if (bounds.isEmpty())
        return 1.0;
    if (m_rotation % 180 != 0)
        bounds = bounds.transposed();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(8, 8);
    const double zoom = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    // Fitting never blows a small screenshot up beyond 1:1: enlarged pixels read as blur.
    return std::clamp(zoom, kMinZoom, 1.0);
}

void ImageView::applyTransform()
{
    QTransform transform;
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    setTransform(transform);
    emit viewChanged();
}

void ImageView::setZoom(double zoom)
{
    if (!m_hasImage)
        return;
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    applyTransform();
}

void ImageView::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void ImageView::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void ImageView::fitToWindow()
{
    m_fit = true;
    m_zoom = m_hasImage ? fitZoom() : 1.0;
    applyTransform();
    centerOn(m_item);
}

void ImageView::actualSize()
{
    setZoom(1.0); // one image pixel per device-independent pixel, like 100 % in any viewer
}

void ImageView::rotateClockwise()
{
    if (!m_hasImage)
        return;
    m_rotation = (m_rotation + 90) % 360;
    if (m_fit)
        m_zoom = fitZoom();
    applyTransform();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    if (!m_hasImage) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    // Zoom about the point under the cursor, as every image viewer does.
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setZoom(m_zoom * std::pow(kStep, delta / 120.0));
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    event->accept();
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_hasImage && !m_reason.isEmpty())
        renderPlaceholder();
    else if (m_fit && m_hasImage)
        fitToWindow();
}

void ImageView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_hasImage && !m_reason.isEmpty())
        renderPlaceholder();
}

} // namespace wd::ui
