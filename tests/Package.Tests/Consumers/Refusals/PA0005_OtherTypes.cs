// Expect: PA0005
using System;
using System.Runtime.InteropServices;
using ParamArena;

namespace Cases.PA0005.Others;

public sealed class Handle : SafeHandle
{
    public Handle() : base(IntPtr.Zero, ownsHandle: true) { }
    public override bool IsInvalid => handle == IntPtr.Zero;
    protected override bool ReleaseHandle() => true;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "callback")]
    public static partial int Callback(Action action);

    [ArenaMarshal("native", EntryPoint = "swap_handle")]
    public static partial int SwapHandle(ref Handle handle);

    [ArenaMarshal("native", EntryPoint = "grid")]
    public static partial int Grid(int[,] grid);

    [ArenaMarshal("native", EntryPoint = "counter")]
    public static partial ref int Counter();
}
