#pragma once

#include <QString>

namespace LhShare {

// Plain-language explanations of the API's error codes (common codes and those documented for
// the five Lighthouse actions we call), translated into the UI language.
class ErrorCatalog final
{
public:
    // The explanation for code, falling back to its family ("AuthFailure.Foo" -> "AuthFailure"),
    // or an empty string when the code is unknown.
    static QString explain(const QString &code);
};

} // namespace LhShare
