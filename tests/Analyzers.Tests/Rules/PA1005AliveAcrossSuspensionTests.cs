using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1005AliveAcrossSuspensionTests
{
    // Await and yield cannot appear in an unsafe context, so these methods use unsafe blocks.
    private static string Safe(string members) => Snippet.File("static class Code\n{\n" + members + "\n}");

    [Fact]
    public Task AThreadArenaPointerUsedAfterAwaitIsReported() => VerifyEscape.AnalyzerAsync(Safe("""
        static async Task Send(string s)
        {
            nint name;
            unsafe { name = (nint)Arena.ForCurrentThread.Utf8(s); }
            await Task.Yield();
            Native.UseHandle({|PA1005:name|});
        }
        """));

    [Fact]
    public Task AThreadArenaLocalPointerUsedAfterAwaitIsReported() => VerifyEscape.AnalyzerAsync(Safe("""
        static async Task Send(string s)
        {
            Arena arena = Arena.ForCurrentThread;
            nint name;
            unsafe { name = (nint)arena.Utf8(s); }
            await Task.Delay(1);
            Native.UseHandle({|PA1005:name|});
        }
        """));

    [Fact]
    public Task AThreadArenaPointerUsedAfterYieldIsReported() => VerifyEscape.AnalyzerAsync(Safe("""
        static IEnumerable<int> Lengths(string[] names)
        {
            nint first;
            unsafe { first = (nint)Arena.ForCurrentThread.Utf8(names[0]); }
            yield return 1;
            Native.UseHandle({|PA1005:first|});
        }
        """));

    [Fact]
    public Task UsingThePointerBeforeTheAwaitIsNotReported() => VerifyEscape.AnalyzerAsync(Safe("""
        static async Task Send(string s)
        {
            nint name;
            unsafe { name = (nint)Arena.ForCurrentThread.Utf8(s); }
            Native.UseHandle(name);
            await Task.Yield();
            name = 0;
            Native.UseHandle(name);
        }
        """));

    [Fact]
    public Task ALeaseScopeClosedBeforeTheAwaitIsNotReported() => VerifyEscape.AnalyzerAsync(Safe("""
        static async Task<int> Send(string s)
        {
            int length;
            unsafe
            {
                using var lease = ArenaLease.Rent();
                length = Native.Length(lease.Utf8(s));
            }
            await Task.Yield();
            return length;
        }
        """));
}
