using ParamArena.Generator.Model;

namespace ParamArena.Generator.Emit.Strategies;

/// <summary>Maps each <see cref="MarshalKind"/> to its strategy (the strategies hold no state, so one of each is shared).</summary>
internal static class StrategyFor
{
    private static readonly ParameterStrategy s_blittable = new BlittableValueStrategy();
    private static readonly ParameterStrategy s_byRef = new ByRefPinnedStrategy();
    private static readonly ParameterStrategy s_pinned = new ArrayOrSpanPinnedStrategy();
    private static readonly ParameterStrategy s_string = new StringStrategy();
    private static readonly ParameterStrategy s_stringArray = new StringArrayStrategy();
    private static readonly ParameterStrategy s_bool = new BoolStrategy();
    private static readonly ParameterStrategy s_boolByRef = new BoolByRefStrategy();
    private static readonly ParameterStrategy s_char = new CharStrategy();
    private static readonly ParameterStrategy s_safeHandle = new SafeHandleStrategy();
    private static readonly ParameterStrategy s_safeHandleOut = new SafeHandleOutStrategy();
    private static readonly ParameterStrategy s_shape = new ShapeStrategy();
    private static readonly ParameterStrategy s_nullableShape = new NullableShapeStrategy();
    private static readonly ParameterStrategy s_shapeArray = new ShapeArrayStrategy();

    public static ParameterStrategy Kind(MarshalKind kind) => kind switch
    {
        MarshalKind.ByRefPinned => s_byRef,
        MarshalKind.ArrayOrSpanPinned => s_pinned,
        MarshalKind.String => s_string,
        MarshalKind.StringArray => s_stringArray,
        MarshalKind.Bool => s_bool,
        MarshalKind.BoolByRef => s_boolByRef,
        MarshalKind.Char => s_char,
        MarshalKind.SafeHandle => s_safeHandle,
        MarshalKind.SafeHandleOut => s_safeHandleOut,
        MarshalKind.ShapeValue or MarshalKind.ShapeIn => s_shape,
        MarshalKind.NullableShape => s_nullableShape,
        MarshalKind.ShapeArray => s_shapeArray,
        _ => s_blittable,
    };
}
