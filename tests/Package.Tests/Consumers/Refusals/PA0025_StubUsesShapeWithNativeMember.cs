// Expect: PA0024 PA0025
using ParamArena;

namespace Cases.PA0025.NativeMember;

[ArenaStruct]
public partial struct Clash
{
    public int Native;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_clash")]
    public static partial int Use(Clash[] values, int count);
}
