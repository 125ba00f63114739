using Microsoft.CodeAnalysis;

namespace ParamArena.Analyzers;

/// <summary>Every diagnostic ParamArena reports. Messages say what is wrong and what to do about it.</summary>
public static class Descriptors
{
    private const string Usage = "ParamArena.Usage";
    private const string Safety = "ParamArena.Safety";

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinks.For(id));

    /// <summary>PA0001.</summary>
    public static readonly DiagnosticDescriptor NotStaticPartial = Create(
        DiagnosticIds.NotStaticPartial,
        "[ArenaMarshal] method must be 'static partial' without a body",
        "[ArenaMarshal] method '{0}' {1}; declare it 'static partial' with no body so the generator can write it",
        Usage, DiagnosticSeverity.Error,
        "The generator writes the body of an [ArenaMarshal] method as the implementation of a static partial method; any other shape gets no body.");

    /// <summary>PA0002.</summary>
    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        DiagnosticIds.ContainingTypeNotPartial,
        "Type containing an [ArenaMarshal] method must be partial",
        "Type '{0}' contains the [ArenaMarshal] method '{1}' but is not partial; add the 'partial' modifier to '{0}'",
        Usage, DiagnosticSeverity.Error,
        "The generated body is emitted in another part of every enclosing type, so each of them must be partial.");

    /// <summary>PA0003.</summary>
    public static readonly DiagnosticDescriptor GenericMethod = Create(
        DiagnosticIds.GenericMethod,
        "[ArenaMarshal] method cannot be generic",
        "[ArenaMarshal] method '{0}' is generic; a native function has one fixed signature, so declare one non-generic method per type",
        Usage, DiagnosticSeverity.Error,
        "Native entry points have fixed parameter types; the generator does not emit stubs for generic methods.");

    /// <summary>PA0004.</summary>
    public static readonly DiagnosticDescriptor BothImportAttributes = Create(
        DiagnosticIds.BothImportAttributes,
        "Method has both [LibraryImport] and [ArenaMarshal]",
        "Method '{0}' has both [LibraryImport] and [ArenaMarshal]; keep one of them (each generator would write a body)",
        Usage, DiagnosticSeverity.Error,
        "A partial method has exactly one implementation; [ArenaMarshal] takes the place of [LibraryImport] and accepts the same arguments.");

    /// <summary>PA0005.</summary>
    public static readonly DiagnosticDescriptor UnsupportedSignatureType = Create(
        DiagnosticIds.UnsupportedSignatureType,
        "[ArenaMarshal] cannot marshal this parameter or return type",
        "{0} of '{1}' has type '{2}', which [ArenaMarshal] cannot marshal: {3}",
        Usage, DiagnosticSeverity.Error,
        "Parameters may be blittable values, pointers, function pointers, in/ref/out of blittable types, blittable arrays and spans, SafeHandles, strings, string arrays, bool, char and [ArenaStruct] shapes; returns may be void, blittable values, pointers, string or bool.");

    /// <summary>PA0006.</summary>
    public static readonly DiagnosticDescriptor UnsupportedShapeField = Create(
        DiagnosticIds.UnsupportedShapeField,
        "[ArenaStruct] field type cannot be staged",
        "Field '{0}' of shape '{1}' has type '{2}', which the generator cannot stage: {3}",
        Usage, DiagnosticSeverity.Error,
        "Shape fields may be blittable values, pointers, function pointers, bool, string, arrays of blittable values, strings or shapes, nested shapes and nullable shapes.");

    /// <summary>PA0007.</summary>
    public static readonly DiagnosticDescriptor InconsistentCount = Create(
        DiagnosticIds.InconsistentCount,
        "Native count declared inconsistently",
        "{0}",
        Usage, DiagnosticSeverity.Error,
        "[ArenaCount] and [ArenaCountParameter] describe native (pointer, count) pairs; fields sharing a count must agree on its type and unit, and count parameters need distinct, valid native positions.");

    /// <summary>PA0008.</summary>
    public static readonly DiagnosticDescriptor ShapeNotPartial = Create(
        DiagnosticIds.ShapeNotPartial,
        "[ArenaStruct] shape must be partial",
        "Shape '{0}' is not partial; add the 'partial' modifier (and to every type that contains it) so the generator can add its Native twin",
        Usage, DiagnosticSeverity.Error,
        "The generator adds a nested blittable Native struct and staging methods to each shape, which needs the shape and its containing types to be partial.");

    /// <summary>PA0009.</summary>
    public static readonly DiagnosticDescriptor UnsafeBlocksRequired = Create(
        DiagnosticIds.UnsafeBlocksRequired,
        "ParamArena needs AllowUnsafeBlocks",
        "This project uses [ArenaMarshal] or [ArenaStruct] but does not allow unsafe code; add <AllowUnsafeBlocks>true</AllowUnsafeBlocks> to the project file",
        Usage, DiagnosticSeverity.Error,
        "Generated stubs and Native structs use pointers, which compile only when unsafe code is allowed.");

    /// <summary>PA0010.</summary>
    public static readonly DiagnosticDescriptor PreferArenaMarshal = Create(
        DiagnosticIds.PreferArenaMarshal,
        "[LibraryImport] marshalling allocates on every call",
        "[LibraryImport] method '{0}' allocates native memory on every call to marshal '{1}'; [ArenaMarshal] takes the same arguments and stages it in the thread's arena instead",
        Usage, DiagnosticSeverity.Info,
        "LibraryImport marshals string arrays and arrays of non-blittable elements with one native allocation (and free) per element per call; [ArenaMarshal] bump-allocates them and releases everything at once.");

    /// <summary>PA0011.</summary>
    public static readonly DiagnosticDescriptor InvalidDeclaration = Create(
        DiagnosticIds.InvalidDeclaration,
        "Declaration the ParamArena generator cannot complete",
        "{0}",
        Usage, DiagnosticSeverity.Error,
        "Covers the remaining inputs the generator refuses: a custom string marshalling, a missing library name, parameter names starting with '__', generic shapes, and shapes that declare a member with a name the generator adds (Native, Stage, StageInto, StageArray).");

    /// <summary>PA1001.</summary>
    public static readonly DiagnosticDescriptor ReturnedArenaPointer = Create(
        DiagnosticIds.ReturnedArenaPointer,
        "Arena pointer escapes through a return or ref/out parameter",
        "'{0}' points into the arena of lease '{1}', which is released when this method's lease ends; {2} it outlives the memory. Copy the data out (or allocate from a lease the caller passes in and mark the method [LeaseBound]).",
        Safety, DiagnosticSeverity.Warning,
        "Memory allocated from an ArenaLease is reclaimed when the lease is disposed; a pointer that leaves the method dangles.");

    /// <summary>PA1002.</summary>
    public static readonly DiagnosticDescriptor StoredArenaPointer = Create(
        DiagnosticIds.StoredArenaPointer,
        "Arena pointer stored where it outlives its lease",
        "'{0}' points into the arena of lease '{1}' and is stored in {2}, which outlives the lease; keep arena pointers in locals, or copy the data into memory you own (NativePool, an array)",
        Safety, DiagnosticSeverity.Warning,
        "Fields, static storage, arrays and collections reachable from outside the method keep the pointer after the lease releases its memory.");

    /// <summary>PA1003.</summary>
    public static readonly DiagnosticDescriptor CapturedArenaPointer = Create(
        DiagnosticIds.CapturedArenaPointer,
        "Arena pointer captured by an escaping lambda or local function",
        "The {0} captures '{1}', which points into the arena of lease '{2}', and {3}; it may run after the lease is released. Copy the data before capturing it, or run the code inside the lease's scope.",
        Safety, DiagnosticSeverity.Warning,
        "A delegate that is stored, returned or scheduled can run after the lease has released the memory its captured pointer refers to.");

    /// <summary>PA1004.</summary>
    public static readonly DiagnosticDescriptor UseAfterDispose = Create(
        DiagnosticIds.UseAfterDispose,
        "Arena pointer used after its lease is disposed",
        "'{0}' points into the arena of '{1}', which has been disposed at this point; use the pointer inside the lease's scope, or move the end of the scope after this use",
        Safety, DiagnosticSeverity.Warning,
        "Disposing a lease (the end of its using, or an explicit Dispose) releases its memory; the next rent overwrites it.");

    /// <summary>PA1005.</summary>
    public static readonly DiagnosticDescriptor AliveAcrossSuspension = Create(
        DiagnosticIds.AliveAcrossSuspension,
        "Arena pointer used across an await or yield",
        "'{0}' points into the thread's arena and is used after an {1}; the method may resume on another thread or after the lease was released. Finish using it before the {1}, or copy the data out.",
        Safety, DiagnosticSeverity.Warning,
        "The arena belongs to the thread that rented it; code after an await or yield may run on another thread or after other code reused the arena.");

    /// <summary>PA1006.</summary>
    public static readonly DiagnosticDescriptor PointerIntoStaging = Create(
        DiagnosticIds.PointerIntoStaging,
        "[ArenaMarshal] pointer return may point into released staging",
        "[ArenaMarshal] method '{0}' returns '{1}' while it stages '{2}' in the arena; if the native function returns a pointer into that input, it dangles once the call returns. Return an offset or copy, or pass the input yourself as a pointer you own.",
        Safety, DiagnosticSeverity.Warning,
        "The generated stub releases its staging before returning, so a pointer the native side derives from a staged input points into released memory.");

    /// <summary>PA1007.</summary>
    public static readonly DiagnosticDescriptor PassedToRetainingParameter = Create(
        DiagnosticIds.PassedToRetainingParameter,
        "Arena pointer passed to a parameter that retains it",
        "'{0}' points into the arena of lease '{1}' and is passed to '{2}', which keeps it ([RetainsArgument]) beyond the lease; pass memory you own instead",
        Safety, DiagnosticSeverity.Warning,
        "A [RetainsArgument] parameter stores what it is given; the arena reclaims the memory when the lease ends.");

    /// <summary>PA1008.</summary>
    public static readonly DiagnosticDescriptor LeaseNotDisposed = Create(
        DiagnosticIds.LeaseNotDisposed,
        "ArenaLease is not disposed on every path",
        "The lease rented here is not disposed on every path; declare it with 'using var' so every exit releases it (an undisposed lease keeps the arena's memory and breaks the nesting of later leases)",
        Safety, DiagnosticSeverity.Warning,
        "Leases are nested scopes of the thread's arena; one that is never disposed leaks its memory and makes later, outer leases close out of order.");
}
