// Expect: PA0003
using ParamArena;

namespace Cases.PA0003;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    public static partial int Abs<T>(int value);
}
