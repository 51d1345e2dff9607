#pragma once

#include <QIcon>

namespace LhShare {

// The icons that carry status next to its text (never colour alone), and those of the actions.
// Each comes from the icon theme when the desktop has one, else from the application's own SVG
// (resources/icons/actions, embedded), so every desktop shows the same meaning.
namespace StatusIcons {
QIcon valid();
QIcon invalid();
QIcon duplicate();
QIcon pending();
QIcon done();
QIcon skipped();
QIcon failed();
QIcon notSent();
QIcon info();
QIcon refresh();
QIcon copy();
QIcon remove();
QIcon clear();
QIcon open();
QIcon save();
QIcon undo();
QIcon redo();
} // namespace StatusIcons

} // namespace LhShare
