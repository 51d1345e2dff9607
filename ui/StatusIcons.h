#pragma once

#include <QIcon>

namespace LhShare {

// The icons that carry status next to its text (never colour alone). Each comes from the icon
// theme when it has one, else from the style's standard pixmaps, so every platform shows something.
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
} // namespace StatusIcons

} // namespace LhShare
