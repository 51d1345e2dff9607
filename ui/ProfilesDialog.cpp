#include "ProfilesDialog.h"
#include "ui_ProfilesDialog.h"

#include "api/Endpoint.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileManager.h"
#include "model/Region.h"
#include "session/ConnectionTest.h"
#include "session/SessionFactory.h"

#include <QDir>
#include <QMenu>
#include <QProcessEnvironment>
#include <QPushButton>

#include <optional>

namespace LhShare {

namespace {
std::optional<QMessageBox::StandardButton> s_nextAnswer;
// The connection test answers fast or not at all; the dialog should not sit for the default 30 s.
constexpr int kTestTimeoutMs = 15'000;
} // namespace

void ProfilesDialog::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void ProfilesDialog::ask(QWidget *parent, const QString &title, const QString &text,
                         std::function<void(bool yes)> answered)
{
    if (s_nextAnswer) {
        const bool yes = *s_nextAnswer == QMessageBox::Yes;
        s_nextAnswer.reset();
        QMetaObject::invokeMethod(
            parent, [answered = std::move(answered), yes] { answered(yes); }, Qt::QueuedConnection);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [box, answered = std::move(answered)](int) {
        answered(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

ProfilesDialog::ProfilesDialog(SessionFactory *factory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_factory(factory)
    , m_store(factory->store())
    , m_manager(new ProfileManager(m_store, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));

    for (const Region &region : Region::supported())
        m_ui->regionCombo->addItem(region.displayName(), region.id);
    m_ui->endpointCombo->addItem(tr("Default (lighthouse.tencentcloudapi.com)"), DefaultEndpoint);
    m_ui->endpointCombo->addItem(tr("International site (lighthouse.intl.tencentcloudapi.com)"), InternationalEndpoint);
    m_ui->endpointCombo->addItem(tr("Nearest to the default region"), RegionEndpoint);
    m_ui->endpointCombo->addItem(tr("Custom URL"), CustomEndpoint);
    m_ui->tokenEdit->setPlaceholderText(tr("Only for temporary credentials"));

    auto *tccliMenu = new QMenu(m_ui->importTccliButton);
    m_ui->importTccliButton->setMenu(tccliMenu);
    connect(tccliMenu, &QMenu::aboutToShow, this, &ProfilesDialog::populateTccliMenu);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, &ProfilesDialog::showProfile);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfilesDialog::startNewProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateSelected);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->endpointCombo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateEndpointWidgets);
    connect(m_ui->importIniButton, &QPushButton::clicked, this, [this] { applyImport(ProfileImport::sdkIni()); });
    connect(m_ui->importEnvButton, &QPushButton::clicked, this,
            [this] { applyImport(ProfileImport::environment(QProcessEnvironment::systemEnvironment())); });

    reloadList();
    if (m_ui->profileList->count() == 0)
        startNewProfile();
}

ProfilesDialog::~ProfilesDialog()
{
    if (m_test)
        m_test->abort();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_ui->profileList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profileList->setCurrentItem(items.constFirst());
}

QString ProfilesDialog::selectedProfile() const
{
    return m_editing;
}

QString ProfilesDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ProfilesDialog::reloadList(const QString &select)
{
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        m_ui->profileList->addItems(m_manager->repository().names());
    }
    if (!select.isEmpty())
        selectProfile(select);
    else if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    const bool haveSelection = m_ui->profileList->currentItem() != nullptr;
    m_ui->deleteButton->setEnabled(haveSelection);
    m_ui->duplicateButton->setEnabled(haveSelection);
}

void ProfilesDialog::showProfile(const QString &name)
{
    const std::optional<Profile> profile = m_manager->repository().load(name);
    if (!profile)
        return;
    m_editing = name;
    m_loaded = *profile;
    m_ui->nameEdit->setText(profile->name);
    m_ui->secretIdEdit->setText(profile->secretId);
    m_ui->secretKeyEdit->clear();
    m_ui->secretKeyEdit->setPlaceholderText(tr("Stored in the keychain; leave empty to keep it"));
    m_ui->tokenEdit->clear();
    m_ui->tokenEdit->setPlaceholderText(profile->hasToken ? tr("Stored in the keychain; leave empty to keep it")
                                                          : tr("Only for temporary credentials"));
    m_ui->clearTokenCheck->setChecked(false);
    m_ui->clearTokenCheck->setEnabled(profile->hasToken);
    const int regionIndex = m_ui->regionCombo->findData(profile->defaultRegion);
    if (regionIndex >= 0)
        m_ui->regionCombo->setCurrentIndex(regionIndex);
    setEndpointInForm(profile->endpoint);
    m_ui->deleteButton->setEnabled(true);
    m_ui->duplicateButton->setEnabled(true);
    setStatus({});
}

void ProfilesDialog::startNewProfile()
{
    m_editing.clear();
    m_loaded = Profile{};
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clearSelection();
        m_ui->profileList->setCurrentItem(nullptr);
    }
    m_ui->nameEdit->setText(m_manager->repository().uniqueName(QStringLiteral("default")));
    m_ui->secretIdEdit->clear();
    m_ui->secretKeyEdit->clear();
    m_ui->secretKeyEdit->setPlaceholderText(tr("Required"));
    m_ui->tokenEdit->clear();
    m_ui->tokenEdit->setPlaceholderText(tr("Only for temporary credentials"));
    m_ui->clearTokenCheck->setChecked(false);
    m_ui->clearTokenCheck->setEnabled(false);
    const int regionIndex = m_ui->regionCombo->findData(m_loaded.defaultRegion);
    m_ui->regionCombo->setCurrentIndex(qMax(0, regionIndex));
    setEndpointInForm({});
    m_ui->deleteButton->setEnabled(false);
    m_ui->duplicateButton->setEnabled(false);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    setStatus({});
}

void ProfilesDialog::setEndpointInForm(const QString &endpoint)
{
    EndpointChoice choice = CustomEndpoint;
    if (endpoint.isEmpty() || endpoint == QLatin1String("default"))
        choice = DefaultEndpoint;
    else if (endpoint == QLatin1String("intl"))
        choice = InternationalEndpoint;
    else if (!Endpoint::pinnedRegion(endpoint).isEmpty())
        choice = RegionEndpoint;
    m_ui->endpointCombo->setCurrentIndex(m_ui->endpointCombo->findData(choice));
    m_ui->customEndpointEdit->setText(choice == CustomEndpoint ? endpoint : QString());
    // A pinned endpoint follows the profile's region; show the region it pins.
    if (choice == RegionEndpoint)
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(Endpoint::pinnedRegion(endpoint)));
    updateEndpointWidgets();
}

void ProfilesDialog::updateEndpointWidgets()
{
    m_ui->customEndpointEdit->setEnabled(m_ui->endpointCombo->currentData().toInt() == CustomEndpoint);
}

QString ProfilesDialog::endpointFromForm() const
{
    switch (m_ui->endpointCombo->currentData().toInt()) {
    case InternationalEndpoint:
        return QStringLiteral("intl");
    case RegionEndpoint:
        return Endpoint::regionPinned(m_ui->regionCombo->currentData().toString()).url().host();
    case CustomEndpoint:
        return m_ui->customEndpointEdit->text().trimmed();
    default:
        return {};
    }
}

bool ProfilesDialog::formProfile(Profile *profile, QString *error) const
{
    *profile = m_loaded;
    profile->name = m_ui->nameEdit->text().trimmed();
    profile->secretId = m_ui->secretIdEdit->text().trimmed();
    profile->defaultRegion = m_ui->regionCombo->currentData().toString();
    profile->endpoint = endpointFromForm();
    if (!ProfileRepository::isValidName(profile->name, error))
        return false;
    if (profile->secretId.isEmpty()) {
        *error = tr("Enter the SecretId.");
        return false;
    }
    if (const QString problem = Credentials::valueProblem(QStringLiteral("SecretId"), profile->secretId,
                                                          Credentials::kMaxIdLength, true);
        !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (m_ui->endpointCombo->currentData().toInt() == CustomEndpoint && profile->endpoint.isEmpty()) {
        *error = tr("Enter the custom endpoint URL, or choose another endpoint.");
        return false;
    }
    QString endpointError;
    if (!Endpoint::parse(profile->endpoint, &endpointError).isValid()) {
        *error = endpointError;
        return false;
    }
    return true;
}

void ProfilesDialog::save()
{
    Profile profile;
    QString error;
    if (!formProfile(&profile, &error)) {
        setStatus(error, true);
        return;
    }
    const bool isNew = m_editing.isEmpty();
    const QString secretKey = m_ui->secretKeyEdit->text().trimmed();
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (secretKey.isEmpty() && (isNew || profile.secretId != m_loaded.secretId)) {
        setStatus(isNew ? tr("Enter the SecretKey.") : tr("A new SecretId needs its SecretKey."), true);
        return;
    }
    // Empty values keep what the keychain holds; typed ones must be usable.
    QString problem = Credentials::valueProblem(QStringLiteral("SecretKey"), secretKey, Credentials::kMaxKeyLength,
                                                false);
    if (problem.isEmpty())
        problem = Credentials::valueProblem(QStringLiteral("token"), token, Credentials::kMaxTokenLength, false);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    const bool renaming = !isNew && profile.name != m_editing;
    if ((isNew || renaming) && m_manager->repository().contains(profile.name)) {
        setStatus(tr("A profile named “%1” already exists.").arg(profile.name), true);
        return;
    }

    ProfileManager::SecretChange change;
    if (!secretKey.isEmpty())
        change.secretKey = secretKey;
    if (!token.isEmpty())
        change.token = token;
    else if (isNew || m_ui->clearTokenCheck->isChecked())
        change.token = QString();

    setBusy(true);
    setStatus(tr("Saving…"));
    auto saveEdits = [this, profile, change] {
        CredentialJob *job = m_manager->save(profile, change);
        connect(job, &Job::finished, this, [this, job, name = profile.name] {
            setBusy(false);
            if (job->hasError()) {
                setStatus(tr("Not saved: %1").arg(job->errorString()), true);
                reloadList(m_editing);
                return;
            }
            reloadList(name);
            setStatus(tr("Saved “%1”. Its secrets are in the system keychain.").arg(name));
            Q_EMIT profilesChanged();
        });
        job->start();
    };
    if (!renaming) {
        saveEdits();
        return;
    }
    CredentialJob *rename = m_manager->rename(m_editing, profile.name);
    connect(rename, &Job::finished, this, [this, rename, saveEdits] {
        if (rename->hasError()) {
            setBusy(false);
            setStatus(tr("Not renamed: %1").arg(rename->errorString()), true);
            return;
        }
        Q_EMIT profilesChanged();
        saveEdits();
    });
    rename->start();
}

void ProfilesDialog::deleteSelected()
{
    const QString name = m_editing;
    if (name.isEmpty())
        return;
    ask(this, tr("Delete Profile"),
        tr("Delete profile “%1”? Its SecretKey and token are removed from the system keychain.").arg(name),
        [this, name](bool yes) {
            if (!yes)
                return;
            setBusy(true);
            CredentialJob *job = m_manager->remove(name);
            connect(job, &Job::finished, this, [this, job, name] {
                setBusy(false);
                if (job->hasError()) {
                    setStatus(tr("Not deleted: %1").arg(job->errorString()), true);
                    return;
                }
                m_editing.clear();
                reloadList();
                if (m_ui->profileList->count() == 0)
                    startNewProfile();
                setStatus(tr("Deleted “%1” and its keychain entries.").arg(name));
                Q_EMIT profilesChanged();
            });
            job->start();
        });
}

void ProfilesDialog::duplicateSelected()
{
    if (m_editing.isEmpty())
        return;
    const QString copy = m_manager->repository().uniqueName(m_editing + QStringLiteral("-copy"));
    setBusy(true);
    CredentialJob *job = m_manager->duplicate(m_editing, copy);
    connect(job, &Job::finished, this, [this, job, copy] {
        setBusy(false);
        if (job->hasError()) {
            setStatus(tr("Not duplicated: %1").arg(job->errorString()), true);
            return;
        }
        reloadList(copy);
        setStatus(tr("Created “%1”; rename it by changing the name and clicking Save.").arg(copy));
        Q_EMIT profilesChanged();
    });
    job->start();
}

void ProfilesDialog::testConnection()
{
    Profile profile;
    QString error;
    if (!formProfile(&profile, &error)) {
        setStatus(error, true);
        return;
    }
    const QString secretKey = m_ui->secretKeyEdit->text().trimmed();
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (!secretKey.isEmpty() || m_editing.isEmpty()) {
        if (secretKey.isEmpty()) {
            setStatus(tr("Enter the SecretKey to test the connection."), true);
            return;
        }
        runTest(profile, secretKey, token);
        return;
    }
    // Editing without a new SecretKey: test with the stored secrets.
    setBusy(true);
    setStatus(tr("Reading the stored secrets…"));
    CredentialJob *job = m_store->read(m_editing);
    connect(job, &Job::finished, this, [this, job, profile, token] {
        if (job->hasError()) {
            setBusy(false);
            setStatus(job->errorString(), true);
            Q_EMIT connectionTested(false);
            return;
        }
        const bool clearToken = m_ui->clearTokenCheck->isChecked();
        runTest(profile, job->secrets().secretKey,
                !token.isEmpty() ? token
                    : clearToken ? QString()
                                 : job->secrets().token);
    });
    job->start();
}

void ProfilesDialog::runTest(const Profile &profile, const QString &secretKey, const QString &token)
{
    // A session of the form's values, not whatever the main window is using.
    ConnectionSettings settings;
    QString error;
    if (!SessionFactory::settingsFor(profile, {profile.secretId, secretKey, token}, {{}, kTestTimeoutMs}, &settings,
                                     &error)) {
        setStatus(error, true);
        return;
    }
    setBusy(true);
    setStatus(tr("Testing the connection to %1…").arg(settings.endpoint.url().host()));
    Session *session = m_factory->open(settings, this);
    auto *test = new ConnectionTest(session, this);
    m_test = test;
    connect(test, &Job::finished, this, [this, test, session] {
        session->deleteLater();
        setBusy(false);
        if (test->error().kind == ApiError::Kind::Canceled)
            return;
        setStatus(test->outcomeText(), test->hasError());
        Q_EMIT connectionTested(!test->hasError());
    });
    test->start();
}

void ProfilesDialog::populateTccliMenu()
{
    QMenu *menu = m_ui->importTccliButton->menu();
    menu->clear();
    const QStringList names = CredentialImport::tccliProfileNames();
    if (names.isEmpty()) {
        QAction *none = menu->addAction(
            tr("No tccli profiles in %1").arg(QDir::toNativeSeparators(CredentialImport::tccliDirectory())));
        none->setEnabled(false);
        return;
    }
    for (const QString &name : names) {
        const ImportCandidate candidate = ProfileImport::tccli(name);
        menu->addAction(candidate.source, this, [this, candidate] { applyImport(candidate); });
    }
}

void ProfilesDialog::applyImport(const ImportCandidate &candidate)
{
    const QString problem = ProfileImport::problem(candidate, QDateTime::currentDateTimeUtc());
    if (!problem.isEmpty()) {
        setStatus(tr("Nothing imported from %1: %2").arg(candidate.source, problem), true);
        return;
    }
    startNewProfile();
    const Profile imported = ProfileImport::profileFor(candidate,
                                                       ProfileImport::freeName(candidate, m_manager->repository()));
    const ProfileManager::SecretChange secrets = ProfileImport::secretsFor(candidate);
    m_loaded.tokenExpiry = imported.tokenExpiry;
    m_ui->nameEdit->setText(imported.name);
    m_ui->secretIdEdit->setText(imported.secretId);
    // Imported (not stored) secrets: masked, and only kept if the user clicks Save.
    m_ui->secretKeyEdit->setText(secrets.secretKey.value_or(QString()));
    m_ui->tokenEdit->setText(secrets.token.value_or(QString()));
    const int index = m_ui->regionCombo->findData(imported.defaultRegion);
    if (index >= 0)
        m_ui->regionCombo->setCurrentIndex(index);
    setEndpointInForm(imported.endpoint);
    QString text = tr("Read from %1 (SecretId %2); the source was left as it is. Review the form and click Save.")
                       .arg(candidate.source, Credentials::redact(imported.secretId));
    for (const QString &warning : candidate.result.credentials.warnings)
        text += QLatin1Char('\n') + warning;
    setStatus(text);
}

void ProfilesDialog::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette palette = m_ui->statusLabel->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->statusLabel->setPalette(palette);
}

void ProfilesDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->testButton),
                            static_cast<QWidget *>(m_ui->deleteButton), static_cast<QWidget *>(m_ui->duplicateButton),
                            static_cast<QWidget *>(m_ui->newButton), static_cast<QWidget *>(m_ui->profileList),
                            static_cast<QWidget *>(m_ui->importGroup)})
        widget->setEnabled(!busy);
    if (!busy) {
        m_ui->deleteButton->setEnabled(!m_editing.isEmpty());
        m_ui->duplicateButton->setEnabled(!m_editing.isEmpty());
    }
}

} // namespace LhShare
