#pragma once

#include <QWidget>

#include <memory>

namespace LhShare {

namespace Ui {
class WelcomePanel;
}

// First start, or no usable profile: explains what the tool needs and offers the three ways on
// (UI.md "First start"). Shown in place of the blueprint list; nothing else in the window waits
// for it.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    // Why the saved profile could not be used ("" hides the line).
    void setProblem(const QString &text);

Q_SIGNALS:
    void addCredentialsRequested();
    void importRequested();
    void demoRequested();

private:
    std::unique_ptr<Ui::WelcomePanel> m_ui;
};

} // namespace LhShare
