using System.Linq;
using Microsoft.CodeAnalysis;

namespace ParamArena.Marshalling;

/// <summary>A diagnostic as pipeline data: its rule, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        new(descriptor, LocationInfo.From(location), new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic(Compilation? compilation) =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());

    // DiagnosticDescriptor compares by value in Roslyn; comparing the id keeps the record's equality cheap and exact.
    public bool Equals(DiagnosticInfo? other) =>
        other is not null && Descriptor.Id == other.Descriptor.Id && Equals(Location, other.Location) && Arguments.Equals(other.Arguments);

    public override int GetHashCode() => (Descriptor.Id.GetHashCode() * 31 + (Location?.GetHashCode() ?? 0)) * 31 + Arguments.GetHashCode();
}
