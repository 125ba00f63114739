// Expect: PA0071
using ParamArena;

namespace Cases.PA0071;

public static partial class Hooks
{
    [ArenaCallback]
    public static void OnCount(ref int count) => count++;
}
