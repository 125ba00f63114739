// Expect: (none)
using ParamArena;

namespace Cases.Overloads;

// Overloads that differ only by ref kind once got the same generated file name, and Roslyn dropped every stub.
public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "m_value")]
    public static partial int M(int value);

    [ArenaMarshal("native", EntryPoint = "m_ref")]
    public static partial int M(ref int value);

    [ArenaMarshal("native", EntryPoint = "m_string")]
    public static partial int M(string value);
}
