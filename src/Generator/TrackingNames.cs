namespace ParamArena.Generator;

/// <summary>Names of the pipeline steps, so incremental tests can check each step's cache state.</summary>
public static class TrackingNames
{
    /// <summary>Models built from <c>[ArenaMarshal]</c> methods (null for methods the generator cannot implement).</summary>
    public const string StubModels = "ParamArena.StubModels";

    /// <summary>Only the stub models the emitter will implement.</summary>
    public const string SupportedStubs = "ParamArena.SupportedStubs";

    /// <summary>Models built from <c>[ArenaStruct]</c> shapes.</summary>
    public const string ShapeModels = "ParamArena.ShapeModels";

    /// <summary>Only the shape models the emitter will implement.</summary>
    public const string SupportedShapes = "ParamArena.SupportedShapes";
}
