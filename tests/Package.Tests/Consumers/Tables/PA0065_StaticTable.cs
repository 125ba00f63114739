// Expect: PA0065
using ParamArena;

namespace Cases.PA0065;

[ArenaFunctionTable]
public static partial class Commands
{
}
