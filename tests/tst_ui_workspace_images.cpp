// Evidence images, offscreen: ImageLoader against real hostile inputs made here (a PNG header
// claiming 100000×100000, a decompression bomb, a truncated JPEG and PNG, random bytes, an empty
// file), decoding at display size off the UI thread, and the viewer: placeholders with reasons,
// integrity failures never shown as the picture, zoom/fit/1:1/rotate as the view transform,
// keyboard shortcuts, compare, and bytes that arrive later.

#include "evidencemodel.h"
#include "evidencestrip.h"
#include "evidenceviewer.h"
#include "imageloader.h"
#include "imageview.h"
#include "uiw_samples.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QSet>

using namespace wd;
using namespace wd::ui;

namespace {

QByteArray goodPng(QSize size = QSize(540, 1170))
{
    return test::encode(test::drawnScreenshot(QStringLiteral("激活失败"), QStringLiteral("卡密无效"), QStringLiteral("03:25"),
                                              QColor(0x1e, 0x88, 0xe5), size),
                        "png");
}

CaseFile caseWithImages(int count)
{
    CaseFile caseFile;
    caseFile.ticket.id = QStringLiteral("T-1");
    for (int i = 1; i <= count; ++i) {
        Evidence e;
        e.id = QStringLiteral("E-%1").arg(i);
        e.kind = EvidenceKind::Screenshot;
        e.mediaType = QStringLiteral("image/png");
        e.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
        e.capturedAt = QDateTime::fromString(QStringLiteral("2026-11-22T03:2%1:00+08:00").arg(i), Qt::ISODate);
        caseFile.evidence << e;
    }
    return caseFile;
}

// A viewer over a model of `count` screenshots whose bytes come from `*bytes` (may change later).
struct ViewerFixture
{
    EvidenceModel model;
    EvidenceViewer viewer;

    ViewerFixture(const QByteArray *bytes, int count, QSize size = QSize(900, 700))
    {
        viewer.resize(size);
        viewer.setBytesProvider([bytes](const QString &) { return *bytes; });
        viewer.setEvidenceModel(&model);
        model.setCase(caseWithImages(count));
        viewer.show();
    }
    ~ViewerFixture() { viewer.loader()->waitForDone(); }
};

} // namespace

class TestUiWorkspaceImages : public QObject
{
    Q_OBJECT

private slots:
    void hostileInputs_data();
    void hostileInputs();
    void decodesAtDisplaySize();
    void loaderWorksOffTheUiThread();
    void placeholderImage();
    void viewerShowsPlaceholdersWithReasons_data();
    void viewerShowsPlaceholdersWithReasons();
    void integrityMismatchIsAFailureNotAPicture();
    void zoomRotateFitChangeTheTransform();
    void wheelZoomsAndDragPans();
    void failedTileNeverShowsThePicture();
    void keyboardShortcuts();
    void bytesArriveLater();
    void verifiedBytesShowWithoutReload();
    void compareSideBySide();
    void nextAndPrevious();
};

void TestUiWorkspaceImages::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray png = goodPng(QSize(270, 585));
    QTest::newRow("zero bytes") << QByteArray() << "empty";
    QTest::newRow("random bytes") << test::randomBytes(4096, 42) << "Not an image";
    QTest::newRow("text") << QByteArray("订单号 KM202611220011\n") << "Not an image";
    QTest::newRow("png claiming 100000x100000") << test::pngDeclaring(100000, 100000) << "100000 × 100000";
    QTest::newRow("decompression bomb 30000x30000") << test::pngDeclaring(30000, 30000) << "30000 × 30000";
    QTest::newRow("png claiming 0x0") << test::pngDeclaring(0, 0) << "damaged";
    QTest::newRow("truncated jpeg") << test::truncatedJpeg() << "truncated";
    QTest::newRow("truncated png") << png.left(png.size() / 2) << "could not be decoded";
    QTest::newRow("png signature only") << png.left(8) << "damaged";
    QTest::newRow("too large") << QByteArray(65 * 1024 * 1024, 'x') << "too large";
}

void TestUiWorkspaceImages::hostileInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const DecodedImage result = ImageLoader::decode(bytes, QSize(800, 600), ImageLimits{});
    QVERIFY(!result.ok());
    QVERIFY(result.image.isNull());
    QVERIFY2(result.error.contains(reason, Qt::CaseInsensitive), qPrintable(result.error));
}

void TestUiWorkspaceImages::decodesAtDisplaySize()
{
    const DecodedImage thumb = ImageLoader::decode(goodPng(), QSize(128, 80), ImageLimits{});
    QVERIFY2(thumb.ok(), qPrintable(thumb.error));
    QCOMPARE(thumb.originalSize, QSize(540, 1170));
    QVERIFY(thumb.image.width() <= 128 && thumb.image.height() <= 80);
    QCOMPARE(thumb.image.height(), 80); // portrait: the height bounds it
    QCOMPARE(thumb.format, QByteArray("png"));
    // Never enlarged; an invalid display size keeps the original.
    QCOMPARE(ImageLoader::decode(goodPng(), QSize(4096, 4096), ImageLimits{}).image.size(), QSize(540, 1170));
    QCOMPARE(ImageLoader::decode(goodPng(), QSize(), ImageLimits{}).image.size(), QSize(540, 1170));
    const QByteArray jpeg = test::encode(test::drawnScreenshot(QStringLiteral("t"), QStringLiteral("m"), QStringLiteral("c"),
                                                               Qt::darkGreen, QSize(1920, 1080)),
                                         "jpeg", 90);
    const DecodedImage scaled = ImageLoader::decode(jpeg, QSize(480, 480), ImageLimits{});
    QVERIFY2(scaled.ok(), qPrintable(scaled.error));
    QCOMPARE(scaled.image.size(), QSize(480, 270));
    // Tighter limits refuse what the defaults accept.
    ImageLimits small;
    small.maxPixels = 500 * 500;
    QVERIFY(ImageLoader::decode(goodPng(), QSize(120, 76), small).error.contains(QStringLiteral("540 × 1170")));
}

void TestUiWorkspaceImages::loaderWorksOffTheUiThread()
{
    ImageLoader loader;
    QSignalSpy loaded(&loader, &ImageLoader::loaded);
    const quint64 good = loader.load(QStringLiteral("E-1"), goodPng(), QSize(120, 76));
    const quint64 bad = loader.load(QStringLiteral("E-2"), test::pngDeclaring(100000, 100000), QSize(120, 76));
    QVERIFY(good != bad);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loader.pending(), 0);
    for (const QList<QVariant> &args : std::as_const(loaded)) {
        const auto result = args.at(0).value<DecodedImage>();
        if (result.request == good) {
            QCOMPARE(result.id, QStringLiteral("E-1"));
            QVERIFY(result.ok());
        } else {
            QCOMPARE(result.request, bad);
            QCOMPARE(result.id, QStringLiteral("E-2"));
            QVERIFY(!result.error.isEmpty());
        }
    }
}

void TestUiWorkspaceImages::placeholderImage()
{
    const QImage image = ImageLoader::placeholder(QStringLiteral("The JPEG file is truncated"), QSize(200, 120),
                                                  QApplication::palette(), 2.0);
    QCOMPARE(image.size(), QSize(400, 240));
    QCOMPARE(image.deviceIndependentSize(), QSizeF(200, 120));
    QSet<QRgb> colours; // background, frame, glyph and text: more than a blank fill
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));
}

void TestUiWorkspaceImages::viewerShowsPlaceholdersWithReasons_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("huge header") << test::pngDeclaring(100000, 100000) << "100000 × 100000";
    QTest::newRow("truncated jpeg") << test::truncatedJpeg() << "truncated";
    QTest::newRow("random bytes") << test::randomBytes(2048, 7) << "Not an image";
}

void TestUiWorkspaceImages::viewerShowsPlaceholdersWithReasons()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    ViewerFixture f(&bytes, 1);
    EvidenceViewer &viewer = f.viewer;
    EvidenceModel &model = f.model;
    QTRY_VERIFY(viewer.mainView()->placeholderReason().contains(reason, Qt::CaseInsensitive));
    QVERIFY(!viewer.mainView()->hasImage());
    // The thumbnail becomes a placeholder too, not an empty tile.
    QTRY_VERIFY(!model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull());
}

void TestUiWorkspaceImages::integrityMismatchIsAFailureNotAPicture()
{
    const QByteArray png = goodPng();
    ViewerFixture f(&png, 1);
    EvidenceViewer &viewer = f.viewer;
    EvidenceModel &model = f.model;
    QTRY_VERIFY(viewer.mainView()->hasImage());
    auto *integrity = viewer.findChild<QLabel *>(QStringLiteral("integrityState"));
    QVERIFY(integrity->text().contains(QStringLiteral("Not downloaded")));

    model.setIntegrity(QStringLiteral("E-1"), Integrity::Mismatch);
    QVERIFY(!viewer.mainView()->hasImage());
    QVERIFY(viewer.mainView()->placeholderReason().contains(QStringLiteral("Integrity failure")));
    QVERIFY(viewer.mainView()->placeholderReason().contains(QStringLiteral("not valid evidence")));
    QVERIFY(integrity->text().contains(QStringLiteral("integrity failure")));
    QCOMPARE(integrity->property("integrity").toInt(), int(Integrity::Mismatch));
    QCOMPARE(integrity->palette().color(QPalette::WindowText), toneText(Tone::Danger, viewer.palette()));
    QCOMPARE(model.index(0, 0).data(EvidenceModel::IntegrityFailedRole).toBool(), true);

    // Verified again (the store downloaded the right bytes): the picture comes back.
    model.setIntegrity(QStringLiteral("E-1"), Integrity::Verified);
    QTRY_VERIFY(viewer.mainView()->hasImage());
    QCOMPARE(integrity->palette().color(QPalette::WindowText), toneText(Tone::Good, viewer.palette()));
}

void TestUiWorkspaceImages::zoomRotateFitChangeTheTransform()
{
    const QByteArray png = goodPng();
    ViewerFixture f(&png, 1, QSize(900, 800));
    EvidenceViewer &viewer = f.viewer;
    ImageView *view = viewer.mainView();
    QTRY_VERIFY(view->hasImage());
    QVERIFY(view->isFitting());
    const double fit = view->transform().m11();
    QVERIFY(fit > 0 && fit < 1.0); // 1170 px tall in a shorter view
    QCOMPARE(view->transform().m12(), 0.0);

    auto action = [&viewer](const char *name) { return viewer.findChild<QAction *>(QLatin1String(name)); };
    action("zoomIn")->trigger();
    QVERIFY(!view->isFitting());
    QCOMPARE(view->transform().m11(), fit * 1.25);
    action("zoomOut")->trigger();
    action("zoomOut")->trigger();
    QCOMPARE(view->transform().m11(), fit / 1.25);
    action("actualSize")->trigger();
    QCOMPARE(view->transform().m11(), 1.0);
    QCOMPARE(view->zoom(), 1.0);
    action("rotate")->trigger();
    QCOMPARE(view->rotation(), 90);
    QVERIFY(qAbs(view->transform().m11()) < 1e-9);
    QVERIFY(qFuzzyCompare(view->transform().m12(), 1.0));
    action("fitToWindow")->trigger();
    QVERIFY(view->isFitting());
    QVERIFY(view->transform().m12() > 0 && view->transform().m12() < 1.0); // still rotated, fitted again
    for (int i = 0; i < 40; ++i)
        action("zoomIn")->trigger();
    QCOMPARE(view->zoom(), ImageView::kMaxZoom); // bounded
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("zoomLevel"))->text().contains(QStringLiteral("1600")));
}

void TestUiWorkspaceImages::wheelZoomsAndDragPans()
{
    const QByteArray png = goodPng();
    ViewerFixture f(&png, 1, QSize(700, 600));
    ImageView *view = f.viewer.mainView();
    QTRY_VERIFY(view->hasImage());
    const double fit = view->zoom();
    const QPoint centre = view->viewport()->rect().center();
    QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->zoom(), fit * 1.25 * 1.25); // two notches
    view->setZoom(3.0);
    QApplication::processEvents();
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    const int before = view->verticalScrollBar()->value();
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(view->viewport(), centre + QPoint(0, 80));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre + QPoint(0, 80));
    QCOMPARE(view->verticalScrollBar()->value(), before - 80); // dragging down shows what was above
}

void TestUiWorkspaceImages::failedTileNeverShowsThePicture()
{
    EvidenceModel model;
    model.setCase(caseWithImages(1));
    QImage green(128, 80, QImage::Format_RGB32);
    green.fill(QColor(0, 255, 0));
    model.setThumbnail(QStringLiteral("E-1"), green);
    EvidenceTileDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.rect = QRect(QPoint(0, 0), delegate.sizeHint(option, model.index(0, 0)));
    auto greenPixels = [&] {
        QImage canvas(option.rect.size(), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        int count = 0;
        for (int y = 0; y < canvas.height(); ++y) {
            for (int x = 0; x < canvas.width(); ++x)
                count += canvas.pixel(x, y) == qRgb(0, 255, 0);
        }
        return count;
    };
    QVERIFY(greenPixels() > 1000); // the thumbnail is drawn...
    model.setIntegrity(QStringLiteral("E-1"), Integrity::Mismatch);
    QCOMPARE(greenPixels(), 0); // ...but never for a failed check
}

void TestUiWorkspaceImages::keyboardShortcuts()
{
    const QByteArray png = goodPng();
    ViewerFixture f(&png, 2);
    EvidenceViewer &viewer = f.viewer;
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
    QTRY_VERIFY(viewer.mainView()->hasImage());
    viewer.mainView()->setFocus();
    const double before = viewer.mainView()->zoom();
    QTest::keyClick(viewer.mainView(), Qt::Key_Plus);
    QCOMPARE(viewer.mainView()->zoom(), before * 1.25);
    QTest::keyClick(viewer.mainView(), Qt::Key_R);
    QCOMPARE(viewer.mainView()->rotation(), 90);
    QTest::keyClick(viewer.mainView(), Qt::Key_1);
    QCOMPARE(viewer.mainView()->zoom(), 1.0);
    QTest::keyClick(viewer.mainView(), Qt::Key_F);
    QVERIFY(viewer.mainView()->isFitting());
    QTest::keyClick(viewer.mainView(), Qt::Key_PageDown);
    QCOMPARE(viewer.currentId(), QStringLiteral("E-2"));
    QTest::keyClick(viewer.mainView(), Qt::Key_C);
    QVERIFY(viewer.isComparing());
    QVERIFY(viewer.compareView()->isVisible());
    for (QAction *action : viewer.viewerActions())
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
}

void TestUiWorkspaceImages::bytesArriveLater()
{
    EvidenceModel model;
    EvidenceViewer viewer;
    viewer.resize(900, 700);
    QByteArray stored; // nothing downloaded yet
    viewer.setBytesProvider([&stored](const QString &) { return stored; });
    QSignalSpy needed(&viewer, &EvidenceViewer::bytesNeeded);
    viewer.setEvidenceModel(&model);
    model.setCase(caseWithImages(1));
    viewer.show();
    QVERIFY(viewer.mainView()->placeholderReason().contains(QStringLiteral("Not downloaded")));
    QCOMPARE(needed.count(), 1); // asked once, for the thumbnail and the large view together
    QCOMPARE(needed.at(0).at(0).toString(), QStringLiteral("E-1"));

    model.setIntegrity(QStringLiteral("E-1"), Integrity::Verifying); // the store fetches them
    QVERIFY(viewer.mainView()->placeholderReason().contains(QStringLiteral("Downloading")));
    QCOMPARE(needed.count(), 1); // not asked again while they come

    stored = goodPng();
    viewer.reload(QStringLiteral("E-1"));
    QTRY_VERIFY(viewer.mainView()->hasImage());
    QTRY_VERIFY(!model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull());
    viewer.loader()->waitForDone();
}

void TestUiWorkspaceImages::verifiedBytesShowWithoutReload()
{
    // The store hands out bytes only once verified and then flips the integrity state.
    QByteArray stored;
    ViewerFixture f(&stored, 1);
    f.model.setIntegrity(QStringLiteral("E-1"), Integrity::Verifying);
    QVERIFY(!f.viewer.mainView()->hasImage());
    stored = goodPng();
    f.model.setIntegrity(QStringLiteral("E-1"), Integrity::Verified);
    QTRY_VERIFY(f.viewer.mainView()->hasImage());
    QTRY_VERIFY(!f.model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull());
}

void TestUiWorkspaceImages::compareSideBySide()
{
    const QByteArray png = goodPng();
    ViewerFixture f(&png, 3, QSize(1200, 700));
    EvidenceViewer &viewer = f.viewer;
    viewer.setCurrentId(QStringLiteral("E-3"));
    QVERIFY(!viewer.compareView()->isVisible());
    viewer.setComparing(true);
    QVERIFY(viewer.compareView()->isVisible());
    QCOMPARE(viewer.compareId(), QStringLiteral("E-1")); // the one seen before
    QTRY_VERIFY(viewer.compareView()->hasImage() && viewer.mainView()->hasImage());
    // Zoom applies to both, so the same detail lines up.
    viewer.findChild<QAction *>(QStringLiteral("actualSize"))->trigger();
    QCOMPARE(viewer.compareView()->zoom(), 1.0);
    QCOMPARE(viewer.mainView()->zoom(), 1.0);
    viewer.setCompareId(QStringLiteral("E-2"));
    QCOMPARE(viewer.compareId(), QStringLiteral("E-2"));
    viewer.setComparing(false);
    QVERIFY(!viewer.compareView()->isVisible());
}

void TestUiWorkspaceImages::nextAndPrevious()
{
    EvidenceModel model;
    EvidenceViewer viewer;
    viewer.setEvidenceModel(&model);
    model.setCase(caseWithImages(3));
    QSignalSpy selected(&viewer, &EvidenceViewer::evidenceSelected);
    QCOMPARE(viewer.currentId(), QStringLiteral("E-1"));
    viewer.next();
    viewer.next();
    viewer.next(); // stays on the last
    QCOMPARE(viewer.currentId(), QStringLiteral("E-3"));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.last().at(1).toDateTime(), QDateTime::fromString(QStringLiteral("2026-11-22T03:23:00+08:00"), Qt::ISODate));
    viewer.previous();
    QCOMPARE(viewer.currentId(), QStringLiteral("E-2"));
    model.clear();
    QVERIFY(viewer.currentId().isEmpty() || model.rowOf(viewer.currentId()) < 0);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("evidenceTitle"))->text(), QStringLiteral("No evidence in this case."));
    viewer.loader()->waitForDone();
}

QTEST_MAIN(TestUiWorkspaceImages)
#include "tst_ui_workspace_images.moc"
