// The journeys page: the map of each journey with its pain points, cards
// laid out without overlapping, its export and the touchpoint up close; and
// every edit of the map one undoable step.

#include "core/journeys/journeyrepository.h"
#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionspage.h"
#include "ui/journeys/journeymapview.h"
#include "ui/journeys/journeypage.h"
#include "ui/journeys/touchpointview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/querymodel.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace cx;

class TestJourneysPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    // The map of each journey: the sample's weak touchpoints are pain points,
    // cards sit in their stage's column and channel's lane without overlapping,
    // and a double-click opens the touchpoint's interactions.
    void journeyMapMarksPainPoints()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.resize(1280, 800);
        w.show();
        w.showPage(QStringLiteral("journeys"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        QVERIFY(page);
        QCOMPARE(page->list()->topLevelItemCount(), 3);
        auto pains = [&] {
            QStringList names;
            for (const MapCard& c : page->mapView()->map().cards)
                if (c.painPoint)
                    names << c.touchpoint.name;
            return names;
        };
        page->list()->setCurrentItem(page->list()->topLevelItem(1)); // ordering online
        QVERIFY2(pains().contains(QStringLiteral("Home delivery")),
                 qPrintable(pains().join(QLatin1Char(','))));
        QVERIFY(!pains().contains(QStringLiteral("Web shop order")));
        page->list()->setCurrentItem(page->list()->topLevelItem(2)); // cakes
        QVERIFY2(!pains().contains(QStringLiteral("Cake collection")),
                 qPrintable(pains().join(QLatin1Char(','))));

        const JourneyMap& map = page->mapView()->map();
        QVector<QRectF> rects;
        for (const MapCard& c : map.cards) {
            const QRectF r = page->mapView()->cardRect(c.touchpoint.id);
            QVERIFY(!r.isNull());
            QVERIFY(QRectF(QPointF(0, 0), page->mapView()->drawingSize()).contains(r));
            for (const QRectF& other : std::as_const(rects))
                QVERIFY(!other.intersects(r));
            rects << r;
        }
        // Cards of a later stage lie further right.
        const MapCard& first = map.cards.first();
        const MapCard& last = map.cards.last();
        QVERIFY(map.stageIndex(first.touchpoint.stageId) < map.stageIndex(last.touchpoint.stageId));
        QVERIFY(page->mapView()->cardRect(first.touchpoint.id).left() <
                page->mapView()->cardRect(last.touchpoint.id).left());

        // Export: a PNG at twice the drawing's pixels, an SVG with the cards' text, one landscape
        // PDF page.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->mapView()->exportTo(dir.filePath(QStringLiteral("map.png")),
                                           page->mapTitle(), &error),
                 qPrintable(error));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("map.png"))).size(),
                 page->mapView()->drawingSize() * 2);
        QVERIFY2(page->mapView()->exportTo(dir.filePath(QStringLiteral("map.svg")),
                                           page->mapTitle(), &error),
                 qPrintable(error));
        QFile svg(dir.filePath(QStringLiteral("map.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains(last.touchpoint.name.toUtf8()));
        QVERIFY2(page->mapView()->exportTo(dir.filePath(QStringLiteral("map.pdf")),
                                           page->mapTitle(), &error),
                 qPrintable(error));
        QFile pdf(dir.filePath(QStringLiteral("map.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY(pdfBytes.contains("/Count 1"));
        // Owner-only, like every file CX Desk writes.
        for (const char* name : {"map.png", "map.svg", "map.pdf"})
            QVERIFY2((QFileInfo(dir.filePath(QLatin1String(name))).permissions() &
                      (QFileDevice::ReadGroup | QFileDevice::ReadOther)) ==
                         QFileDevice::Permissions(),
                     name);
        QVERIFY(!page->mapView()->exportTo(dir.filePath(QStringLiteral("map.doc")),
                                           page->mapTitle(), &error));
        QVERIFY2(error.contains(QLatin1String(".png, .svg or .pdf")), qPrintable(error));

        const QPointF centre = page->mapView()->cardRect(last.touchpoint.id).center();
        QTest::mouseDClick(page->mapView(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        // The card up close: its numbers, every interaction and answer of the period, the trend.
        QVERIFY(page->isTouchpointShown());
        TouchpointView* detail = page->touchpointView();
        QCOMPARE(detail->title()->text(), last.touchpoint.name);
        while (detail->interactions()->canFetchMore())
            detail->interactions()->fetchMore();
        QCOMPARE(qint64(detail->interactions()->rowCount()), last.interactions);
        while (detail->answers()->canFetchMore())
            detail->answers()->fetchMore();
        QCOMPARE(
            detail->answers()->rowCount(),
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                         "WHERE r.touchpoint_id = %1")
                         .arg(last.touchpoint.id))
                .toInt());
        QVERIFY(detail->answers()->rowCount() > 0);
        QTest::keyClick(detail, Qt::Key_Escape);
        QVERIFY(!page->isTouchpointShown());
        QVERIFY(page->openTouchpoint(last.touchpoint.id));
        QPushButton* open = nullptr;
        for (QPushButton* b : detail->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Open in Interactions"))
                open = b;
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(w.currentPage(), QStringLiteral("interactions"));
        auto* interactions =
            qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QCOMPARE(interactions->touchpointFilter(), last.touchpoint.id);
    }

    // Every edit of the map is one undoable step, and a delete keeps the records.
    void journeyEditsAreUndoable()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 100, 1500));
        MainWindow w(t.db());
        w.resize(1280, 800);
        w.show();
        w.showPage(QStringLiteral("journeys"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        QUndoStack* undo = w.findChild<QUndoStack*>();
        QVERIFY(undo);
        QStringList refused; // undo and redo are never refused here
        w.undoStack()->setWarn([&](const QString& title, const QString& message) {
            refused << title + QStringLiteral(": ") + message;
        });
        auto stageNames = [&] {
            QStringList out;
            for (const MapStage& s : page->mapView()->map().stages)
                out << s.stage.name;
            return out;
        };

        // A journey from a template; undo takes it away, redo brings back the same one.
        QVERIFY(page->createJourney(QStringLiteral("restaurant-visit"), QStringLiteral("Dinner")));
        QCOMPARE(page->list()->topLevelItemCount(), 4);
        const qint64 dinner = page->currentJourney();
        QCOMPARE(page->mapView()->map().journey.name, QStringLiteral("Dinner"));
        QCOMPARE(stageNames(), (QStringList{"Discover", "Book", "Eat", "Pay", "Come back"}));
        undo->undo();
        QCOMPARE(page->list()->topLevelItemCount(), 3);
        undo->redo();
        QCOMPARE(page->list()->topLevelItemCount(), 4);
        page->showJourney(dinner);
        QCOMPARE(page->currentJourney(), dinner);

        // Stages: add after "Book", move it, rename it; each undone in turn.
        Stage wait;
        wait.journeyId = dinner;
        wait.name = QStringLiteral("Wait");
        wait.lifecyclePhase = QStringLiteral("fulfil");
        wait.position = 2;
        QVERIFY(page->addStage(wait));
        QCOMPARE(stageNames(),
                 (QStringList{"Discover", "Book", "Wait", "Eat", "Pay", "Come back"}));
        const qint64 waitId = page->mapView()->map().stages[2].stage.id;
        QVERIFY(page->moveStage(waitId, 1));
        QCOMPARE(stageNames(),
                 (QStringList{"Discover", "Book", "Eat", "Wait", "Pay", "Come back"}));
        Stage renamed = page->mapView()->map().stages[3].stage;
        renamed.name = QStringLiteral("Dessert");
        renamed.expectedEmotion = 1.5;
        QVERIFY(page->changeStage(renamed));
        QCOMPARE(stageNames()[3], QStringLiteral("Dessert"));
        QCOMPARE(page->mapView()->map().stages[3].stage.expectedEmotion,
                 std::optional<double>(1.5));
        undo->undo();
        QCOMPARE(stageNames()[3], QStringLiteral("Wait"));
        undo->undo();
        QCOMPARE(stageNames(),
                 (QStringList{"Discover", "Book", "Wait", "Eat", "Pay", "Come back"}));
        undo->undo();
        QCOMPARE(stageNames(), (QStringList{"Discover", "Book", "Eat", "Pay", "Come back"}));
        QString gone;
        page->setWarn([&](const QString&, const QString& message) { gone = message; });
        QVERIFY(!page->changeStage(Stage{
            waitId, dinner, QStringLiteral("Gone"), 0, {}, std::nullopt, 1, {}})); // undone: not
                                                                                   // there
        QCOMPARE(gone, QStringLiteral("The change was not saved: the stage “Gone” was deleted in "
                                      "another window or program."));
        QCOMPARE(refused, QStringList());

        // A touchpoint with data: moved by dragging its card to another cell, then deleted and
        // restored.
        page->list()->setCurrentItem(page->list()->topLevelItem(0)); // the shop visit
        const JourneyMap shop = page->mapView()->map();
        const MapCard* counter = nullptr;
        for (const MapCard& c : shop.cards)
            if (c.touchpoint.name == QLatin1String("Counter order"))
                counter = &c;
        QVERIFY(counter);
        const qint64 counterId = counter->touchpoint.id;
        const qint64 interactions = counter->interactions;
        QVERIFY(interactions > 0);
        const qint64 targetStage = shop.stages.last().stage.id;
        const QPointF from = page->mapView()->cardRect(counterId).center();
        const QPointF to(
            page->mapView()->cardRect(counterId).center().x() +
                (shop.stages.size() - 1 - shop.stageIndex(counter->touchpoint.stageId)) *
                    page->mapView()->cardRect(counterId).width() +
                20 * (shop.stages.size() - 1 - shop.stageIndex(counter->touchpoint.stageId)),
            from.y());
        qint64 dropStage = 0, dropChannel = 0;
        QVERIFY(page->mapView()->cellAt(to, &dropStage, &dropChannel));
        QCOMPARE(dropStage, targetStage);
        QTest::mousePress(page->mapView(), Qt::LeftButton, Qt::NoModifier, from.toPoint());
        QMouseEvent move(QEvent::MouseMove, to, page->mapView()->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page->mapView(), &move);
        QTest::mouseRelease(page->mapView(), Qt::LeftButton, Qt::NoModifier, to.toPoint());
        QCOMPARE(JourneyRepository(t.sql()).touchpoint(counterId)->stageId, targetStage);
        undo->undo();
        QCOMPARE(JourneyRepository(t.sql()).touchpoint(counterId)->stageId,
                 counter->touchpoint.stageId);

        QString asked;
        page->setConfirm([&](const QString& q) {
            asked = q;
            return true;
        });
        QVERIFY(page->deleteTouchpoint(counterId));
        QVERIFY2(asked.contains(QLocale().toString(interactions) + QStringLiteral(" interactions")),
                 qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("stay, without a touchpoint")));
        QVERIFY(!JourneyRepository(t.sql()).touchpoint(counterId));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE touchpoint_id = %1")
                         .arg(counterId))
                .toInt(),
            0);
        undo->undo();
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE touchpoint_id = %1")
                         .arg(counterId))
                .toLongLong(),
            interactions);
        bool found = false;
        for (const MapCard& c : page->mapView()->map().cards)
            found |= c.touchpoint.id == counterId && c.interactions == interactions;
        QVERIFY(found);

        // A refusal changes nothing.
        page->setConfirm([](const QString&) { return false; });
        QVERIFY(!page->deleteStage(shop.stages.first().stage.id));
        QCOMPARE(page->mapView()->map().stages.size(), shop.stages.size());

        // A new touchpoint, its target and owner, then the persona; each undone.
        Touchpoint added;
        added.stageId = shop.stages.first().stage.id;
        added.channelId = shop.lanes.first().id;
        added.name = QStringLiteral("Street sign");
        QVERIFY(page->addTouchpoint(added));
        const auto cardNamed = [&](const QString& name) -> std::optional<MapCard> {
            for (const MapCard& c : page->mapView()->map().cards)
                if (c.touchpoint.name == name)
                    return c;
            return std::nullopt;
        };
        QVERIFY(cardNamed(QStringLiteral("Street sign")));
        Touchpoint sign = cardNamed(QStringLiteral("Street sign"))->touchpoint;
        sign.target = 4.5;
        sign.owner = QStringLiteral("Sam");
        QVERIFY(page->changeTouchpoint(sign));
        QCOMPARE(cardNamed(QStringLiteral("Street sign"))->target(), 4.5);
        sign = cardNamed(QStringLiteral("Street sign"))->touchpoint; // as stored now
        sign.target = 7; // off the scale: refused, said why, and nothing is left in the history
        const int steps = undo->count();
        QString warned;
        page->setWarn([&](const QString&, const QString& message) { warned = message; });
        QVERIFY(!page->changeTouchpoint(sign));
        QCOMPARE(undo->count(), steps);
        QVERIFY2(warned.contains(QLatin1String("1-5")), qPrintable(warned));
        undo->undo();
        QVERIFY(!cardNamed(QStringLiteral("Street sign"))->touchpoint.target);
        undo->undo();
        QVERIFY(!cardNamed(QStringLiteral("Street sign")));
        Journey persona = page->mapView()->map().journey;
        persona.personaGoals = QStringLiteral("A seat by the window");
        QVERIFY(page->changeJourney(persona));
        QCOMPARE(page->mapView()->map().journey.personaGoals,
                 QStringLiteral("A seat by the window"));
        undo->undo();
        QVERIFY(page->mapView()->map().journey.personaGoals !=
                QStringLiteral("A seat by the window"));

        // Deleting a stage, then the whole journey; undo brings each back with its links.
        page->setConfirm([](const QString&) { return true; });
        const qint64 links =
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM interactions WHERE touchpoint_id IS NOT NULL"))
                .toLongLong();
        QVERIFY(page->deleteStage(shop.stages.first().stage.id));
        QCOMPARE(page->mapView()->map().stages.size(), shop.stages.size() - 1);
        undo->undo();
        QCOMPARE(page->mapView()->map().stages.size(), shop.stages.size());
        QVERIFY(page->deleteJourney(shop.journey.id));
        QCOMPARE(page->list()->topLevelItemCount(), 3); // of four, with Dinner
        QVERIFY(t.scalar(QStringLiteral(
                             "SELECT count(*) FROM interactions WHERE touchpoint_id IS NOT NULL"))
                    .toLongLong() < links);
        undo->undo();
        QCOMPARE(page->list()->topLevelItemCount(), 4);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT count(*) FROM interactions WHERE touchpoint_id IS NOT NULL"))
                     .toLongLong(),
                 links);
        QCOMPARE(refused, QStringList());
    }
};

QTEST_MAIN(TestJourneysPage)
#include "tst_journeypage.moc"
