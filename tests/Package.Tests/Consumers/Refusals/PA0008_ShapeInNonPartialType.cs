// Expect: PA0008
using ParamArena;

namespace Cases.PA0008.Nested;

public class Container
{
    [ArenaStruct]
    public partial struct Shape
    {
        public string? Name;
    }
}
