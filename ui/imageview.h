#pragma once
// One evidence image, large: zoom (wheel, +/-), pan (drag), fit, 1:1 and rotation in 90° steps,
// all expressed as the view's transform. Scene coordinates are the image's original pixels even
// when a smaller decode is shown, so "1:1" means one image pixel per screen pixel. Instead of an
// image it can show a placeholder with a reason (broken file, integrity failure, not downloaded).

#include "palette.h"

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;

namespace wd::ui {

class ImageView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 16.0;

    explicit ImageView(QWidget *parent = nullptr);

    // `originalSize` is the file's own size; `image` may be a smaller decode of it.
    void setImage(const QImage &image, const QSize &originalSize = {});
    void setPlaceholder(const QString &reason, Tone tone = Tone::Caution);
    void clear();

    bool hasImage() const { return m_hasImage; }
    QString placeholderReason() const { return m_reason; }
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; }
    bool isFitting() const { return m_fit; }

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitToWindow();
    void actualSize();
    void rotateClockwise();

signals:
    void viewChanged(); // zoom, rotation or fit changed

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTransform();
    double fitZoom() const;
    void renderPlaceholder();

    QGraphicsPixmapItem *m_item = nullptr;
    bool m_hasImage = false;
    QString m_reason;
    Tone m_reasonTone = Tone::Caution;
    double m_zoom = 1.0;
    int m_rotation = 0;
    bool m_fit = true;
};

} // namespace wd::ui
