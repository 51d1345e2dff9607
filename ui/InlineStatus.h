#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace LhShare {

struct ApiError;

// A strip inside a pane that says what that pane is doing: loading (busy bar), a failure in plain
// words with its error code and RequestId plus Retry, or a note. Errors stay where they happened
// instead of in a modal box, so the rest of the window keeps working.
class InlineStatus final : public QFrame
{
    Q_OBJECT
public:
    explicit InlineStatus(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    // what: "Could not load the blueprints"; the error adds the explanation, code and RequestId.
    void showError(const QString &what, const ApiError &error, bool retryable = true);
    // A local problem (a file that cannot be read): no code, no RequestId, no retry.
    void showProblem(const QString &text);
    void showInfo(const QString &text);
    void clear();

    bool isShowingError() const { return m_error; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    void present(const QIcon &icon, const QString &text, bool busy, bool error, bool retryable);

    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_busyBar;
    QPushButton *m_retry;
    bool m_error = false;
};

} // namespace LhShare
