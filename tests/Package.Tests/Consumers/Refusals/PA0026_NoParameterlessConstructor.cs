// Expect: PA0026
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0026.Missing;

public sealed class Handle : SafeHandle
{
    public Handle(bool ownsHandle) : base(IntPtr.Zero, ownsHandle) { }
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() => true;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "open_handle")]
    public static partial Handle Open();
}
