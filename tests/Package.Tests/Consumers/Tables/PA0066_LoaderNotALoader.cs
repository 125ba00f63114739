// Expect: PA0066
using ParamArena;

namespace Cases.PA0066;

public readonly struct DeviceHandle
{
    public readonly nint Value;
}

[ArenaFunctionTable(Loader = typeof(DeviceHandle))]
public sealed partial class Commands
{
}
