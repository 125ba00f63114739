namespace ParamArena.Analyzers;

/// <summary>The identifiers of every ParamArena diagnostic, in one place so code fixes and tests share them.</summary>
public static class DiagnosticIds
{
    /// <summary>An [ArenaMarshal] method is not <c>static partial</c> without a body.</summary>
    public const string NotStaticPartial = "PA0001";
    /// <summary>A type containing an [ArenaMarshal] method is not partial.</summary>
    public const string ContainingTypeNotPartial = "PA0002";
    /// <summary>An [ArenaMarshal] method is generic.</summary>
    public const string GenericMethod = "PA0003";
    /// <summary>A method carries both [LibraryImport] and [ArenaMarshal].</summary>
    public const string BothImportAttributes = "PA0004";
    /// <summary>A parameter or return type that [ArenaMarshal] cannot marshal.</summary>
    public const string UnsupportedSignatureType = "PA0005";
    /// <summary>A shape field type that the generator cannot stage.</summary>
    public const string UnsupportedShapeField = "PA0006";
    /// <summary>Native counts declared inconsistently.</summary>
    public const string InconsistentCount = "PA0007";
    /// <summary>An [ArenaStruct] shape is not partial.</summary>
    public const string ShapeNotPartial = "PA0008";
    /// <summary>The project does not allow unsafe code.</summary>
    public const string UnsafeBlocksRequired = "PA0009";
    /// <summary>A [LibraryImport] method whose marshalling allocates on every call.</summary>
    public const string PreferArenaMarshal = "PA0010";
    /// <summary>An [ArenaMarshal] or [ArenaStruct] declaration the generator cannot complete for another reason.</summary>
    public const string InvalidDeclaration = "PA0011";

    /// <summary>An arena pointer is returned or written to a ref/out parameter.</summary>
    public const string ReturnedArenaPointer = "PA1001";
    /// <summary>An arena pointer is stored where it outlives its lease.</summary>
    public const string StoredArenaPointer = "PA1002";
    /// <summary>An arena pointer is captured by a lambda or local function that escapes.</summary>
    public const string CapturedArenaPointer = "PA1003";
    /// <summary>An arena pointer is used after its lease is disposed.</summary>
    public const string UseAfterDispose = "PA1004";
    /// <summary>An arena pointer is used after an await or yield.</summary>
    public const string AliveAcrossSuspension = "PA1005";
    /// <summary>An [ArenaMarshal] method returns a pointer that may point into its released staging.</summary>
    public const string PointerIntoStaging = "PA1006";
    /// <summary>An arena pointer is passed to a [RetainsArgument] parameter.</summary>
    public const string PassedToRetainingParameter = "PA1007";
    /// <summary>A lease is rented and not disposed on every path.</summary>
    public const string LeaseNotDisposed = "PA1008";
}
