// Expect: PA0008 PA0025
using ParamArena;

namespace Cases.PA0025;

// Refused by the analyzers' rules (not partial), and used by a stub: the stub is refused too, nothing is generated against it.
[ArenaStruct]
public struct Refused
{
    public string Name;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_refused")]
    public static partial int Use(in Refused value);
}
