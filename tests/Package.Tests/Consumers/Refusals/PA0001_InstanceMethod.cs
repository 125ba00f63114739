// Expect: PA0001
using ParamArena;

namespace Cases.PA0001;

public unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "getpid")]
    public partial int GetPid();
}
