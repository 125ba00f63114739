using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>
/// The resolver's part for strings that come back or are spelled as spans: <c>out</c>/<c>ref</c> strings (through a
/// <c>const char**</c>, or into a caller buffer with <c>[ArenaStringBuffer]</c>), <c>[ArenaFree]</c> on strings the
/// caller owns, and spans passed as NUL-terminated C strings with <c>[MarshalAs(LPUTF8Str or LPWStr)]</c>.
/// </summary>
internal static class StringForms
{
    /// <summary>True when a span parameter asks to be a C string rather than a pinned buffer.</summary>
    public static bool AsksForCString(ElementSite site, ITypeSymbol? spanElement) =>
        spanElement is not null && site.Type is not IArrayTypeSymbol && MarshalAsString(site) is not null
        && spanElement.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;

    /// <summary>A span of chars or bytes as a NUL-terminated copy; null (refused through <paramref name="refuse"/>) when it cannot be one.</summary>
    public static ElementModel? CString(ElementSite site, ITypeSymbol spanElement, RefKindModel refKind, Func<MarshallerKind, ElementModel> make, Func<string, ElementModel?> refuse)
    {
        if (site.Role != ElementRole.Parameter) return refuse("only a parameter can be a span passed as a C string");
        if (refKind != RefKindModel.None) return refuse("a span passed as a C string is passed by value; remove the 'ref', 'in' or 'out'");
        bool utf16 = MarshalAsString(site) == KnownNames.UnmanagedTypeLPWStr;
        if (utf16 && spanElement.SpecialType == SpecialType.System_Byte)
            return refuse("a span of bytes is UTF-8 text (UnmanagedType.LPUTF8Str); for UTF-16 pass a span of chars");
        return make(MarshallerKind.CString) with { Utf16 = utf16 };
    }

    /// <summary>An <c>out</c> or <c>ref</c> string: a caller buffer with <c>[ArenaStringBuffer]</c>, else a pointer the callee sets.</summary>
    public static ElementModel? OutString(ElementSite site, RefKindModel refKind, Func<MarshallerKind, ElementModel> make, Func<string, ElementModel?> refuse,
        List<DiagnosticInfo> diagnostics)
    {
        if (refKind is not (RefKindModel.Out or RefKindModel.Ref))
            return refuse("a string is passed by value, or received with 'out' or 'ref' (a const char** the callee sets); remove the 'in'");
        AttributeData? buffer = TypeFacts.Attribute(site.Attributes, KnownNames.ArenaStringBufferAttribute);
        if (buffer is null) return make(MarshallerKind.StringOut);
        if (refKind != RefKindModel.Out)
        {
            BufferRefused(site, buffer, diagnostics, "a caller buffer receives the string, so the parameter is 'out'; for a string passed in and read back, use 'ref' without [ArenaStringBuffer]");
            return null;
        }
        StringBufferModel? model = ReadBuffer(site, buffer, diagnostics);
        return model is null ? null : make(MarshallerKind.StringBuffer) with { Buffer = model };
    }

    private static StringBufferModel? ReadBuffer(ElementSite site, AttributeData attribute, List<DiagnosticInfo> diagnostics)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int index) return null;
        string capacityType = "int";
        int initial = 256, max = 1 << 20, errno = 34;
        bool returnsLength = false;
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "CapacityType":
                    string? keyword = TypeFacts.CountTypeKeyword(named.Value.Value as ITypeSymbol);
                    if (keyword is null or "byte" or "ushort")
                    {
                        BufferRefused(site, attribute, diagnostics, "CapacityType must be int, uint, long, ulong, nint or nuint");
                        return null;
                    }
                    capacityType = keyword;
                    break;
                case "InitialCapacity" when named.Value.Value is int value:
                    initial = value;
                    break;
                case "MaxCapacity" when named.Value.Value is int value:
                    max = value;
                    break;
                case "Errno" when named.Value.Value is int value:
                    errno = value;
                    break;
                case "TooSmall" when named.Value.Value is int value:
                    if (value is not (0 or 1))
                    {
                        BufferRefused(site, attribute, diagnostics, "TooSmall must be one of the ArenaBufferTooSmall values");
                        return null;
                    }
                    returnsLength = value == 1;
                    break;
            }
        }
        string? why = initial < 2 ? "InitialCapacity must be at least 2 (a unit and the NUL)"
            : max < initial ? "MaxCapacity must be at least InitialCapacity"
            : max > (1 << 30) ? "MaxCapacity must be at most 2^30 units"
            : null;
        if (why is not null)
        {
            BufferRefused(site, attribute, diagnostics, why);
            return null;
        }
        return new StringBufferModel(index, capacityType, initial, max, returnsLength, errno);
    }

    /// <summary>Adds <c>[ArenaFree]</c> to a string the caller owns, and refuses it, and <c>[ArenaStringBuffer]</c>, where they do not apply.</summary>
    public static ElementModel? ApplyOwnership(ElementSite site, ElementModel element, List<DiagnosticInfo> diagnostics)
    {
        AttributeData? buffer = TypeFacts.Attribute(site.Attributes, KnownNames.ArenaStringBufferAttribute);
        if (buffer is not null && element.Kind != MarshallerKind.StringBuffer)
        {
            BufferRefused(site, buffer, diagnostics, "it applies to an 'out string' parameter");
            return null;
        }
        AttributeData? free = TypeFacts.Attribute(site.Attributes, KnownNames.ArenaFreeAttribute);
        if (free is null) return element;
        string? why = element.Kind switch
        {
            MarshallerKind.String when site.Role == ElementRole.Return => null,
            MarshallerKind.StringOut => null,
            MarshallerKind.StringBuffer => "the string is written into a buffer the stub stages and releases itself",
            MarshallerKind.Blittable when element.IsPointer => "the pointer is handed to the caller, who frees it after use; [ArenaFree] frees strings the stub decodes",
            _ => "it applies to a returned string and to out or ref strings",
        };
        string? function = free.ConstructorArguments.Length == 1 ? free.ConstructorArguments[0].Value as string : null;
        if (why is null && free.ConstructorArguments.Length == 1 && string.IsNullOrEmpty(function))
            why = "the function name is null or empty; name the export that frees the memory, or use [ArenaFree] without an argument for Marshal.FreeCoTaskMem";
        string? library = TypeFacts.NamedArgument(free, "Library")?.Value as string;
        if (why is null && library is not null && (library.Length == 0 || function is null))
            why = library.Length == 0 ? "Library is empty" : "Library names where the free function is, so give the function's name too";
        if (why is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(UsageRules.FreeNotApplicable, free.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? site.Location,
                site.Described.Substring(0, 1).ToLowerInvariant() + site.Described.Substring(1), site.Owner, why));
            return null;
        }
        return element with { Free = new FreeModel(function, library) };
    }

    private static void BufferRefused(ElementSite site, AttributeData attribute, List<DiagnosticInfo> diagnostics, string why) =>
        diagnostics.Add(DiagnosticInfo.Create(UsageRules.StringBufferNotApplicable, attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? site.Location,
            site.Described.Substring(0, 1).ToLowerInvariant() + site.Described.Substring(1), site.Owner, why));

    private static int? MarshalAsString(ElementSite site)
    {
        AttributeData? marshalAs = TypeFacts.Attribute(site.Attributes, KnownNames.MarshalAsAttribute);
        return marshalAs is { ConstructorArguments.Length: 1 } && marshalAs.ConstructorArguments[0].Value is int value
            && value is KnownNames.UnmanagedTypeLPWStr or KnownNames.UnmanagedTypeLPUTF8Str ? value : null;
    }
}
