// Expect: PA0026
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0026.Protected;

public class Handle : SafeHandle
{
    protected Handle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() => true;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "open_handle")]
    public static partial void Open(out Handle handle);
}
