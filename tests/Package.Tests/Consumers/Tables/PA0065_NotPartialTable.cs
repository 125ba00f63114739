// Expect: PA0065
using ParamArena;

namespace Cases.PA0065NotPartial;

[ArenaFunctionTable]
public sealed class Commands
{
}
