#pragma once

#include <QString>

namespace LhShare::Test {

// Directory holding tests/data (canned replies, fixtures).
QString dataDir();

} // namespace LhShare::Test
