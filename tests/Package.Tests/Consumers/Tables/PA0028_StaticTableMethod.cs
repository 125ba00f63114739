// Expect: PA0028
using ParamArena;

namespace Cases.PA0028;

[ArenaFunctionTable]
public sealed partial class Commands
{
    [ArenaMarshal(EntryPoint = "getpid")]
    public static partial int GetPid();
}
