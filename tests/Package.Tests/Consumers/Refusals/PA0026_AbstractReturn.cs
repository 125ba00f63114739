// Expect: PA0026
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0026.Abstract;

public static unsafe partial class Lib
{
    // Accepted as a parameter (by value), refused as a return: the stub would have to create a SafeHandle.
    [ArenaMarshal("native", EntryPoint = "open_handle")]
    public static partial SafeHandle Open();
}
