// Expect: PA0005
using ParamArena;

namespace Cases.PA0005.InString;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    public static partial nuint StrLen(in string text);
}
