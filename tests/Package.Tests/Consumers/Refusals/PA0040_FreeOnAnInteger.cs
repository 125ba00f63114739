// Expect: PA0040
using ParamArena;

namespace Cases.PA0040;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    [return: ArenaFree("free")]
    public static partial int Abs(int value);
}
