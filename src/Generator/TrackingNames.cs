namespace ParamArena.Generator;

/// <summary>Names of the pipeline steps, so tests can check that unchanged inputs are served from the cache.</summary>
public static class TrackingNames
{
    /// <summary>[ArenaMarshal] methods read into models with their diagnostics.</summary>
    public const string StubModels = "ParamArena.StubModels";

    /// <summary>[ArenaStruct] shapes read into models with their diagnostics.</summary>
    public const string ShapeModels = "ParamArena.ShapeModels";

    /// <summary>[ArenaFunctionTable] classes read into their pointer fields and loader.</summary>
    public const string TableModels = "ParamArena.TableModels";

    /// <summary>[ArenaCallback] methods read into their trampolines' models.</summary>
    public const string CallbackModels = "ParamArena.CallbackModels";

    /// <summary>Every refusal, collected for reporting.</summary>
    public const string Diagnostics = "ParamArena.Diagnostics";
}
