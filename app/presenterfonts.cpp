// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/presenterfonts.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Lab {

namespace {
constexpr char ScaleProperty[] = "labRelativeFontSize";

double sizeOf(const QFont &font)
{
    if (font.pointSizeF() > 0)
        return font.pointSizeF();
    return QFontInfo(font).pixelSize() * 72.0 / QGuiApplication::primaryScreen()->logicalDotsPerInchY();
}

// A widget that set its own size before we saw it: remember its ratio to its parent.
void capture(QWidget *widget)
{
    if (!widget->property(ScaleProperty).isNull() || !(widget->font().resolveMask() & QFont::SizeResolved))
        return;
    const QWidget *parent = widget->parentWidget();
    const double parentSize = sizeOf(parent->font());
    if (parentSize > 0)
        widget->setProperty(ScaleProperty, sizeOf(widget->font()) / parentSize);
}

QFont withSize(QFont font, double pointSize, double minimumPixels)
{
    font.setPointSizeF(pointSize);
    // Point to pixel rounding depends on the screen: step up until the text is large enough.
    for (int i = 0; i < 64 && minimumPixels > 0 && QFontInfo(font).pixelSize() < minimumPixels; ++i)
        font.setPointSizeF(font.pointSizeF() + 0.25);
    return font;
}

void applyBelow(QWidget *parent, double minimumPixels)
{
    for (QObject *child : parent->children()) {
        auto *widget = qobject_cast<QWidget *>(child);
        if (!widget || widget->isWindow())
            continue;
        capture(widget);
        if (const double factor = relativeFontSize(widget); factor > 0) {
            const QFont font = withSize(widget->font(), sizeOf(parent->font()) * factor, minimumPixels);
            if (font != widget->font())
                widget->setFont(font);
        }
        applyBelow(widget, minimumPixels);
    }
}
} // namespace

void setRelativeFontSize(QWidget *widget, double factor)
{
    widget->setProperty(ScaleProperty, factor);
    if (const QWidget *parent = widget->parentWidget())
        widget->setFont(withSize(widget->font(), sizeOf(parent->font()) * factor, 0));
}

double relativeFontSize(const QWidget *widget)
{
    return widget->property(ScaleProperty).toDouble();
}

void applyFontSize(QWidget *root, double pointSize, double minimumPixels)
{
    // Capture before the root changes: the ratios are those the widgets were built with.
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isWindow() && widget->window() == root->window())
            capture(widget);
    }
    const QFont font = withSize(root->font(), pointSize, minimumPixels);
    if (font != root->font())
        root->setFont(font);
    applyBelow(root, minimumPixels);
}

} // namespace Lab
