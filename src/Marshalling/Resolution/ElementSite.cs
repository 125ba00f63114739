using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>One parameter, return value or shape field to resolve, with what messages and checks need to know about it.</summary>
internal sealed class ElementSite
{
    public ElementSite(ITypeSymbol type, RefKind refKind, ElementRole role, ImmutableArray<AttributeData> attributes, bool defaultUtf16,
        string? name, string owner, Location? location, INamedTypeSymbol within, Compilation? compilation, Func<INamedTypeSymbol, bool> shapeAccepted, bool callback = false)
    {
        Type = type;
        RefKind = refKind;
        Role = role;
        Attributes = attributes;
        DefaultUtf16 = defaultUtf16;
        Name = name;
        Owner = owner;
        Location = location;
        Within = within;
        Compilation = compilation;
        ShapeAccepted = shapeAccepted;
        Callback = callback;
    }

    public ITypeSymbol Type { get; }
    public RefKind RefKind { get; }
    public ElementRole Role { get; }
    public ImmutableArray<AttributeData> Attributes { get; }

    /// <summary>The encoding strings get without a <c>[MarshalAs]</c> of their own (the method's or shape's StringMarshalling).</summary>
    public bool DefaultUtf16 { get; }

    /// <summary>The parameter's or field's name; null for a return.</summary>
    public string? Name { get; }

    /// <summary>"Parameter 'x'", "The return" or "Field 'f'", as messages start.</summary>
    public string Described => Role switch
    {
        ElementRole.Parameter => "Parameter '" + Name + "'",
        ElementRole.Field => "Field '" + Name + "'",
        _ => "The return",
    };

    /// <summary>The method or shape the element belongs to.</summary>
    public string Owner { get; }

    /// <summary>Where refusals are reported (the element's type).</summary>
    public Location? Location { get; }

    /// <summary>The type the generated code is written in (for accessibility).</summary>
    public INamedTypeSymbol Within { get; }

    /// <summary>The compilation, for accessibility checks; null when the caller only asks which kind applies.</summary>
    public Compilation? Compilation { get; }

    /// <summary>Whether the generator accepts a shape this element uses (its Native struct exists).</summary>
    public Func<INamedTypeSymbol, bool> ShapeAccepted { get; }

    /// <summary>A parameter or return of an [ArenaCallback] method: converted native → managed (parameters) and managed → native (the return).</summary>
    public bool Callback { get; }
}
