using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ParamArena.Tests.ArenaAllocator;

/// <summary>
/// The span-returning lease methods carry [UnscopedRef], so the C# compiler itself refuses a span that
/// outlives its lease. These tests compile user code against the real ParamArena assembly.
/// </summary>
public sealed class ArenaLeaseSpanLifetimeTests
{
    [Theory]
    [InlineData("lease.AllocSpan<byte>(16)")]
    [InlineData("lease.AllocSpanUninitialized<byte>(16)")]
    [InlineData("lease.Copy<byte>(new byte[] { 1, 2, 3 })")]
    public void Returning_a_span_from_the_lease_is_a_compile_error(string allocation)
    {
        Diagnostic[] errors = Compile($$"""
            using System;
            using ParamArena;
            public static class User
            {
                public static Span<byte> Escapes()
                {
                    using var lease = ArenaLease.Rent();
                    Span<byte> span = {{allocation}};
                    return span;
                }
            }
            """);

        // CS8352: the local span may expose the lease's memory outside its scope.
        Diagnostic error = Assert.Single(errors);
        Assert.Equal("CS8352", error.Id);
        Assert.Contains("'span'", error.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Storing_a_lease_span_in_a_longer_lived_span_is_a_compile_error()
    {
        Diagnostic[] errors = Compile("""
            using System;
            using ParamArena;
            public static class User
            {
                public static void Escapes(ref Span<byte> target)
                {
                    using var lease = ArenaLease.Rent();
                    target = lease.AllocSpan<byte>(16);
                }
            }
            """);

        // CS8168: through [UnscopedRef], the span refers to the local 'lease' itself, which cannot leave the method.
        Diagnostic error = Assert.Single(errors);
        Assert.Equal("CS8168", error.Id);
        Assert.Contains("'lease'", error.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Using_a_lease_span_inside_the_scope_compiles()
    {
        Diagnostic[] errors = Compile("""
            using System;
            using ParamArena;
            public static class User
            {
                public static int Sum()
                {
                    using var lease = ArenaLease.Rent();
                    Span<int> values = lease.AllocSpan<int>(4);
                    values.Fill(3);
                    Span<int> copy = lease.Copy<int>(values);
                    int sum = 0;
                    foreach (int v in copy) sum += v;
                    return sum;
                }
            }
            """);

        Assert.Empty(errors);
    }

    private static Diagnostic[] Compile(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "LeaseUser",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(ArenaLease).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
    }
}
