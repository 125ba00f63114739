using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ParamArena.Analyzers.Escape;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>
/// The flow engine on its own: it records what escaped, how, where and from which owner, whether or not a rule
/// cares (that is the reporter's decision), and records nothing for code that keeps arena memory inside its scope.
/// </summary>
public sealed class EscapeEngineTests
{
    [Fact]
    public void AReturnIsAnEventNamingTheValueAndItsLease()
    {
        EscapeEvent returned = Assert.Single(Events("""
            static byte* M(string s)
            {
                using var lease = ArenaLease.Rent();
                byte* p = lease.Utf8(s);
                return p;
            }
            """));
        Assert.Equal(EscapeRoute.Returned, returned.Route);
        Assert.Equal("p", returned.Value);
        Assert.Equal("lease", returned.Memory!.OwnerName);
        Assert.Equal(OwnerKind.LocalLease, returned.Memory.Kind);
    }

    [Fact]
    public void TheEngineRecordsEscapesNoRuleReports()
    {
        // Memory of the caller's lease may be returned (PA1001 stays silent), yet the engine still sees the return.
        EscapeEvent returned = Assert.Single(Events("static byte* M(ArenaLease lease, string s) => lease.Utf8(s);"));
        Assert.Equal(EscapeRoute.Returned, returned.Route);
        Assert.Equal(OwnerKind.ParameterLease, returned.Memory!.Kind);
        var reported = new List<Diagnostic>();
        new EscapeReporter(reported.Add).Add(returned);
        Assert.Empty(reported);
    }

    [Fact]
    public void AStaticStoreIsAnEventOnlyIfTheStaticStillHoldsItAtTheEnd()
    {
        const string Set = """
            static byte* s_p;
            static void M(string s, bool clear)
            {
                using var lease = ArenaLease.Rent();
                s_p = lease.Utf8(s);
                try { Native.Use(s_p); }
                finally { CLEAR }
            }
            """;
        Assert.Empty(Events(Set.Replace("CLEAR", "s_p = null;")));
        EscapeEvent stored = Assert.Single(Events(Set.Replace("CLEAR", "if (clear) s_p = null;")));
        Assert.Equal(EscapeRoute.Stored, stored.Route);
        Assert.Equal("the static field 'Code.s_p'", stored.Place);
    }

    [Fact]
    public void AReadInTheNextPassOfALoopIsAnEventMarkedReleasedInLoop()
    {
        EscapeEvent read = Assert.Single(Events("""
            static void M(string s, int n)
            {
                using var arena = new Arena();
                byte* p = arena.Utf8(s);
                for (int i = 0; i < n; i++) { Native.Use(p); arena.Reset(); }
            }
            """));
        Assert.Equal(EscapeRoute.Read, read.Route);
        Assert.True(read.Memory!.ReleasedInLoop);
        Assert.False(read.Memory.Released);
    }

    [Fact]
    public void CodeThatKeepsArenaMemoryInsideItsScopeHasNoEvents()
        => Assert.Empty(Events("""
            static int M(string s)
            {
                using var lease = ArenaLease.Rent();
                byte* p = lease.Utf8(s);
                return Native.Length(p);
            }
            """));

    private static List<EscapeEvent> Events(string members)
    {
        var tree = CSharpSyntaxTree.ParseText(Snippet.Wrap(members), new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Engine", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        SemanticModel model = compilation.GetSemanticModel(tree);
        MethodDeclarationSyntax method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(declaration => declaration.Identifier.Text == "M");
        var body = (IMethodBodyOperation)model.GetOperation(method)!;
        var events = new List<EscapeEvent>();
        LeaseFlowAnalysis.Run(ControlFlowGraph.Create(body), model.GetDeclaredSymbol(method), events.Add, CancellationToken.None);
        return events;
    }
}
