using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ParamArena.Analyzers.Tests.Infrastructure;

/// <summary>The references every test compilation gets: .NET 10 reference assemblies and the ParamArena runtime, all from disk.</summary>
internal static class TestReferences
{
    /// <summary>An empty reference set: the testing library's own sets would download packages this feed lacks.</summary>
    public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");

    /// <summary>.NET 10 reference assemblies plus ParamArena.dll.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ParamArena.ArenaLease).Assembly.Location))
        .ToImmutableArray();
}
