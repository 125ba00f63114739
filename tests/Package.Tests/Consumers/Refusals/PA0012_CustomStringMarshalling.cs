// Expect: PA0012
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0012;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "strlen", StringMarshalling = StringMarshalling.Custom)]
    public static partial nuint StrLen(string text);
}
