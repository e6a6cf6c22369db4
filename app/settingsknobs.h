// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

#include <functional>

class QObject;
class QWidget;

namespace Lab {

/**
 * A knob's value as the settings store it: a spin box's number, a combo box's item data (its
 * index if the items carry none), a check box's state, a line edit's text, a slider's position.
 * Invalid for any other widget: it is not remembered.
 */
QVariant knobValue(const QWidget *knob);

/**
 * Shows @p value in @p knob; false (the knob unchanged) if the widget is no knob or the value fits
 * none of its items or is not one it could hold: not a finite number, a text over 2,048 characters.
 */
bool setKnobValue(QWidget *knob, const QVariant &value);

/** Calls @p changed whenever @p knob's value changes, for as long as @p context lives. */
void onKnobChanged(QWidget *knob, QObject *context, const std::function<void()> &changed);

} // namespace Lab
