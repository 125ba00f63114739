// Expect: PA0003
using System;
using ParamArena;

namespace Cases.PA0003.Constraints;

// The throwing body repeats the constraints, or it would not implement the declaration.
public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "pick")]
    public static partial int Pick<T, U>(int value) where T : struct, IComparable<T> where U : class?, new();
}
