// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientHitDelegate.h"

#include "records/PatientHitModel.h"

#include <QApplication>
#include <QPainter>

namespace relais::ui {

QSize PatientHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {200, 2 * fm.height() + 3 * kPad};
}

void PatientHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7f);

    painter->save();
    const QRect r = opt.rect.adjusted(kPad + 2, kPad, -kPad, -kPad);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fm(opt.font);

    // Status badge on the first line, right-aligned.
    const QString code = index.data(PatientHitModel::StatusCodeRole).toString();
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics fmSmall(small);
    const int badgeW = fmSmall.horizontalAdvance(code) + 10;
    const QRect badge(r.right() - badgeW, r.top() + 1, badgeW, fmBold.height() - 2);
    const QColor color = index.data(PatientHitModel::StatusColorRole).value<QColor>();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? QColor(Qt::white) : color);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setFont(small);
    painter->setPen(selected ? color : QColor(Qt::white));
    painter->drawText(badge, Qt::AlignCenter, code);

    // Where the record comes from, quietly, left of the badge.
    const QString origin = index.data(PatientHitModel::OriginRole).toString();
    QFont note = opt.font;
    note.setPointSizeF(note.pointSizeF() * 0.85);
    const QFontMetrics fmNote(note);
    const int originW = origin.isEmpty() ? 0 : fmNote.horizontalAdvance(origin) + kPad;
    painter->setFont(note);
    painter->setPen(quiet);
    painter->drawText(QRect(badge.left() - originW, r.top(), originW - kPad, fmBold.height()), Qt::AlignRight | Qt::AlignVCenter, origin);

    const QRect nameRect(r.left(), r.top(), r.width() - badgeW - originW - kPad, fmBold.height());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));

    const QRect detailRect(r.left(), r.top() + fmBold.height() + kPad / 2, r.width(), fm.height());
    painter->setFont(opt.font);
    painter->setPen(quiet);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(PatientHitModel::DetailRole).toString(), Qt::ElideRight, detailRect.width()));
    painter->restore();
}

} // namespace relais::ui
