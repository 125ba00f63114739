// Expect: PA0071
using ParamArena;

namespace Cases.PA0071;

[ArenaStruct]
public partial struct Item
{
    public int Id;
    public string? Name;
}

public static partial class Hooks
{
    [ArenaCallback]
    public static void OnFill(out Item item) => item = new Item { Id = 1 };
}
