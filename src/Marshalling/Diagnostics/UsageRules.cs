using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// The declaration rules: what the generator refuses and why. The generator reports them itself, so they show in a
/// plain <c>dotnet build</c> even when the compiler has errors of its own; each has a page under docs/diagnostics.
/// </summary>
internal static class UsageRules
{
    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        RuleDescriptor.Create(id, title, message, RuleDescriptor.Usage, DiagnosticSeverity.Error, description);

    public static readonly DiagnosticDescriptor NotStaticPartial = Error(DiagnosticIds.NotStaticPartial,
        "[ArenaMarshal] method must be 'static partial' without a body",
        "[ArenaMarshal] method '{0}' {1}; declare it 'static partial' with no body so the generator can write it",
        "The generator writes the body of an [ArenaMarshal] method as the implementation of a static partial method.");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(DiagnosticIds.ContainingTypeNotPartial,
        "Type containing an [ArenaMarshal] method must be partial",
        "Type '{0}' contains the [ArenaMarshal] method '{1}' but is not partial; add the 'partial' modifier to '{0}'",
        "The generated body is emitted in another part of every enclosing type, so each of them must be partial.");

    public static readonly DiagnosticDescriptor GenericMethod = Error(DiagnosticIds.GenericMethod,
        "[ArenaMarshal] method must not be generic",
        "[ArenaMarshal] method '{0}' is generic; a native function has one signature, so declare one method per type (a type parameter is allowed only for a chain: 'where TChain : struct, IArenaChain<TChain, Head>')",
        "Native functions have fixed parameter types; a type parameter has no native layout the stub could stage.");

    public static readonly DiagnosticDescriptor BothImportAttributes = Error(DiagnosticIds.BothImportAttributes,
        "Method has [ArenaMarshal] and another import attribute",
        "Method '{0}' has both [ArenaMarshal] and [{1}]; keep one of them",
        "A method has one implementation; [ArenaMarshal] takes the place of [LibraryImport] or [DllImport] and accepts the same arguments.");

    public static readonly DiagnosticDescriptor UnsupportedSignatureType = Error(DiagnosticIds.UnsupportedSignatureType,
        "[ArenaMarshal] cannot marshal this parameter or return type",
        "{0} of '{1}' has type '{2}', which [ArenaMarshal] cannot marshal: {3}",
        "Parameters may be blittable values, pointers, function pointers, in/ref/out of blittable types, blittable arrays and spans, SafeHandles, strings, string arrays, bool, char and [ArenaStruct] shapes; returns may be void, blittable values, pointers, bool, char, string or a SafeHandle.");

    public static readonly DiagnosticDescriptor UnsupportedShapeField = Error(DiagnosticIds.UnsupportedShapeField,
        "[ArenaStruct] field cannot be staged",
        "Field '{0}' of shape '{1}' has type '{2}', which cannot be staged: {3}",
        "Shape fields may be blittable values, pointers, bool, char, strings, one-dimensional arrays of blittable values, strings or shapes, nested shapes and nullable shapes.");

    public static readonly DiagnosticDescriptor CountWithoutSequence = Error(DiagnosticIds.CountWithoutSequence,
        "Native count on something without a length",
        "[{0}] is on '{1}' of type '{2}', which has no length; put it on an array (or, for parameters, a span) passed by value",
        "[ArenaCount] and [ArenaCountParameter] describe the native count of an array or span.");

    public static readonly DiagnosticDescriptor ShapeNotPartial = Error(DiagnosticIds.ShapeNotPartial,
        "[ArenaStruct] shape must be partial",
        "Shape '{0}' is not partial (or is enclosed in a type that is not); add the 'partial' modifier so the generator can add its Native struct",
        "The generator adds a Native struct and staging methods to each shape in another part of the type.");

    public static readonly DiagnosticDescriptor UnsafeBlocksRequired = Error(DiagnosticIds.UnsafeBlocksRequired,
        "ParamArena needs AllowUnsafeBlocks",
        "This project uses [{0}] but does not allow unsafe code; add <AllowUnsafeBlocks>true</AllowUnsafeBlocks> to the project file",
        "Generated stubs and Native structs use pointers, which compile only when unsafe code is allowed.");

    public static readonly DiagnosticDescriptor InvalidImportTarget = Error(DiagnosticIds.InvalidImportTarget,
        "Library name or entry point is not usable",
        "[ArenaMarshal] on '{0}': {1}",
        "The library name and entry point are passed to the runtime's loader as they are; they must be non-empty and contain no NUL character.");

    public static readonly DiagnosticDescriptor CustomStringMarshalling = Error(DiagnosticIds.CustomStringMarshalling,
        "StringMarshalling.Custom is not supported",
        "[ArenaMarshal] on '{0}' asks for StringMarshalling.Custom, which it does not implement; use Utf8 (the default) or Utf16, or keep [LibraryImport] with its custom marshaller",
        "Strings are staged as NUL-terminated UTF-8 or UTF-16 in the arena; a custom marshaller would run outside it.");

    public static readonly DiagnosticDescriptor UnsupportedMarshallingAttribute = Error(DiagnosticIds.UnsupportedMarshallingAttribute,
        "Marshalling attribute not honoured by [ArenaMarshal]",
        "{0} of '{1}' has {2}, which [ArenaMarshal] does not honour: {3}",
        "Every marshalling attribute is either implemented or refused; none is ignored.");

    public static readonly DiagnosticDescriptor ReservedParameterName = Error(DiagnosticIds.ReservedParameterName,
        "Parameter name reserved by the generated stub",
        "Parameter '{0}' of '{1}' starts with '__', which the generated stub reserves for its own locals; rename the parameter",
        "Stub locals are named __something so they never shadow a parameter.");

    public static readonly DiagnosticDescriptor GenericContainingType = Error(DiagnosticIds.GenericContainingType,
        "[ArenaMarshal] method in a generic type",
        "[ArenaMarshal] method '{0}' is declared in the generic type '{1}', where the runtime does not allow the native import the stub calls; move it to a non-generic type",
        "The CLR rejects P/Invoke declarations inside generic types (CS7042).");

    public static readonly DiagnosticDescriptor FileLocalType = Error(DiagnosticIds.FileLocalType,
        "ParamArena declaration in a file-local type",
        "'{0}' is declared in the file-local type '{1}', which the generator cannot extend from its own file; remove 'file' from '{1}'",
        "A file-local type can only be declared in one file, so generated parts cannot be added to it.");

    public static readonly DiagnosticDescriptor InvalidCountType = Error(DiagnosticIds.InvalidCountType,
        "Count type is not a native integer type",
        "[{0}] on '{1}' has CountType '{2}'; use int, uint, long, ulong, nint, nuint, ushort or byte",
        "A native count is an integer whose range the stub checks before the call.");

    public static readonly DiagnosticDescriptor CountPositionOutOfRange = Error(DiagnosticIds.CountPositionOutOfRange,
        "Count position outside the native parameter list",
        "The count of '{0}' is at native position {1}, but the native function has {2} parameters (0 to {3}); give the count's zero-based position in the C signature",
        "[ArenaCountParameter(n)] inserts the count as the n-th native argument.");

    public static readonly DiagnosticDescriptor CountPositionTaken = Error(DiagnosticIds.CountPositionTaken,
        "Two counts at one native position",
        "The counts of '{0}' and '{1}' both claim native position {2}; each count needs its own position in the C signature",
        "Each [ArenaCountParameter] count is its own native argument.");

    public static readonly DiagnosticDescriptor InvalidCountName = Error(DiagnosticIds.InvalidCountName,
        "Count name is not a field name",
        "[ArenaCount] on '{0}' names its count '{1}', which is not a valid field name; use a C# identifier such as '{0}Count'",
        "The count becomes a field of the Native struct.");

    public static readonly DiagnosticDescriptor SharedCountMismatch = Error(DiagnosticIds.SharedCountMismatch,
        "Arrays sharing a count disagree",
        "'{0}' and '{1}' share the count '{2}' but disagree on its {3}; give both the same CountType, InBytes and Position",
        "A shared count is one native field with one type and one unit.");

    public static readonly DiagnosticDescriptor DeclaredCountConflict = Error(DiagnosticIds.DeclaredCountConflict,
        "Declared count contradicted",
        "[ArenaCount] on '{0}' names '{1}', a field the shape declares: {2}",
        "A count field the shape declares keeps its own type and position; [ArenaCount] may name it but not redefine it.");

    public static readonly DiagnosticDescriptor KeepWhenNullWithoutDeclaredCount = Error(DiagnosticIds.KeepWhenNullWithoutDeclaredCount,
        "KeepWhenNull without a declared count",
        "[ArenaCount] on '{0}' sets KeepWhenNull, but the shape declares no field '{1}' whose value staging could keep; declare the count as an integer field or remove KeepWhenNull",
        "Only a count the shape declares has a value of its own to write when every array it counts is null.");

    public static readonly DiagnosticDescriptor ShapeKindNotSupported = Error(DiagnosticIds.ShapeKindNotSupported,
        "Shape kind not supported",
        "Shape '{0}' is {1}; declare a non-generic, non-ref partial struct for each native layout",
        "A native struct has one fixed layout, and shapes are stored in arrays and spans.");

    public static readonly DiagnosticDescriptor GeneratedMemberNameClash = Error(DiagnosticIds.GeneratedMemberNameClash,
        "Shape member named like its native struct",
        "Shape '{0}' needs the name '{1}' for its generated native struct, but the name is taken or not an identifier; rename the member, or name the struct with [ArenaStruct(NativeName = \"...\")]",
        "The generator adds one member to a shape: its native twin, named Native unless [ArenaStruct(NativeName)] says otherwise; the staging methods live inside it.");

    public static readonly DiagnosticDescriptor ChainFieldDeclared = Error(DiagnosticIds.ChainFieldDeclared,
        "Shape with a structure type declares its SType or PNext",
        "Shape '{0}' has a structure type, so its native struct starts with SType and PNext, which staging writes; remove the field '{1}' (attach extensions with a chain: head.Then(link))",
        "A shape with [ArenaStructureType] gets its tag and next-pointer fields from the generator, so that no caller sets them by hand or sets them wrong.");

    public static readonly DiagnosticDescriptor InvalidStructureType = Error(DiagnosticIds.InvalidStructureType,
        "Structure type is not an enum or integer constant",
        "[ArenaStructureType] on '{0}' has the value '{1}', which is not an enum or integer constant; pass the tag, for example StructureType.InstanceCreateInfo",
        "The native tag field takes the value's type and is written with the value, so it must be an enum member or an integer constant.");

    public static readonly DiagnosticDescriptor InvalidExtends = Error(DiagnosticIds.InvalidExtends,
        "[ArenaExtends] names something that cannot be chained",
        "[ArenaExtends] on '{0}' cannot apply: {1}",
        "Only a shape with a structure type can be a chain link, and only a shape with a structure type can be a chain's head.");

    public static readonly DiagnosticDescriptor UsesRefusedShape = Error(DiagnosticIds.UsesRefusedShape,
        "Uses a shape the generator refused",
        "{0} uses the shape '{1}', which the generator refused (see its own errors); fix '{1}' first",
        "A stub or shape is not generated against a shape that has no Native struct.");

    public static readonly DiagnosticDescriptor TableMethodForm = Error(DiagnosticIds.TableMethodForm,
        "Function table method must be an instance 'partial' method without a body",
        "[ArenaMarshal] method '{0}' of the function table '{1}' {2}; declare it as an instance 'partial' method with no body, so it calls the table's loaded pointer",
        "Each table object holds its own pointers (one table per device, say), so its methods are instance methods.");

    public static readonly DiagnosticDescriptor TableTypeForm = Error(DiagnosticIds.TableTypeForm,
        "[ArenaFunctionTable] type cannot hold a table",
        "[ArenaFunctionTable] '{0}' {1}; declare it as a non-static 'partial' class so the generator can add its pointers and LoadFunctions",
        "The generator adds one pointer field per function and a LoadFunctions method to another part of the table class.");

    public static readonly DiagnosticDescriptor TableLoaderType = Error(DiagnosticIds.TableLoaderType,
        "Table's Loader is not a function loader",
        "[ArenaFunctionTable] '{0}' declares Loader = typeof({1}), which {2}; name a struct, class or interface that implements ParamArena.IArenaFunctionLoader",
        "LoadFunctions accepts only loaders of the declared type, so that type must be one LoadFunctions can call.");

    public static readonly DiagnosticDescriptor EnumerationForm = Error(DiagnosticIds.EnumerationForm,
        "[ArenaEnumerated] declaration cannot be implemented",
        "[ArenaEnumerated] on '{0}' of '{1}': {2}",
        "An enumeration is one 'out T[]' parameter (or 'out Span<T>' beside an ArenaLease or NativePool parameter) of blittable items, with an integer count type, a count position inside the native parameter list, and result values only where the function returns one.");

    public static readonly DiagnosticDescriptor SafeHandleNotConstructible = Error(DiagnosticIds.SafeHandleNotConstructible,
        "SafeHandle the stub cannot create",
        "{0} of '{1}' is the SafeHandle '{2}', which the stub must create but cannot: {3}",
        "A returned or 'out' SafeHandle is created before the call with its parameterless constructor.");

    public static readonly DiagnosticDescriptor FreeNotApplicable = Error(DiagnosticIds.FreeNotApplicable,
        "[ArenaFree] cannot apply here",
        "[ArenaFree] on {0} of '{1}' cannot apply: {2}",
        "[ArenaFree] names how the caller frees a string the native function hands over: a returned string, or an out or ref string received through a pointer to a pointer.");

    public static readonly DiagnosticDescriptor StringBufferNotApplicable = Error(DiagnosticIds.StringBufferNotApplicable,
        "[ArenaStringBuffer] cannot apply here",
        "[ArenaStringBuffer] on {0} of '{1}' cannot apply: {2}",
        "[ArenaStringBuffer] makes an out string a caller buffer staged in the arena; the stub needs the capacity's position and type, sensible capacities, and a return that says when the buffer was too small.");

    public static readonly DiagnosticDescriptor StringLengthNotApplicable = Error(DiagnosticIds.StringLengthNotApplicable,
        "A string's native length cannot be passed here",
        "[ArenaCountParameter] on {0} of '{1}' cannot apply: {2}",
        "[ArenaCountParameter] on a string (or a span passed as a C string) passes the staged string's length; a string the callee writes has no length to pass in.");
    public static readonly DiagnosticDescriptor CallbackForm = Error(DiagnosticIds.CallbackForm,
        "[ArenaCallback] method cannot get a trampoline",
        "[ArenaCallback] method '{0}' {1}",
        "The generator adds an [UnmanagedCallersOnly] trampoline and a <Method>Pointer property next to a static, non-generic callback method in partial, non-generic types.");

    public static readonly DiagnosticDescriptor UnsupportedCallbackType = Error(DiagnosticIds.UnsupportedCallbackType,
        "[ArenaCallback] cannot convert this parameter or return type",
        "{0} of the callback '{1}' has type '{2}', which [ArenaCallback] cannot convert: {3}",
        "Callback parameters may be blittable values (by value or 'in'), bool, char, strings, [ArenaStruct] shapes (by value or 'in'), optional shapes and arrays with an [ArenaCountParameter]; returns may be void, blittable values, bool or char.");
}
