// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/themefocusframe.h"

#include "app/themestyle.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>

namespace Lab {

namespace {
// QFocusFrame sizes itself from its own style's margins: room for the ring and a pixel of air,
// without changing the metric for every other widget (item views pad their text with it).
class RingMargins : public QProxyStyle
{
public:
    explicit RingMargins(const ThemeFocusFrame *frame)
        : m_frame(frame)
    {
    }
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return m_frame->lineWidth() + 1;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

private:
    const ThemeFocusFrame *m_frame;
};
} // namespace

ThemeFocusFrame::ThemeFocusFrame(QWidget *window)
    : QFocusFrame(window)
    , m_window(window)
{
    auto *margins = new RingMargins(this);
    margins->setParent(this);
    setStyle(margins);
    setAccessibleName(tr("Keyboard focus"));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        follow(now);
    });
    follow(QApplication::focusWidget());
}

int ThemeFocusFrame::lineWidth() const
{
    const auto *style = qobject_cast<const ThemeStyle *>(QApplication::style());
    return style ? style->lineWidth() : 2;
}

void ThemeFocusFrame::follow(QWidget *focus)
{
    const bool ours = focus && focus != m_window && !focus->isWindow() && focus->window() == m_window;
    setWidget(ours ? focus : nullptr);
    // QFocusFrame ignores a null widget it already has: without a widget it would stay at the
    // window's top-left corner, a ring around nothing.
    if (!widget())
        hide();
}

void ThemeFocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int width = lineWidth();
    painter.setPen(QPen(palette().color(QPalette::Highlight), width));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
}

} // namespace Lab
