#pragma once
// The evidence of a case: a thumbnail strip over EvidenceModel, a large view (zoom, pan, fit, 1:1,
// rotate), an optional second view to compare two screenshots side by side, and the facts of the
// shown item: capture time, source, SHA-256 state (a failed check is shown as an integrity
// failure, never as the picture) and the duplicate-elsewhere warning.
//
// The viewer reads no files and opens no connections: it asks the BytesProvider for an item's
// bytes; when there are none yet it emits bytesNeeded() and shows "not downloaded", and the
// caller calls reload() once they arrived. Images are decoded off the UI thread by ImageLoader.

#include "imageloader.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QToolBar;

namespace wd {
class EvidenceModel;
}

namespace wd::ui {

class EvidenceStrip;
class ImageView;

using BytesProvider = std::function<QByteArray(const QString &evidenceId)>;

class EvidenceViewer : public QWidget
{
    Q_OBJECT

public:
    // The largest decode shown in the big view; zooming past it enlarges that decode.
    static constexpr QSize kMaxDisplaySize{4096, 4096};

    explicit EvidenceViewer(QWidget *parent = nullptr, ImageLimits limits = {});

    void setEvidenceModel(EvidenceModel *model);
    void setBytesProvider(BytesProvider provider);

    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);
    QString compareId() const { return m_compareId; }
    void setCompareId(const QString &id);
    bool isComparing() const { return m_comparing; }

    ImageView *mainView() const { return m_main; }
    ImageView *compareView() const { return m_compare; }
    EvidenceStrip *strip() const { return m_strip; }
    ImageLoader *loader() const { return m_loader; }
    // The viewer's keyboard actions (zoom, fit, 1:1, rotate, compare, next, previous), for help lists.
    QList<QAction *> viewerActions() const { return m_actions; }

public slots:
    void next();
    void previous();
    void setComparing(bool on);
    // The bytes of `id` arrived or changed (or its integrity state did): show them again.
    void reload(const QString &id);

signals:
    // The agent selected an item; `capturedAt` is UTC and invalid when unknown.
    void evidenceSelected(const QString &id, const QDateTime &capturedAt);
    void bytesNeeded(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Purpose { Thumbnail, Main, Compare };
    struct Request
    {
        QString id;
        Purpose purpose;
    };

    void buildActions();
    void requestThumbnails();
    void requestThumbnail(int row);
    void showIn(ImageView *view, const QString &id, Purpose purpose);
    void onLoaded(const DecodedImage &result);
    void updateInfo();
    void updateCompareChoices();
    void onModelDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles);
    QByteArray bytesFor(const QString &id);
    void forBothViews(void (ImageView::*slot)());

    EvidenceModel *m_model = nullptr;
    BytesProvider m_provider;
    ImageLoader *m_loader = nullptr;
    EvidenceStrip *m_strip = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_views = nullptr;
    ImageView *m_main = nullptr;
    ImageView *m_compare = nullptr;
    QComboBox *m_compareChoice = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_captured = nullptr;
    QLabel *m_integrity = nullptr;
    QLabel *m_duplicate = nullptr;
    QLabel *m_zoom = nullptr;
    QAction *m_compareAction = nullptr;
    QList<QAction *> m_actions;

    QString m_currentId;
    QString m_compareId;
    QString m_previousId; // the item shown before, the natural partner for a comparison
    bool m_comparing = false;
    QHash<quint64, Request> m_requests;
    QSet<QString> m_thumbsRequested;
    QSet<QString> m_askedFor; // bytesNeeded() emitted once per id until reload()
};

} // namespace wd::ui
