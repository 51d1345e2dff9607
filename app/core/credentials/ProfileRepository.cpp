#include "ProfileRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace LhShare {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("ui/lastProfile");

QString groupOf(const QString &name)
{
    return kGroup + QLatin1Char('/') + name;
}
} // namespace

bool ProfileRepository::isValidName(const QString &name, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    QString why;
    if (name.isEmpty())
        why = QCoreApplication::translate("ProfileRepository", "A profile needs a name.");
    else if (name.size() > kMaxNameLength)
        why = QCoreApplication::translate("ProfileRepository", "The profile name is longer than %1 characters.")
                  .arg(kMaxNameLength);
    else if (!pattern.match(name).hasMatch())
        why = QCoreApplication::translate("ProfileRepository",
                                          "The profile name “%1” may contain only letters, digits, “.”, “_” and “-”, "
                                          "and must start with a letter or digit.")
                  .arg(name);
    if (error)
        *error = why;
    return why.isEmpty();
}

QStringList ProfileRepository::names() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList result = settings.childGroups();
    // Settings edited by hand may hold groups we would never create.
    result.erase(std::remove_if(result.begin(), result.end(), [](const QString &name) { return !isValidName(name); }),
                 result.end());
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileRepository::contains(const QString &name) const
{
    return isValidName(name) && names().contains(name);
}

std::optional<Profile> ProfileRepository::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(groupOf(name));
    Profile profile;
    profile.name = name;
    profile.secretId = settings.value(QStringLiteral("secretId")).toString();
    profile.defaultRegion = settings.value(QStringLiteral("defaultRegion"), profile.defaultRegion).toString();
    profile.endpoint = settings.value(QStringLiteral("endpoint")).toString();
    profile.language = settings.value(QStringLiteral("language")).toString();
    profile.hasToken = settings.value(QStringLiteral("hasToken"), false).toBool();
    profile.tokenExpiry = QDateTime::fromString(settings.value(QStringLiteral("tokenExpiry")).toString(), Qt::ISODate);
    return profile;
}

void ProfileRepository::save(const Profile &profile)
{
    if (!isValidName(profile.name))
        return;
    QSettings settings;
    settings.remove(groupOf(profile.name));
    settings.beginGroup(groupOf(profile.name));
    settings.setValue(QStringLiteral("secretId"), profile.secretId);
    settings.setValue(QStringLiteral("defaultRegion"), profile.defaultRegion);
    settings.setValue(QStringLiteral("endpoint"), profile.endpoint);
    settings.setValue(QStringLiteral("language"), profile.language);
    settings.setValue(QStringLiteral("hasToken"), profile.hasToken);
    if (profile.tokenExpiry.isValid())
        settings.setValue(QStringLiteral("tokenExpiry"), profile.tokenExpiry.toUTC().toString(Qt::ISODate));
}

void ProfileRepository::remove(const QString &name)
{
    if (!isValidName(name))
        return;
    QSettings settings;
    settings.remove(groupOf(name));
    if (settings.value(kLastUsedKey).toString() == name)
        settings.remove(kLastUsedKey);
}

QString ProfileRepository::uniqueName(const QString &base) const
{
    const QStringList taken = names();
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QLatin1Char('-') + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString ProfileRepository::lastUsed() const
{
    return QSettings().value(kLastUsedKey).toString();
}

void ProfileRepository::setLastUsed(const QString &name)
{
    QSettings().setValue(kLastUsedKey, name);
}

} // namespace LhShare
