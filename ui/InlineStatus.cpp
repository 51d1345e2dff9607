#include "InlineStatus.h"

#include "StatusIcons.h"

#include "api/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LhShare {

InlineStatus::InlineStatus(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_busyBar->setRange(0, 0); // indeterminate: Describe* calls give no useful percentage
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Loading"));
    connect(m_retry, &QPushButton::clicked, this, &InlineStatus::retryRequested);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addWidget(m_busyBar);
    row->addLayout(column, 1);
    row->addWidget(m_retry, 0, Qt::AlignTop);
    setLayout(row);
    clear();
}

void InlineStatus::showBusy(const QString &text)
{
    present({}, text, true, false, false);
}

void InlineStatus::showError(const QString &what, const ApiError &error, bool retryable)
{
    QString details = tr("Error code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        details += QStringLiteral(" · ") + tr("RequestId: %1").arg(error.requestId);
    present(StatusIcons::failed(), what + QStringLiteral(": ") + error.userMessage() + QLatin1Char('\n') + details,
            false, true, retryable);
}

void InlineStatus::showProblem(const QString &text)
{
    present(StatusIcons::failed(), text, false, true, false);
}

void InlineStatus::showInfo(const QString &text)
{
    present(StatusIcons::info(), text, false, false, false);
}

void InlineStatus::clear()
{
    m_error = false;
    m_text->clear();
    hide();
}

QString InlineStatus::text() const
{
    return m_text->text();
}

void InlineStatus::present(const QIcon &icon, const QString &text, bool busy, bool error, bool retryable)
{
    m_error = error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_icon->setVisible(!icon.isNull());
    m_text->setText(text);
    m_busyBar->setVisible(busy);
    m_retry->setVisible(retryable);
    setAccessibleDescription(text);
    setVisible(true);
}

} // namespace LhShare
