// Expect: PA0005
using ParamArena;

namespace Cases.PA0005.ManagedStruct;

public struct Named
{
    public string Name;
    public int Value;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_named")]
    public static partial int Use(Named named);
}
