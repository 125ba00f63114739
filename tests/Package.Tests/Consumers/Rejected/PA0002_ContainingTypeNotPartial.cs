// Expect: PA0002 CS0751 CS8795
// What the user sees: PA0002 and the compiler's own CS0751 (partial member in a non-partial type) and CS8795. The
// generator cannot add a part to a type that is not partial (that part would be CS0260 instead), so no body can stand in.
using ParamArena;

namespace Cases.PA0002;

public static unsafe class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    public static partial int GetPid();
}
