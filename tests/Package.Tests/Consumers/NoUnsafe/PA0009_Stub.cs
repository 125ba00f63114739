// Expect: PA0009
using ParamArena;

namespace Cases.PA0009.Stub;

public static partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
    public static partial nuint StrLen(string text);
}
