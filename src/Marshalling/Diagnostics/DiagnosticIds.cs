namespace ParamArena.Marshalling;

/// <summary>The identifiers of every ParamArena diagnostic, in one place so the generator, analyzers, code fixes and tests share them.</summary>
internal static class DiagnosticIds
{
    /// <summary>An [ArenaMarshal] method is not <c>static partial</c> without a body.</summary>
    public const string NotStaticPartial = "PA0001";
    /// <summary>A type containing an [ArenaMarshal] method is not partial.</summary>
    public const string ContainingTypeNotPartial = "PA0002";
    /// <summary>An [ArenaMarshal] method is generic.</summary>
    public const string GenericMethod = "PA0003";
    /// <summary>A method carries [ArenaMarshal] and [LibraryImport] or [DllImport].</summary>
    public const string BothImportAttributes = "PA0004";
    /// <summary>A parameter or return type that [ArenaMarshal] cannot marshal.</summary>
    public const string UnsupportedSignatureType = "PA0005";
    /// <summary>A shape field type that the generator cannot stage.</summary>
    public const string UnsupportedShapeField = "PA0006";
    /// <summary>[ArenaCount] or [ArenaCountParameter] on something without a length.</summary>
    public const string CountWithoutSequence = "PA0007";
    /// <summary>An [ArenaStruct] shape is not partial.</summary>
    public const string ShapeNotPartial = "PA0008";
    /// <summary>The project does not allow unsafe code.</summary>
    public const string UnsafeBlocksRequired = "PA0009";
    /// <summary>A [LibraryImport] method whose marshalling allocates on every call.</summary>
    public const string PreferArenaMarshal = "PA0010";
    /// <summary>The library name or entry point of an [ArenaMarshal] method is not a usable name.</summary>
    public const string InvalidImportTarget = "PA0011";
    /// <summary>StringMarshalling.Custom, which [ArenaMarshal] does not implement.</summary>
    public const string CustomStringMarshalling = "PA0012";
    /// <summary>A marshalling attribute ([MarshalUsing], [MarshalAs], [Out]) the generator does not honour.</summary>
    public const string UnsupportedMarshallingAttribute = "PA0013";
    /// <summary>A parameter name starting with <c>__</c>, which stubs reserve for their locals.</summary>
    public const string ReservedParameterName = "PA0014";
    /// <summary>An [ArenaMarshal] method inside a generic type.</summary>
    public const string GenericContainingType = "PA0015";
    /// <summary>An [ArenaMarshal] method or shape inside a <c>file</c> type.</summary>
    public const string FileLocalType = "PA0016";
    /// <summary>A count type that is not one of the integer types a native count may have.</summary>
    public const string InvalidCountType = "PA0017";
    /// <summary>An [ArenaCountParameter] position outside the native parameter list.</summary>
    public const string CountPositionOutOfRange = "PA0018";
    /// <summary>Two [ArenaCountParameter] counts at the same native position.</summary>
    public const string CountPositionTaken = "PA0019";
    /// <summary>An [ArenaCount] name that is not a valid identifier.</summary>
    public const string InvalidCountName = "PA0020";
    /// <summary>Arrays that share a count disagree on its type or unit.</summary>
    public const string SharedCountMismatch = "PA0021";
    /// <summary>A count the shape declares, contradicted by [ArenaCount] or of a non-integer type.</summary>
    public const string DeclaredCountConflict = "PA0022";
    /// <summary>[ArenaCount(KeepWhenNull = true)] naming a count the shape does not declare, so there is no value to keep.</summary>
    public const string KeepWhenNullWithoutDeclaredCount = "PA0060";
    /// <summary>A generic or ref struct shape.</summary>
    public const string ShapeKindNotSupported = "PA0023";
    /// <summary>A shape member named like one the generator adds.</summary>
    public const string GeneratedMemberNameClash = "PA0024";
    /// <summary>A signature or shape that uses a shape the generator refused.</summary>
    public const string UsesRefusedShape = "PA0025";
    /// <summary>A SafeHandle returned or received with 'out' that the stub cannot construct.</summary>
    public const string SafeHandleNotConstructible = "PA0026";

    /// <summary>A shape with a structure type declares a field staging writes itself (SType, PNext).</summary>
    public const string ChainFieldDeclared = "PA0050";
    /// <summary>An [ArenaStructureType] value that is not an enum or integer constant.</summary>
    public const string InvalidStructureType = "PA0051";
    /// <summary>An [ArenaExtends] on a shape without a structure type, or naming a head that has none.</summary>
    public const string InvalidExtends = "PA0052";

    /// <summary>A [LibraryImport] or [DllImport] method that [ArenaMarshal] could implement (hidden: it carries the conversion code fix).</summary>
    public const string ConvertibleToArenaMarshal = "PA0027";

    /// <summary>An [ArenaMarshal] method of a function table that is not an instance partial method without a body.</summary>
    public const string TableMethodForm = "PA0028";

    /// <summary>[ArenaFunctionTable] on a class the generator cannot add a table to (static, or non-partial).</summary>
    public const string TableTypeForm = "PA0065";
    /// <summary>The Loader an [ArenaFunctionTable] declares is not a function loader.</summary>
    public const string TableLoaderType = "PA0066";
    /// <summary>An [ArenaEnumerated] declaration the generator cannot implement.</summary>
    public const string EnumerationForm = "PA0067";
    /// <summary>[ArenaFree] where the stub cannot free: not a returned or out/ref string, or no library to find the function in.</summary>
    public const string FreeNotApplicable = "PA0040";
    /// <summary>[ArenaStringBuffer] on something other than an out string, or with capacities or a return it cannot use.</summary>
    public const string StringBufferNotApplicable = "PA0041";
    /// <summary>A native length on a string that the stub does not pass in (an out/ref string, a caller buffer).</summary>
    public const string StringLengthNotApplicable = "PA0042";

    /// <summary>An [ArenaCallback] method the generator cannot write a trampoline for (instance, generic, in a non-partial type...).</summary>
    public const string CallbackForm = "PA0070";
    /// <summary>An [ArenaCallback] parameter or return type that cannot be converted from or to native.</summary>
    public const string UnsupportedCallbackType = "PA0071";

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

    /// <summary>A function table method is called on a table that, on some path, was created here and not loaded.</summary>
    public const string TableCalledBeforeLoad = "PA1010";
    /// <summary>A function table is loaded with a loader of a type its [ArenaFunctionTable(Loader)] does not accept.</summary>
    public const string TableLoaderMismatch = "PA1011";
}
