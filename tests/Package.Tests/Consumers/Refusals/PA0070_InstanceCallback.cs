// Expect: PA0070
using ParamArena;

namespace Cases.PA0070;

public sealed partial class Hooks
{
    private int _calls;

    [ArenaCallback]
    public int OnEvent(int code) => code + _calls++;
}
