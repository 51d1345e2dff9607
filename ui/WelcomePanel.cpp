#include "WelcomePanel.h"
#include "ui_WelcomePanel.h"

namespace LhShare {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePanel>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_ui->title->setFont(titleFont);
    connect(m_ui->addCredentials, &QPushButton::clicked, this, &WelcomePanel::addCredentialsRequested);
    connect(m_ui->importCredentials, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    connect(m_ui->tryDemo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    setProblem({});
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setProblem(const QString &text)
{
    m_ui->problem->setText(text);
    m_ui->problem->setVisible(!text.isEmpty());
}

} // namespace LhShare
