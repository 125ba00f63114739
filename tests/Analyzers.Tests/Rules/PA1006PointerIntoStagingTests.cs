using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyMethod = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Usage.InteropMethodAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1006PointerIntoStagingTests
{
    [Fact]
    public Task ABytePointerReturnWithAStagedStringIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("libc", EntryPoint = "strstr")]
            public static partial byte* {|PA1006:Find|}(string haystack, string needle);
        }
        """));

    [Fact]
    public Task ACharPointerReturnWithAUtf16StringIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Text
        {
            [ArenaMarshal("native", StringMarshalling = StringMarshalling.Utf16)]
            public static partial char* {|PA1006:Skip|}(string text, int count);
        }
        """));

    [Fact]
    public Task AShapeNativePointerReturnWithAStagedShapeIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        [ArenaStruct]
        partial struct Info { public string Name; public struct Native { public byte* Name; } }
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial Info.Native* {|PA1006:Echo|}(in Info info);
        }
        """));

    [Fact]
    public Task AnOpaqueHandleReturnIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Dl
        {
            [ArenaMarshal("libdl", EntryPoint = "dlopen")]
            public static partial void* Open(string path, int flags);

            [ArenaMarshal("libc", EntryPoint = "getenv")]
            public static partial nint GetEnvironment(string name);
        }
        """));

    [Fact]
    public Task APointerReturnWithoutStagedInputsIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial byte* Buffer(int size, byte* scratch);
        }
        """));

    [Fact]
    public Task AnOutPointerOfAStagedStringsTypeIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("libc", EntryPoint = "strtol")]
            public static partial nint ParseLong(string text, out byte* {|PA1006:end|}, int radix);
        }
        """));

    [Fact]
    public Task ARefPointerOfAStagedUtf16StringsTypeIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Parser
        {
            [ArenaMarshal("parser", StringMarshalling = StringMarshalling.Utf16)]
            public static partial int Skip(string text, ref char* {|PA1006:cursor|});
        }
        """));

    [Fact]
    public Task PointersDeclaredNativeOwnedAreNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("libc", EntryPoint = "getenv")]
            [return: NativeOwned]
            public static partial byte* GetEnvironment(string name);

            [ArenaMarshal("libc", EntryPoint = "intern")]
            public static partial int Intern(string text, [NativeOwned] out byte* interned);
        }
        """));

    [Fact]
    public Task AnOutPointerOfAnotherTypeIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Api
        {
            [ArenaMarshal("native")]
            public static partial int Measure(string text, out int* counts, out nint handle);
        }
        """));

    [Fact]
    public Task AnOutPointerWithASpanStagedAsACStringIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("libc", EntryPoint = "strtol")]
            public static partial nint ParseLong([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<char> text, out byte* {|PA1006:end|}, int radix);

            [ArenaMarshal("libc", EntryPoint = "strtol")]
            public static partial nint ParseUtf8([MarshalAs(UnmanagedType.LPUTF8Str)] ReadOnlySpan<byte> text, out byte* {|PA1006:end|}, int radix);

            [ArenaMarshal("parser")]
            public static partial int Skip([MarshalAs(UnmanagedType.LPWStr)] ReadOnlySpan<char> text, out char* {|PA1006:end|});
        }
        """));

    [Fact]
    public Task APinnedSpanIsTheCallersMemorySoAnOutPointerIntoItIsNotReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("native", EntryPoint = "scan")]
            public static partial nint Scan(ReadOnlySpan<byte> text, out byte* end);
        }
        """));

    [Fact]
    public Task TheEncodingIsEachParametersOwn() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class Parser
        {
            [ArenaMarshal("parser")]
            public static partial int Skip([MarshalAs(UnmanagedType.LPWStr)] string text, out char* {|PA1006:cursor|}, out byte* bytes);
        }
        """));

    [Fact]
    public Task APointerIntoACallerBufferOrARefStringIsReported() => VerifyMethod.DeclarationsAsync(Snippet.File("""
        static unsafe partial class LibC
        {
            [ArenaMarshal("libc", EntryPoint = "getcwd")]
            public static partial byte* {|PA1006:GetCwd|}([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);

            [ArenaMarshal("libc", EntryPoint = "getcwd")]
            public static partial nint GetCwdAddress([ArenaStringBuffer(1, CapacityType = typeof(nuint))] out string? path);

            [ArenaMarshal("native", EntryPoint = "advance")]
            public static partial int Advance(ref string cursor, out byte* {|PA1006:previous|});
        }
        """));
}
