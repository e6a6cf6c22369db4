// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/settingsknobs.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

namespace Lab {

namespace {
// A line edit's text from the settings: a URL or a name, never megabytes.
constexpr qsizetype MaxKnobText = 2048;

bool hasItemData(const QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i).isValid())
            return true;
    }
    return false;
}
} // namespace

QVariant knobValue(const QWidget *knob)
{
    if (const auto *box = qobject_cast<const QSpinBox *>(knob))
        return box->value();
    if (const auto *box = qobject_cast<const QDoubleSpinBox *>(knob))
        return box->value();
    if (const auto *box = qobject_cast<const QComboBox *>(knob)) {
        if (box->currentIndex() < 0)
            return {};
        // Data survives a reordering or a translation of the items; an index is the fallback.
        return hasItemData(box) ? QVariant(box->currentData().toString()) : QVariant(box->currentIndex());
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(knob); button && button->isCheckable())
        return button->isChecked();
    if (const auto *edit = qobject_cast<const QLineEdit *>(knob))
        return edit->text();
    if (const auto *slider = qobject_cast<const QAbstractSlider *>(knob))
        return slider->value();
    return {};
}

bool setKnobValue(QWidget *knob, const QVariant &value)
{
    if (!value.isValid())
        return false;
    bool ok = false;
    if (auto *box = qobject_cast<QSpinBox *>(knob)) {
        const int number = value.toInt(&ok);
        if (ok)
            box->setValue(number);
    } else if (auto *box = qobject_cast<QDoubleSpinBox *>(knob)) {
        const double number = value.toDouble(&ok);
        ok = ok && std::isfinite(number); // a NaN would stick: every comparison with it is false
        if (ok)
            box->setValue(number);
    } else if (auto *box = qobject_cast<QComboBox *>(knob)) {
        int index = -1;
        if (hasItemData(box)) {
            for (int i = 0; i < box->count() && index < 0; ++i) {
                if (box->itemData(i).toString() == value.toString())
                    index = i;
            }
        } else {
            index = value.toInt(&ok);
        }
        ok = index >= 0 && index < box->count();
        if (ok)
            box->setCurrentIndex(index);
    } else if (auto *button = qobject_cast<QAbstractButton *>(knob); button && button->isCheckable()) {
        ok = true;
        button->setChecked(value.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(knob)) {
        const QString text = value.toString();
        ok = text.size() <= MaxKnobText && !text.contains(u'\n');
        if (ok)
            edit->setText(text);
    } else if (auto *slider = qobject_cast<QAbstractSlider *>(knob)) {
        const int number = value.toInt(&ok);
        if (ok)
            slider->setValue(number);
    }
    return ok;
}

void onKnobChanged(QWidget *knob, QObject *context, const std::function<void()> &changed)
{
    if (auto *box = qobject_cast<QSpinBox *>(knob))
        QObject::connect(box, &QSpinBox::valueChanged, context, changed);
    else if (auto *box = qobject_cast<QDoubleSpinBox *>(knob))
        QObject::connect(box, &QDoubleSpinBox::valueChanged, context, changed);
    else if (auto *box = qobject_cast<QComboBox *>(knob))
        QObject::connect(box, &QComboBox::currentIndexChanged, context, changed);
    else if (auto *button = qobject_cast<QAbstractButton *>(knob))
        QObject::connect(button, &QAbstractButton::toggled, context, changed);
    else if (auto *edit = qobject_cast<QLineEdit *>(knob))
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
    else if (auto *slider = qobject_cast<QAbstractSlider *>(knob))
        QObject::connect(slider, &QAbstractSlider::valueChanged, context, changed);
}

} // namespace Lab
