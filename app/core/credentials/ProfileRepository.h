#pragma once

#include "Profile.h"

#include <QStringList>

#include <optional>

namespace LhShare {

// The non-secret fields of saved profiles, in QSettings (group "profiles/<name>"). SecretKeys and
// tokens never come here: they live in a CredentialStore.
//
// Uses a default-constructed QSettings, so the application (and test) name decides the file.
class ProfileRepository final
{
public:
    static constexpr int kMaxNameLength = 64;

    // Letters, digits, ".", "_" and "-", starting with a letter or digit: the name is part of a
    // settings group and of keychain keys, so it must not contain "/" or spaces.
    static bool isValidName(const QString &name, QString *error = nullptr);

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    // "base", else "base-2", "base-3", … (the first name not yet used).
    QString uniqueName(const QString &base) const;

    // The profile last chosen in the GUI ("" when none).
    QString lastUsed() const;
    void setLastUsed(const QString &name);
};

} // namespace LhShare
