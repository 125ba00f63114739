using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA0005UnsupportedSignatureTypeTests
{
    [Fact]
    public Task AListParameterIsReportedWithTheTypeAndTheReason() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Sum({|#0:List<int>|} values);
        }
        """),
        VerifyMethod.Diagnostic("PA0005").WithLocation(0).WithArguments("Parameter 'values'", "Sum", "List<int>",
            "class types have no native layout; the generator stages only strings, arrays, spans, SafeHandles and [ArenaStruct] shapes (pass an array instead of a collection)"));

    [Fact]
    public Task AnUnsupportedTypeIsReportedOnceWhenTheImplementationPartExists() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Sum({|PA0005:List<int>|} values);
        }
        static partial class Api
        {
            public static partial int Sum(List<int> values) => 0;
        }
        """));

    [Fact]
    public Task ObjectDelegateAndTypeParameterAreReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial void Take({|PA0005:object|} state, {|PA0005:Action|} callback, {|PA0005:Dictionary<string, int>|} map);
        }
        """));

    [Fact]
    public Task RefToANonBlittableTypeIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial void Take(ref {|PA0005:string|} name, out {|PA0005:string[]|} names);
        }
        """));

    [Fact]
    public Task AStructWithManagedFieldsIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        struct Managed { public string Name; }
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial void Take({|PA0005:Managed|} value);
        }
        """));

    [Fact]
    public Task AStructWithABoolFieldIsReportedWithTheField() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        struct Options { public int Level; public bool Verbose; }
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial void Configure({|#0:Options|} options);
        }
        """),
        VerifyMethod.Diagnostic("PA0005").WithLocation(0).WithArguments("Parameter 'options'", "Configure", "Options",
            "'Options' is not blittable: its field 'Verbose' is not blittable (bool has no single native size); use blittable fields (byte or int for flags), or make it an [ArenaStruct] partial struct so it is staged"));

    [Fact]
    public Task ArraysOfBoolAndRefArraysAreReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial void Flags({|PA0005:bool[]|} flags, ref {|PA0005:int[]|} values, in {|PA0005:Span<int>|} span);
        }
        """));

    [Fact]
    public Task AnUnsupportedReturnIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static partial class Api
        {
            [ArenaMarshal("native")]
            public static partial {|PA0005:int[]|} Values();
        }
        """));

    [Fact]
    public Task SupportedParametersAreNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        enum Mode { A, B }
        struct Point { public int X, Y; }
        [ArenaStruct] partial struct Shape { public int Size; public string Name; }
        sealed class Handle : SafeHandle
        {
            public Handle() : base(IntPtr.Zero, true) { }
            public override bool IsInvalid => handle == IntPtr.Zero;
            protected override bool ReleaseHandle() => true;
        }
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Everything(int a, Mode mode, Point point, void* p, nint n, nuint u,
                delegate* unmanaged<int, void> callback, in Point pin, ref int r, out long o,
                int[] values, Span<byte> buffer, ReadOnlySpan<Point> points, Handle handle,
                string name, string[] names, ReadOnlySpan<string> moreNames,
                bool flag, [MarshalAs(UnmanagedType.U1)] bool small, char c,
                Shape shape, in Shape shapeIn, Shape? maybe, Shape[] shapes, ReadOnlySpan<Shape> shapeSpan);

            [ArenaMarshal("native")]
            public static partial void Open(out Handle handle);

            [ArenaMarshal("native")]
            public static partial string Version();

            [ArenaMarshal("native")]
            public static partial bool Ready();

            [ArenaMarshal("native")]
            public static partial byte* Buffer();
        }
        """));
}
