// Expect: PA0011
using ParamArena;

namespace Cases.PA0011.EmptyLibrary;

public static unsafe partial class Lib
{
    [ArenaMarshal("")]
    public static partial int getpid();
}
