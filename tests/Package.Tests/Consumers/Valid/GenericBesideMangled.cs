// Expect: (none)
using ParamArena;

namespace Cases.GenericBesideMangled;

// G<X> and G_X_ once mapped to one generated file name.
public static partial class G<X>
{
    [ArenaStruct]
    public partial struct Shape
    {
        public string? Name;
    }
}

public static partial class G_X_
{
    [ArenaStruct]
    public partial struct Shape
    {
        public string? Name;
    }
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_generic")]
    public static partial int Use(in G<int>.Shape shape);

    [ArenaMarshal("native", EntryPoint = "use_mangled")]
    public static partial int Use(in G_X_.Shape shape);

    // The Native structs exist: this compiles only if both shapes were generated.
    public static int NativeSizes() => sizeof(G<int>.Shape.Native) + sizeof(G_X_.Shape.Native);
}
