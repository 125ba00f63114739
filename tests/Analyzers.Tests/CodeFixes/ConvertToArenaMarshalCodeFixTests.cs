using System.Threading.Tasks;
using ParamArena.CodeFixes;
using Xunit;
using VerifySuggestion = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.CodeFixes;

public sealed class ConvertToArenaMarshalCodeFixTests
{
    [Fact]
    public Task TheAttributeIsReplacedAndItsArgumentsMoved() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            /// <summary>Joins strings.</summary>
            [LibraryImport("native", EntryPoint = "join_all", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
            public static partial int {|PA0010:{|PA0027:Join|}|}(string[] parts, int count);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            /// <summary>Joins strings.</summary>
            [ArenaMarshal("native", EntryPoint = "join_all", SetLastError = true)]
            public static partial int Join(string[] parts, int count);
        }
        """);

    [Fact]
    public Task Utf16IsKeptAndTheNamespaceImported() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;

        static partial class Api
        {
            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int {|PA0010:{|PA0027:Join|}|}(string[] parts);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [ArenaMarshal("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int Join(string[] parts);
        }
        """);

    // LibraryImport frees a returned string, and one received through out or ref, with Marshal.FreeCoTaskMem: [ArenaFree] keeps that.
    [Fact]
    public Task StringsTheImportFreedAreFreedByTheConvertedStub() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [LibraryImport("libc.so.6", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
            public static partial string? {|PA0027:RealPath|}(string path, nint resolved);

            [LibraryImport("native", StringMarshalling = StringMarshalling.Utf8)]
            public static partial int {|PA0027:Describe|}(int code, out string? text, [MarshalAs(UnmanagedType.LPUTF8Str)] ref string cursor);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [ArenaMarshal("libc.so.6", EntryPoint = "realpath")]
            [return: ArenaFree]
            public static partial string? RealPath(string path, nint resolved);

            [ArenaMarshal("native")]
            public static partial int Describe(int code, [ArenaFree] out string? text, [MarshalAs(UnmanagedType.LPUTF8Str)][ArenaFree] ref string cursor);
        }
        """);

    [Fact]
    public Task ADllImportReturningAStringFreesItAsTheRuntimeDid() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;

        static partial class Native
        {
            [DllImport("native", EntryPoint = "describe")]
            public static extern string {|PA0027:Describe|}(int code);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Native
        {
            [ArenaMarshal("native", EntryPoint = "describe")]
            [return: ArenaFree]
            public static partial string Describe(int code);
        }
        """);

    [Fact]
    public Task ADllImportBecomesAStaticPartialStubInAPartialType() => VerifySuggestion.CodeFixAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;

        static class Native
        {
            [DllImport("libc.so.6", EntryPoint = "wcslen", CharSet = CharSet.Unicode, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true, SetLastError = true)]
            public static extern nuint {|PA0027:WideLength|}(string text);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Native
        {
            [ArenaMarshal("libc.so.6", EntryPoint = "wcslen", StringMarshalling = global::System.Runtime.InteropServices.StringMarshalling.Utf16, SetLastError = true)]
            [global::System.Runtime.InteropServices.UnmanagedCallConv(CallConvs = new[] { typeof(global::System.Runtime.CompilerServices.CallConvCdecl) })]
            public static partial nuint WideLength(string text);
        }
        """);

    [Fact]
    public Task ASignatureTheGeneratorRefusesIsNotOffered() => VerifySuggestion.AnalyzerAsync("""
        using System.Runtime.InteropServices;

        static partial class Native
        {
            [DllImport("native")]
            public static extern int Fill(in string text);

            [DllImport("native", PreserveSig = false)]
            public static extern void Run(int value);
        }
        """);

    [Fact]
    public Task FixAllConvertsEveryImportInTheDocument() => VerifySuggestion.CodeFixAllAsync<ConvertToArenaMarshalCodeFix>("""
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [LibraryImport("libc.so.6", EntryPoint = "strlen", StringMarshalling = StringMarshalling.Utf8)]
            public static partial nuint {|PA0027:Length|}(string text);

            [DllImport("libc.so.6")]
            public static extern int {|PA0027:abs|}(int value);

            [LibraryImport("native")]
            public static partial int {|PA0010:{|PA0027:Join|}|}(string[] parts);
        }
        """, """
        using System.Runtime.InteropServices;
        using ParamArena;

        static partial class Api
        {
            [ArenaMarshal("libc.so.6", EntryPoint = "strlen")]
            public static partial nuint Length(string text);

            [ArenaMarshal("libc.so.6")]
            public static partial int abs(int value);

            [ArenaMarshal("native")]
            public static partial int Join(string[] parts);
        }
        """);
}
