#include "TestSupport.h"

namespace LhShare::Test {

QString dataDir()
{
    return QStringLiteral(LHSHARE_TEST_DATA_DIR);
}

} // namespace LhShare::Test
