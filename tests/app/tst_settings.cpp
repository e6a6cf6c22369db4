// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/savedgeometry.h"
#include "app/settingsknobs.h"
#include "models/flags/flagserverthread.h"
#include "models/trace/eventloopmonitor.h"
#include "models/trace/tracerecorder.h"
#include "widgets/codeview.h"
#include "widgets/timelinewidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

#include "../common/offscreenscreen.h"

using namespace Lab;

// What the window remembers between runs, in a settings file of the test's own: never the user's.
class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TraceRecorder m_recorder;
    std::unique_ptr<EventLoopMonitor> m_monitor;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    FlagServerThread m_flagServer;
    QString m_path;
    int m_files = 0;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(
            PageContext{&m_recorder, m_monitor.get(), 0.1, &m_flagServer, m_settings.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWindow()
    {
        m_window->close();
        m_window.reset();
    }

    // A value different from the knob's present one, of the knob's own kind.
    static void changeKnob(QWidget *knob)
    {
        if (auto *box = qobject_cast<QSpinBox *>(knob))
            box->setValue(box->value() == box->maximum() ? box->minimum() : box->value() + 1);
        else if (auto *box = qobject_cast<QDoubleSpinBox *>(knob))
            box->setValue(box->value() == box->maximum() ? box->minimum() : box->value() + box->singleStep());
        else if (auto *box = qobject_cast<QComboBox *>(knob))
            box->setCurrentIndex((box->currentIndex() + 1) % box->count());
        else if (auto *box = qobject_cast<QCheckBox *>(knob))
            box->setChecked(!box->isChecked());
        else if (auto *edit = qobject_cast<QLineEdit *>(knob))
            edit->setText(edit->text() + QLatin1String("x"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Belt and braces: even a default-constructed QSettings stays out of the user's files.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("default")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("default")));
    }

    void init()
    {
        m_monitor = std::make_unique<EventLoopMonitor>(&m_recorder);
        // A file of its own per test: QSettings caches files by name within the process.
        m_path = m_dir.filePath(QStringLiteral("lab-%1.ini").arg(++m_files));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_monitor.reset();
    }

    void knobValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("spin box") << "QSpinBox";
        QTest::newRow("double spin box") << "QDoubleSpinBox";
        QTest::newRow("combo box") << "QComboBox";
        QTest::newRow("check box") << "QCheckBox";
        QTest::newRow("line edit") << "QLineEdit";
        QTest::newRow("slider") << "QSlider";
    }

    // The generic part, on a widget of each kind, outside any page.
    void knobValuesRoundTrip()
    {
        QFETCH(QString, kind);
        std::unique_ptr<QWidget> knob;
        if (kind == QLatin1String("QSpinBox")) {
            auto *box = new QSpinBox;
            box->setRange(0, 100);
            box->setValue(42);
            knob.reset(box);
        } else if (kind == QLatin1String("QDoubleSpinBox")) {
            auto *box = new QDoubleSpinBox;
            box->setValue(2.75);
            knob.reset(box);
        } else if (kind == QLatin1String("QComboBox")) {
            auto *box = new QComboBox;
            box->addItem(QStringLiteral("one"), 10);
            box->addItem(QStringLiteral("two"), 20);
            box->setCurrentIndex(1);
            knob.reset(box);
        } else if (kind == QLatin1String("QCheckBox")) {
            auto *box = new QCheckBox;
            box->setChecked(true);
            knob.reset(box);
        } else if (kind == QLatin1String("QLineEdit")) {
            knob.reset(new QLineEdit(QStringLiteral("http://127.0.0.1:8001/flags")));
        } else {
            auto *slider = new QSlider;
            slider->setRange(0, 10);
            slider->setValue(7);
            knob.reset(slider);
        }
        const QVariant value = knobValue(knob.get());
        QVERIFY(value.isValid());
        m_settings->setValue(QStringLiteral("knob"), value);
        m_settings->sync();
        // As read back from the file: INI gives strings.
        const QVariant stored = QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("knob"));
        int changes = 0;
        onKnobChanged(knob.get(), this, [&changes] {
            ++changes;
        });
        changeKnob(knob.get());
        if (auto *slider = qobject_cast<QSlider *>(knob.get()))
            slider->setValue(1);
        QVERIFY(changes >= 1);
        QVERIFY(knobValue(knob.get()) != value);
        QVERIFY(setKnobValue(knob.get(), stored));
        QCOMPARE(knobValue(knob.get()).toString(), value.toString());
        QVERIFY(!setKnobValue(knob.get(), QVariant()));
    }

    void everythingRoundTrips()
    {
        // Every knob of every page changes; so do the zoom, the theme, the panels and the demo.
        QHash<QString, QList<QVariant>> changed;
        int knobs = 0;
        for (DemoPage *p : m_window->pages()) {
            QList<QVariant> values;
            for (QWidget *knob : p->knobs()) {
                const QVariant before = knobValue(knob);
                changeKnob(knob);
                QVERIFY2(knobValue(knob) != before, qPrintable(p->id() + QLatin1Char('/') + knob->accessibleName()));
                values.append(knobValue(knob));
                ++knobs;
            }
            changed.insert(p->id(), values);
        }
        QVERIFY(knobs >= 20);
        QVERIFY(m_window->page(QStringLiteral("countdown"))
                    ->knobs()
                    .contains(m_window->page(QStringLiteral("countdown"))->blockingSwitch()));
        QVERIFY(m_window->showDemo(QStringLiteral("flags")));
        m_window->setZoom(1.3);
        m_window->setTheme(Theme::Dark);
        m_window->setCodeVisible(false);
        m_window->setTimelineVisible(false);
        // Not the default size; clear of the minimum, which settles only as the zoomed pages lay out again.
        m_window->resize(std::max(m_window->minimumSizeHint().width() + 40, 1000), 700);
        const QSize size = m_window->size();
        closeWindow();

        openWindow();
        QCOMPARE(m_window->currentPage()->id(), QStringLiteral("flags"));
        for (DemoPage *p : m_window->pages()) {
            QList<QVariant> values;
            for (QWidget *knob : p->knobs())
                values.append(knobValue(knob));
            QCOMPARE(values, changed.value(p->id()));
        }
        QCOMPARE(m_window->zoom(), 1.3);
        QCOMPARE(m_window->theme(), Theme::Dark);
        QTRY_COMPARE(m_window->palette().color(QPalette::Window), themePalette(Theme::Dark).color(QPalette::Window));
        QVERIFY(!m_window->isCodeVisible());
        QVERIFY(!m_window->currentPage()->findChild<CodeView *>()->isVisible());
        QVERIFY(!m_window->timeline()->isVisible());
        QCOMPARE(m_window->size(), size);
        m_window->setTheme(Theme::System);
    }

    void knobsAreSavedAsTheyChange()
    {
        // A process that is killed never closes its window: a knob is written when it changes.
        DemoPage *countdown = m_window->page(QStringLiteral("countdown"));
        countdown->blockingSwitch()->setChecked(true);
        QSettings reader(m_path, QSettings::IniFormat);
        m_settings->sync();
        reader.sync();
        QVERIFY(reader
                    .value(QStringLiteral("demos/countdown/knobs/%1")
                               .arg(countdown->blockingSwitch()->objectName().isEmpty()
                                       ? QStringLiteral("knob0")
                                       : countdown->blockingSwitch()->objectName()))
                    .toBool());
    }

    void resetToDefaults()
    {
        // Defaults by page and place, so that a new window's knobs can be compared too.
        const auto knobsNow = [this] {
            QHash<QString, QStringList> values;
            for (DemoPage *p : m_window->pages()) {
                for (QWidget *knob : p->knobs())
                    values[p->id()].append(knobValue(knob).toString());
            }
            return values;
        };
        const QHash<QString, QStringList> defaults = knobsNow();
        for (DemoPage *p : m_window->pages()) {
            for (QWidget *knob : p->knobs())
                changeKnob(knob);
        }
        QVERIFY(knobsNow() != defaults);
        m_window->setZoom(1.6);
        m_window->setTheme(Theme::HighContrast);
        m_window->setCodeVisible(false);
        m_window->setTimelineVisible(false);
        m_window->saveSettings();
        QVERIFY(!m_settings->allKeys().isEmpty());

        m_window->resetToDefaults();
        QCOMPARE(knobsNow(), defaults);
        QCOMPARE(m_window->zoom(), 1.0);
        QCOMPARE(m_window->theme(), Theme::System);
        QVERIFY(m_window->isCodeVisible());
        QVERIFY(m_window->currentPage()->findChild<CodeView *>()->isVisible());
        QVERIFY(m_window->timeline()->isVisible());
        QVERIFY2(m_settings->allKeys().isEmpty(), qPrintable(m_settings->allKeys().join(u',')));

        // A new window starts from the defaults too.
        m_window.reset(); // not close(): that would save the (default) state again
        openWindow();
        QCOMPARE(knobsNow(), defaults);
        QCOMPARE(m_window->zoom(), 1.0);
        QCOMPARE(m_window->theme(), Theme::System);
    }

    // A damaged or hand-edited file: each bad value falls back to its default, and the default,
    // not the bad value, is what is saved on exit.
    void damagedValuesFallBack()
    {
        closeWindow();
        QByteArray geometry;
        {
            // QWidget::saveGeometry()'s layout, with rectangles two billion pixels wide.
            QDataStream stream(&geometry, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_4_0);
            const QRect huge(QPoint(-1'000'000'000, -1'000'000'000), QPoint(1'000'000'000, 1'000'000'000));
            stream << quint32(0x1D9D0CB) << quint16(3) << quint16(0) << huge << huge << qint32(0) << quint8(0)
                   << quint8(0) << qint32(1920) << huge;
        }
        m_settings->setValue(QStringLiteral("window/geometry"), geometry);
        m_settings->setValue(QStringLiteral("window/state"), QByteArray("\xff\x00garbage"));
        m_settings->setValue(QStringLiteral("window/splitter"), QByteArray(100, '\xff'));
        m_settings->setValue(QStringLiteral("view/zoom"), QStringLiteral("nan"));
        m_settings->setValue(QStringLiteral("view/theme"), QStringLiteral("\x1b[2J"));
        m_settings->setValue(QStringLiteral("demo"), QString(100000, u'x'));
        // Every knob of every page gets a value no knob can hold.
        QStringList knobKeys;
        QStringList textKnobKeys; // "nan" is a fine text
        {
            openWindow();
            for (DemoPage *demo : m_window->pages()) {
                const QList<QWidget *> knobs = demo->knobs();
                for (int i = 0; i < knobs.size(); ++i) {
                    const QString key = knobs.at(i)->objectName().isEmpty() ? QStringLiteral("knob%1").arg(i)
                                                                            : knobs.at(i)->objectName();
                    knobKeys << QStringLiteral("demos/%1/knobs/%2").arg(demo->id(), key);
                    if (qobject_cast<QLineEdit *>(knobs.at(i)))
                        textKnobKeys << knobKeys.constLast();
                }
            }
            m_window->hide();
            m_window.reset(); // no saveSettings(): the damage stays in the file
        }
        for (const QString &key : std::as_const(knobKeys))
            m_settings->setValue(key, knobKeys.indexOf(key) % 2 ? QString(100000, u'9') : QStringLiteral("nan"));
        m_settings->sync();

        openWindow();
        const QRect screen = m_window->screen()->availableGeometry();
        QVERIFY2(m_window->width() <= screen.width() && m_window->height() <= screen.height(),
            qPrintable(QStringLiteral("%1 x %2").arg(m_window->width()).arg(m_window->height())));
        QCOMPARE(m_window->zoom(), 1.0);
        QVERIFY(std::isfinite(m_window->font().pointSizeF()) && m_window->font().pointSizeF() > 0);
        for (DemoPage *demo : m_window->pages()) {
            for (QWidget *knob : demo->knobs()) {
                if (auto *box = qobject_cast<QDoubleSpinBox *>(knob))
                    QVERIFY2(std::isfinite(box->value()), qPrintable(demo->id()));
                if (auto *edit = qobject_cast<QLineEdit *>(knob))
                    QVERIFY2(edit->text().size() < 100000, qPrintable(demo->id()));
            }
        }
        closeWindow();
        QCOMPARE(m_settings->value(QStringLiteral("view/zoom")).toDouble(), 1.0);
        QVERIFY(savedGeometryFits(
            m_settings->value(QStringLiteral("window/geometry")).toByteArray(), availableScreenGeometries()));
        for (const QString &key : std::as_const(knobKeys)) {
            const QString value = m_settings->value(key).toString();
            QVERIFY2(value.size() < 100000, qPrintable(key));
            if (!textKnobKeys.contains(key))
                QVERIFY2(value != QLatin1String("nan"), qPrintable(key));
        }
        openWindow();
    }

    void commandLineWinsOverSettings()
    {
        // The real program, with its settings in a folder of ours: the stored demo is plates,
        // the command line asks for countdown, and countdown runs.
        QTemporaryDir config;
        {
            QSettings stored(
                config.filePath(QStringLiteral("Concurrency Lab/concurrency-lab.conf")), QSettings::IniFormat);
            stored.setValue(QStringLiteral("demo"), QStringLiteral("plates"));
            stored.setValue(QStringLiteral("view/zoom"), 1.4);
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LAB_BINARY),
            {QStringLiteral("--demo"), QStringLiteral("countdown"), QStringLiteral("--time-scale"),
                QStringLiteral("0.02"), QStringLiteral("--run"), QStringLiteral("--quit-after-run")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(app.readAllStandardOutput().startsWith("countdown: total"), qPrintable(app.readAllStandardError()));
        QSettings after(config.filePath(QStringLiteral("Concurrency Lab/concurrency-lab.conf")), QSettings::IniFormat);
        QCOMPARE(after.value(QStringLiteral("demo")).toString(), QStringLiteral("countdown"));
        QCOMPARE(after.value(QStringLiteral("view/zoom")).toDouble(), 1.4);
    }
};

// A 1280 x 1024 screen: the window is wider than the offscreen platform's own 800 px, and a saved
// geometry must fit the screen to be restored.
int main(int argc, char **argv)
{
    return Lab::execOnScreen<TestSettings>(argc, argv, 1280, 1024);
}
#include "tst_settings.moc"
