#pragma once

#include <QString>

namespace LhShare {

// Plain-language explanations of the API's error codes (common codes and those documented for
// the five Lighthouse actions we call), translated into the UI language.
class ErrorCatalog final
{
public:
    // The explanation for code as answered by action (some codes mean a different limit per
    // action), falling back to the code's general text, then to its family ("AuthFailure.Foo" ->
    // "AuthFailure"), or an empty string when the code is unknown.
    static QString explain(const QString &code, const QString &action = {});
};

} // namespace LhShare
