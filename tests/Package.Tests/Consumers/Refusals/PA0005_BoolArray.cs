// Expect: PA0005
using ParamArena;

namespace Cases.PA0005.BoolArray;

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "flags")]
    public static partial int Flags(bool[] flags, int count);
}
