// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/coros/exercisecoroutines.h"
#include "models/coros/handcoroutine.h"
#include "models/coros/handexercise.h"

#include <QFile>
#include <QTest>

#include <stdexcept>

#include "tests/common/alive.h"

using namespace Lab;

namespace {

// The 1-based line of the one line of models/coros/<file> that contains @p text: the line
// numbers a test expects come from the source itself, as source_location's do.
int lineOf(const QString &file, const QString &text)
{
    QFile source(QStringLiteral(LAB_SOURCE_DIR "/models/coros/") + file);
    if (!source.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    int found = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text) && !lines[i].trimmed().startsWith(QLatin1String("//")))
            found = found == -1 ? i + 1 : -2; // -2: not unique
    }
    return found;
}

int exerciseLine(const char *text)
{
    return lineOf(QStringLiteral("exercisecoroutines.cpp"), QString::fromUtf8(text));
}

HandCoroutine<void> innerAlive(int *alive)
{
    Alive guard(alive);
    co_await handOut(1);
    co_await handOut(2);
}

HandCoroutine<void> outerAlive(int *alive)
{
    Alive guard(alive);
    co_await innerAlive(alive);
}

HandCoroutine<int> innerThrows()
{
    co_await handOut(1);
    throw std::runtime_error("boom");
}

HandCoroutine<int> outerOfThrowing()
{
    const int value = co_await innerThrows();
    co_return value + 1;
}

HandCoroutine<void> resumesItself(HandCoroutineBase *self, CoroStep *seen)
{
    *seen = self->resume();
    co_return;
}

HandCoroutine<void> awaitsCoroutine(HandCoroutine<void> *inner)
{
    co_await std::move(*inner);
}

HandCoroutine<QString> echo()
{
    const CoroValue first = co_await handOut(QStringLiteral("ready"));
    co_return QStringLiteral("got %1").arg(first.toString());
}

} // namespace

class TestHandCoroutines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sourceLinesAreFound();
    void exercise_data();
    void exercise();
    void scriptMatchesTheLab_data();
    void scriptMatchesTheLab();
    void chainShowsEveryFrame();
    void typedResult();
    void sendBeforeStartIsRefused();
    void resumeFinishedIsAnErrorNotUndefinedBehaviour();
    void resumeWhileRunningIsRefused();
    void awaitingACoroutineResumedByHandIsAnError();
    void exceptionEndsTheCoroutine();
    void destroyingASuspendedCoroutineFreesTheChain();
    void destroyingANotStartedCoroutineRunsNothing();
    void movedFromCoroutineIsEmpty();
    void resetStartsAgain();
    void formatValue_data();
    void formatValue();
};

void TestHandCoroutines::sourceLinesAreFound()
{
    // If one of these moves or is reworded, the expectations below need the new text.
    for (const char *text :
        {"co_await handOut(42);", "co_await handOut42();", "co_await handOut(i);", "co_await oneTwoThree();",
            "handOut(QStringLiteral(\"Primed!\"))", "handOut(n * 10)", "co_return co_await times10(terms);"})
        QVERIFY2(exerciseLine(text) > 0, text);
}

void TestHandCoroutines::exercise_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QStringList>("texts"); // the log, one line per step of the lab's script
    QTest::addColumn<QList<int>>("lines"); // the suspended line after each step, 0 if not suspended
    QTest::addColumn<QStringList>("states"); // the state text after each step

    const int at42 = exerciseLine("co_await handOut(42);");
    QTest::newRow("1: 42 passes through, then finished, then refused")
        << 1
        << QStringList{"resume() -> 42", "resume() -> finished",
               "resume() on a finished coroutine: error: cannot resume a finished coroutine"}
        << QList<int>{at42, 0, 0}
        << QStringList{QStringLiteral("suspended at line %1").arg(at42), "finished", "finished"};

    const int atI = exerciseLine("co_await handOut(i);");
    const QString suspendedAtI = QStringLiteral("suspended at line %1").arg(atI);
    QTest::newRow("2: 1, 2, 3, finished, refused")
        << 2
        << QStringList{"resume() -> 1", "resume() -> 2", "resume() -> 3", "resume() -> finished",
               "resume() on a finished coroutine: error: cannot resume a finished coroutine"}
        << QList<int>{atI, atI, atI, 0, 0}
        << QStringList{suspendedAtI, suspendedAtI, suspendedAtI, "finished", "finished"};

    const int atPrimed = exerciseLine("handOut(QStringLiteral(\"Primed!\"))");
    const int atTimes10 = exerciseLine("handOut(n * 10)");
    const QString suspendedAtTimes10 = QStringLiteral("suspended at line %1").arg(atTimes10);
    QTest::newRow("3: primed, 50, 60, 70, returned 80")
        << 3
        << QStringList{"resume() -> \"Primed!\"", "send(5) -> 50", "send(6) -> 60", "send(7) -> 70",
               "send(8) -> finished, returned 80"}
        << QList<int>{atPrimed, atTimes10, atTimes10, atTimes10, 0}
        << QStringList{QStringLiteral("suspended at line %1").arg(atPrimed), suspendedAtTimes10, suspendedAtTimes10,
               suspendedAtTimes10, "finished, returned 80"};
}

void TestHandCoroutines::exercise()
{
    QFETCH(int, number);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, states);

    HandExercise exercise(number);
    QCOMPARE(exercise.stateText(), QStringLiteral("not started"));
    QVERIFY(!exercise.started());
    QCOMPARE(exercise.state().line(), 0);
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY(!exercise.scriptDone());
        const CoroLogEntry &entry = exercise.stepScript();
        QCOMPARE(entry.text(), texts[i]);
        QCOMPARE(entry.state.line(), lines[i]);
        QCOMPARE(exercise.state().line(), lines[i]);
        QCOMPARE(exercise.stateText(), states[i]);
    }
    QVERIFY(exercise.scriptDone());
    QVERIFY(exercise.done());
    QCOMPARE(int(exercise.log().size()), texts.size());
}

void TestHandCoroutines::scriptMatchesTheLab_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QList<CoroValue>>("script");
    QTest::newRow("1") << 1 << QList<CoroValue>{{}, {}, {}};
    QTest::newRow("2") << 2 << QList<CoroValue>{{}, {}, {}, {}, {}};
    QTest::newRow("3") << 3 << QList<CoroValue>{{}, 5, 6, 7, 8};
}

void TestHandCoroutines::scriptMatchesTheLab()
{
    QFETCH(int, number);
    QFETCH(QList<CoroValue>, script);
    const HandExercise exercise(number);
    QCOMPARE(exercise.script(), script);
    QCOMPARE(exercise.snippetName(), QStringLiteral("exercise%1").arg(number));
    QVERIFY(!exercise.title().isEmpty());
}

void TestHandCoroutines::chainShowsEveryFrame()
{
    HandCoroutine<int> coroutine = delegatingTimes10(3);
    QVERIFY(coroutine.resume().handedOut());
    const CoroState state = coroutine.state();
    QCOMPARE(state.status, CoroStatus::Suspended);
    QCOMPARE(state.frames.size(), 2);
    QCOMPARE(state.frames[0].function, QStringLiteral("delegatingTimes10"));
    QCOMPARE(state.frames[0].line, exerciseLine("co_return co_await times10(terms);"));
    QCOMPARE(state.frames[1].function, QStringLiteral("times10"));
    QCOMPARE(state.frames[1].line, exerciseLine("handOut(QStringLiteral(\"Primed!\"))"));
    QCOMPARE(state.chainText(),
        QStringLiteral("times10 at line %1, awaited by delegatingTimes10 at line %2")
            .arg(state.frames[1].line)
            .arg(state.frames[0].line));

    // After a resume the names still come out right (GCC names the resumed frame's function differently).
    QCOMPARE(coroutine.send(5).value, CoroValue(50));
    QCOMPARE(coroutine.state().frames[1].function, QStringLiteral("times10"));
    QCOMPARE(coroutine.state().frames[1].line, exerciseLine("handOut(n * 10)"));
}

void TestHandCoroutines::typedResult()
{
    HandCoroutine<int> coroutine = delegatingTimes10(1);
    QVERIFY(!coroutine.result());
    QCOMPARE(coroutine.resume().value, CoroValue(QStringLiteral("Primed!")));
    QCOMPARE(coroutine.send(4).value, CoroValue(40));
    const CoroStep last = coroutine.send(9);
    QVERIFY(last.returned());
    QCOMPARE(last.value, CoroValue(90));
    QCOMPARE(coroutine.result(), std::optional<int>(90));
    QCOMPARE(coroutine.returnedValue(), CoroValue(90));

    HandCoroutine<QString> text = echo();
    QCOMPARE(text.resume().value, CoroValue(QStringLiteral("ready")));
    QCOMPARE(text.send(QStringLiteral("hello")).value, CoroValue(QStringLiteral("got hello")));
    QCOMPARE(text.result(), std::optional<QString>(QStringLiteral("got hello")));
}

void TestHandCoroutines::sendBeforeStartIsRefused()
{
    HandExercise exercise(3);
    const CoroLogEntry &refused = exercise.send(5);
    QVERIFY(refused.step.failed());
    QCOMPARE(refused.text(),
        QStringLiteral("send(5) -> error: cannot send a value to a coroutine that has not started: resume() it first"));
    QCOMPARE(exercise.stateText(), QStringLiteral("not started"));
    // Nothing ran: priming still gives the first value.
    QCOMPARE(exercise.resume().text(), QStringLiteral("resume() -> \"Primed!\""));
}

void TestHandCoroutines::resumeFinishedIsAnErrorNotUndefinedBehaviour()
{
    HandCoroutine<void> coroutine = delegatingTo42();
    QCOMPARE(coroutine.resume().value, CoroValue(42));
    const CoroStep end = coroutine.resume();
    QVERIFY(end.returned());
    QVERIFY(!end.value.isValid());
    QVERIFY(coroutine.done());
    // Many times over: each one is refused, none touches the finished frame.
    for (int i = 0; i < 3; ++i) {
        const CoroStep again = coroutine.send(i);
        QVERIFY(again.failed());
        QCOMPARE(again.error, QStringLiteral("cannot resume a finished coroutine"));
        QCOMPARE(coroutine.state().status, CoroStatus::Finished);
    }
}

void TestHandCoroutines::resumeWhileRunningIsRefused()
{
    HandCoroutineBase coroutine;
    CoroStep seen;
    coroutine = resumesItself(&coroutine, &seen);
    QVERIFY(coroutine.resume().returned());
    QVERIFY(seen.failed());
    QCOMPARE(seen.error, QStringLiteral("cannot resume a coroutine that is already running"));
}

void TestHandCoroutines::awaitingACoroutineResumedByHandIsAnError()
{
    HandCoroutine<void> inner = delegatingTo42();
    QCOMPARE(inner.resume().value, CoroValue(42));
    HandCoroutine<void> outer = awaitsCoroutine(&inner);
    const CoroStep step = outer.resume();
    QVERIFY(step.failed());
    QVERIFY2(step.error.contains(QLatin1String("already resumed by hand")), qPrintable(step.error));
    QVERIFY(outer.done());
    // The inner one is untouched and can still be driven by hand.
    QVERIFY(inner.resume().returned());
}

void TestHandCoroutines::exceptionEndsTheCoroutine()
{
    HandCoroutine<int> coroutine = outerOfThrowing();
    QCOMPARE(coroutine.resume().value, CoroValue(1));
    const CoroStep thrown = coroutine.resume();
    QVERIFY(thrown.failed());
    QCOMPARE(thrown.error, QStringLiteral("the coroutine threw: boom"));
    QVERIFY(coroutine.done());
    QVERIFY(!coroutine.returnedValue().isValid());
    QCOMPARE(coroutine.resume().error, QStringLiteral("cannot resume a finished coroutine"));
}

void TestHandCoroutines::destroyingASuspendedCoroutineFreesTheChain()
{
    int alive = 0;
    {
        HandCoroutine<void> coroutine = outerAlive(&alive);
        QCOMPARE(alive, 0); // lazily started: no frame has run a line yet
        QCOMPARE(coroutine.resume().value, CoroValue(1));
        QCOMPARE(alive, 2); // both frames suspended, each holding its guard
        QCOMPARE(coroutine.state().frames.size(), 2);
    }
    QCOMPARE(alive, 0); // destroying the outer frame destroyed the inner one too

    // Moving a new coroutine in destroys the old suspended one as well.
    HandCoroutineBase slot = outerAlive(&alive);
    QVERIFY(slot.resume().handedOut());
    QCOMPARE(alive, 2);
    slot = delegatingTo42();
    QCOMPARE(alive, 0);
}

void TestHandCoroutines::destroyingANotStartedCoroutineRunsNothing()
{
    int alive = 0;
    {
        const HandCoroutine<void> coroutine = outerAlive(&alive);
        QCOMPARE(coroutine.state().status, CoroStatus::NotStarted);
    }
    QCOMPARE(alive, 0);
}

void TestHandCoroutines::movedFromCoroutineIsEmpty()
{
    HandCoroutine<void> original = delegatingTo42();
    HandCoroutineBase moved = std::move(original);
    QVERIFY(!original.isValid()); // NOLINT(bugprone-use-after-move): that is the point
    QCOMPARE(original.resume().error, QStringLiteral("there is no coroutine"));
    QCOMPARE(moved.resume().value, CoroValue(42));
}

void TestHandCoroutines::resetStartsAgain()
{
    HandExercise exercise(2);
    while (!exercise.scriptDone())
        exercise.stepScript();
    QVERIFY(exercise.done());
    exercise.reset();
    QVERIFY(exercise.log().empty());
    QCOMPARE(exercise.stateText(), QStringLiteral("not started"));
    QCOMPARE(exercise.stepScript().text(), QStringLiteral("resume() -> 1"));
}

void TestHandCoroutines::formatValue_data()
{
    QTest::addColumn<CoroValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << CoroValue() << "nothing";
    QTest::newRow("int") << CoroValue(42) << "42";
    QTest::newRow("double") << CoroValue(2.5) << "2.5";
    QTest::newRow("string") << CoroValue(QStringLiteral("Primed!")) << "\"Primed!\"";
}

void TestHandCoroutines::formatValue()
{
    QFETCH(CoroValue, value);
    QFETCH(QString, text);
    QCOMPARE(formatCoroValue(value), text);
}

QTEST_GUILESS_MAIN(TestHandCoroutines)
#include "tst_handcoroutines.moc"
