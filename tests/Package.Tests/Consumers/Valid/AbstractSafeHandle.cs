// Expect: (none)
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.AbstractSafeHandle;

// An abstract SafeHandle parameter is accepted by value, as [LibraryImport] accepts it.
public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "close")]
    public static partial int Close(SafeHandle handle);
}
