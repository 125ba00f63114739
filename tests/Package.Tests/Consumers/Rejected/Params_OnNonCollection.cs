// Expect: CS0225 CS8795
// What the user sees: the compiler's CS0225 on 'params int' and CS8795, no PA error. The generator writes nothing for a
// signature with compile errors of its own: a body must repeat 'params' (CS0758 otherwise), and would repeat CS0225.
using ParamArena;

namespace Cases.Params;

public static unsafe partial class Lib
{
    [ArenaMarshal("libc.so.6", EntryPoint = "abs")]
    public static partial int Abs(params int value);
}
