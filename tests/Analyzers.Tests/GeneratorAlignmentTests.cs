using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Tests.Infrastructure;
using ParamArena.Generator;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>
/// Runs the real generator and the analyzers over the same declarations: every [ArenaMarshal] method and
/// [ArenaStruct] shape either gets generated code or an error from the analyzers, never both and never neither.
/// </summary>
public sealed class GeneratorAlignmentTests
{
    private const string Types = """
        enum Mode { A, B }
        struct Point { public int X, Y; }
        struct WithBool { public int Level; public bool Verbose; }
        unsafe struct WithFixed { public fixed byte Name[16]; }
        sealed class Handle : SafeHandle
        {
            public Handle() : base(IntPtr.Zero, true) { }
            public override bool IsInvalid => handle == IntPtr.Zero;
            protected override bool ReleaseHandle() => true;
        }
        [ArenaStruct] partial struct Shape { public int Size; public string Name; }
        """;

    public static IEnumerable<object[]> Methods() => new[]
    {
        "static partial int M(int a, Mode m, Point p, nint n, nuint u);",
        "static unsafe partial void* M(void* p, delegate* unmanaged<int, void> f);",
        "static partial int M(string s, string[] a, ReadOnlySpan<string> r, Span<string> w);",
        "static partial int M(in Shape s, Shape v, Shape? o, Shape[] a, ReadOnlySpan<Shape> r);",
        "static partial int M(bool b, ref bool r, out bool o, [MarshalAs(UnmanagedType.U1)] bool small, char c);",
        "static partial int M(Handle h, out Handle o);",
        "static partial int M(in Point p, ref int r, out long o, ref char c);",
        "static unsafe partial int M(out void* a, ref byte* b, in int** c, out delegate* unmanaged<int, void> d, ref readonly nint* e);",
        "static partial int M([ArenaCountParameter(1)] int[] values, [ArenaCountParameter(3, CountType = typeof(nuint))] ReadOnlySpan<byte> data);",
        "static partial string M(int a);",
        "static partial bool M(int a);",
        "static partial char M(int a);",
        "static partial Handle M(string path);",
        "static partial int M(int[] values, Span<Point> points, ReadOnlySpan<char> text);",
        "partial int M(int a);",
        "static partial int M<T>(T* p) where T : unmanaged;",
        "static partial int M(List<int> values);",
        "static partial int M(object o);",
        "static partial int M(Action callback);",
        "static partial int M(WithBool options);",
        "static partial int M(bool[] flags);",
        "static partial int M(ref int[] values);",
        "static partial int M(in string s);",
        "static unsafe partial nint M(string text, [NativeOwned] out byte* end, int radix);",
        "static partial int M(out string s);",
        "static partial int M(ref Shape s);",
        "static partial int M(in Shape? s);",
        "static partial int M(decimal d);",
        "static partial int M(int[,] grid);",
        "static partial int[] M(int a);",
        "static partial decimal M(int a);",
        "static partial ref int M(int a);",
        "static partial WithBool M(int a);",
        "static partial Shape M(int a);",
        "static partial int M([ArenaCountParameter(1)] int value);",
        "static partial int M([ArenaCountParameter(1)] int[] a, [ArenaCountParameter(1)] int[] b);",
        "static partial int M([ArenaCountParameter(9)] int[] a);",
        "static partial int M([ArenaCountParameter(1, CountType = typeof(float))] int[] a);",
        "static partial int M(WithFixed value);",
        "static partial int M(int __reserved);",
    }.Select(signature => new object[] { signature });

    public static IEnumerable<object[]> Attributes() => new[]
    {
        "[ArenaMarshal(\"native\", StringMarshalling = StringMarshalling.Utf16)]",
        "[ArenaMarshal(\"native\", StringMarshalling = StringMarshalling.Custom)]",
        "[ArenaMarshal(null!)]",
    }.Select(attribute => new object[] { attribute });

    public static IEnumerable<object[]> Shapes() => new[]
    {
        "partial struct S { public int A; public string B; public uint[]? C; public string[] D; public Shape E; public Shape? F; public Shape[] G; public bool H; public char I; public Point J; }",
        "partial struct S { [ArenaCount(\"WaitCount\")] public ulong[] Waits; [ArenaCount(\"WaitCount\")] public uint[] Stages; [ArenaCount(\"Size\", CountType = typeof(nuint), InBytes = true)] public uint[] Code; }",
        "struct S { public string Name; }",
        "partial struct S<T> where T : unmanaged { public T Value; }",
        "partial struct S { public List<int> Values; }",
        "partial struct S { public object State; }",
        "partial struct S { public WithBool Options; }",
        "partial struct S { public bool[]? Flags; public char[] Text; }",
        "partial struct S { public WithBool[] Options; }",
        "unsafe partial struct S { public fixed byte Name[8]; }",
        "partial struct S { public uint Count; [ArenaCount(\"Count\")] public int[] Values; }",
        "partial struct S { public uint Binding; public uint Count; public int Type; [ArenaCount(\"Count\")] public int[]? A; [ArenaCount(\"Count\", CountType = typeof(uint))] public Point[]? B; [ArenaCount(\"Count\")] public Shape[]? C; }",
        "partial struct S { public ulong Size; [ArenaCount(\"Size\", InBytes = true)] public uint[] Code; }",
        "partial struct S { public uint Count; [ArenaCount(\"Count\", CountType = typeof(ulong))] public int[] Values; }",
        "partial struct S { public uint Count; [ArenaCount(\"Count\", Position = ArenaCountPosition.AfterPointer)] public int[] Values; }",
        "partial struct S { public string Count; [ArenaCount(\"Count\")] public int[] Values; }",
        "partial struct S { public float Count; [ArenaCount(\"Count\")] public int[] Values; }",
        "partial struct S { [ArenaCount(\"N\", CountType = typeof(float))] public int[] Values; }",
        "partial struct S { [ArenaCount(\"\")] public int[] Values; }",
        "partial struct S { public string Name; public struct Native { } }",
        "partial struct S { public decimal Price; }",
        "partial struct S { public int Size; public static void Stage() { } }",
        "partial struct S { public int Size; public int StageArray; }",
    }.Select(shape => new object[] { shape });

    [Theory]
    [MemberData(nameof(Methods))]
    public Task EveryMethodGetsABodyOrAnError(string signature)
        => CheckMethodAsync("static partial class Api\n{\n    [ArenaMarshal(\"native\")]\n    public " + signature + "\n}");

    [Theory]
    [MemberData(nameof(Attributes))]
    public Task EveryAttributeFormGetsABodyOrAnError(string attribute)
        => CheckMethodAsync("static partial class Api\n{\n    " + attribute + "\n    public static partial int M(string s);\n}");

    [Fact]
    public Task AReturnDeclaredNativeOwnedStillGetsABody()
        => CheckMethodAsync("static partial class Api\n{\n    [ArenaMarshal(\"native\")]\n    [return: NativeOwned]\n    public static unsafe partial byte* M(string name);\n}");

    [Fact]
    public Task AMethodInATypeThatIsNotPartialGetsAnError()
        => CheckMethodAsync("static class Api\n{\n    [ArenaMarshal(\"native\")]\n    public static partial int M(int a);\n}");

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task EveryShapeGetsANativeTwinOrAnError(string shape)
    {
        var (compilation, diagnostics) = await RunAsync("[ArenaStruct]\n" + shape);
        INamedTypeSymbol symbol = compilation.GetSymbolsWithName("S", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        bool generated = symbol.GetTypeMembers("Native").Any(native => native.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree.FilePath.EndsWith(".g.cs")));
        Location declared = symbol.Locations[0];
        TextSpanCheck(generated, ErrorsAt(diagnostics, symbol.DeclaringSyntaxReferences[0].GetSyntax().FullSpan, declared), shape);
    }

    [Fact]
    public async Task PointersFromGeneratedShapeStagingAreTrackedLikeAllocations()
    {
        var (_, diagnostics) = await RunAsync("""
            static unsafe class Staging
            {
                static Shape.Native* s_kept;
                public static Shape.Native* Escapes(Shape shape)
                {
                    using var lease = ArenaLease.Rent();
                    Shape.Native* staged = shape.Stage(lease);
                    s_kept = Shape.StageArray(lease, new[] { shape });
                    return staged;
                }
                public static int StaysInside(Shape shape)
                {
                    using var lease = ArenaLease.Rent();
                    Shape.Native* staged = shape.Stage(lease);
                    return staged->Size;
                }
            }
            """);
        Assert.Equal(new[] { "PA1001", "PA1002" }, diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("PA1")).Select(diagnostic => diagnostic.Id).OrderBy(id => id));
    }

    private static async Task CheckMethodAsync(string code)
    {
        var (compilation, diagnostics) = await RunAsync(code);
        IMethodSymbol method = compilation.GetSymbolsWithName("M", SymbolFilter.Member).OfType<IMethodSymbol>().Single();
        bool generated = method.PartialImplementationPart is not null;
        SyntaxNode declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        TextSpanCheck(generated, ErrorsAt(diagnostics, declaration.FullSpan, method.Locations[0]), code);
    }

    private static List<Diagnostic> ErrorsAt(ImmutableArray<Diagnostic> diagnostics, Microsoft.CodeAnalysis.Text.TextSpan span, Location declared)
        => diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("PA0")
            && (span.Contains(diagnostic.Location.SourceSpan) || diagnostic.AdditionalLocations.Contains(declared))).ToList();

    private static void TextSpanCheck(bool generated, List<Diagnostic> errors, string code)
    {
        if (generated) Assert.True(errors.Count == 0, $"The generator accepted this, but the analyzers reported {string.Join("; ", errors)}:\n{code}");
        else Assert.True(errors.Count > 0, $"The generator refused this and no analyzer said why:\n{code}");
    }

    private static async Task<(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Snippet.File(Types + "\n" + code), parse, "/repo/Code.cs");
        Compilation compilation = CSharpCompilation.Create("Alignment", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new[] { new ArenaMarshalGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out _);
        ImmutableArray<Diagnostic> diagnostics = await updated.WithAnalyzers(ImmutableArray.Create(AllAnalyzers.Create())).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (updated, diagnostics);
    }
}
