// Expect: PA0014
using ParamArena;

namespace Cases.PA0014;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    public static partial int Abs(int __x);
}
