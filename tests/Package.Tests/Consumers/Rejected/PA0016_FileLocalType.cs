// Expect: PA0016 CS8795
// What the user sees: PA0016 and CS8795. A file-local type can be extended only from its own file, which a generator
// cannot write to, so no body can stand in for the method.
using ParamArena;

namespace Cases.PA0016;

file static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    public static partial int GetPid();
}
