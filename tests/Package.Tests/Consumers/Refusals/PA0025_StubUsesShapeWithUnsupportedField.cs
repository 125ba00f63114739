// Expect: PA0006 PA0025
using ParamArena;

namespace Cases.PA0025.UnsupportedField;

[ArenaStruct]
public partial struct Holder
{
    public object Value;
}

public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "use_holder")]
    public static partial int Use(Holder? holder);
}
