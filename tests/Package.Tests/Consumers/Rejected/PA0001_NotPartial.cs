// Expect: PA0001 CS0501
// What the user sees: PA0001 and the compiler's CS0501 (a method without 'partial' needs a body).
using ParamArena;

namespace Cases.PA0001.NotPartial;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    public static int GetPid();
}
