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
}
