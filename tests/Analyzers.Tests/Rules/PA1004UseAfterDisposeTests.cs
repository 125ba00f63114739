using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1004UseAfterDisposeTests
{
    [Fact]
    public Task UseAfterTheEndOfAUsingBlockIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            byte* p;
            using (var lease = ArenaLease.Rent())
            {
                p = lease.Utf8(s);
            }
            Native.Use({|PA1004:p|});
        }
        """));

    [Fact]
    public Task UseAfterAnExplicitDisposeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            lease.Dispose();
            Native.Use({|PA1004:p|});
        }
        """));

    [Fact]
    public Task WritingThroughThePointerAfterDisposeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call()
        {
            var lease = ArenaLease.Rent();
            int* values = lease.Alloc<int>(4);
            lease.Dispose();
            {|PA1004:values|}[0] = 1;
        }
        """));

    [Fact]
    public Task UseAfterTheArenaIsDisposedIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            byte* p;
            using (var arena = new Arena())
            {
                p = arena.Utf8(s);
            }
            Native.Use({|PA1004:p|});
        }
        """));

    [Fact]
    public Task UseAfterAnArenaResetIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(Arena arena, string s)
        {
            byte* p = arena.Utf8(s);
            arena.Reset();
            Native.Use({|PA1004:p|});
        }
        """));

    [Fact]
    public Task AllocatingAgainAfterResetIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(Arena arena, string s)
        {
            byte* p = arena.Utf8(s);
            Native.Use(p);
            arena.Reset();
            p = arena.Utf8(s);
            Native.Use(p);
        }
        """));

    [Fact]
    public Task UseOfAnIntPtrAfterDisposeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            nint handle;
            using (var lease = ArenaLease.Rent())
            {
                handle = (nint)lease.Utf8(s);
            }
            Native.UseHandle({|PA1004:handle|});
        }
        """));

    [Fact]
    public Task ADereferenceInsideAComparisonIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static bool Call(string s)
        {
            var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            lease.Dispose();
            return *{|PA1004:p|} == 0 || new Span<byte>(p, 4).IndexOf((byte)0) < 0;
        }
        """));

    [Fact]
    public Task ComparingTheAddressAfterDisposeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static bool Call(string s, byte* other)
        {
            var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            lease.Dispose();
            return p == other || p != null;
        }
        """));

    [Fact]
    public Task APointerKeptFromThePreviousIterationIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string[] names)
        {
            byte* previous = null;
            foreach (string name in names)
            {
                using var lease = ArenaLease.Rent();
                if (previous != null) Native.Use({|PA1004:previous|});
                previous = lease.Utf8(name);
            }
        }
        """));

    [Fact]
    public Task UseInsideTheScopeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            using (var lease = ArenaLease.Rent())
            {
                byte* p = lease.Utf8(s);
                Native.Use(p);
            }
        }
        """));

    [Fact]
    public Task AVariableReassignedAfterDisposeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s, byte* fallback)
        {
            byte* p;
            using (var lease = ArenaLease.Rent())
            {
                p = lease.Utf8(s);
                Native.Use(p);
            }
            p = fallback;
            Native.Use(p);
        }
        """));

    [Fact]
    public Task AllocatingFromANewLeaseAfterDisposeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            Native.Use(p);
            lease.Dispose();
            lease = ArenaLease.Rent();
            p = lease.Utf8(s);
            Native.Use(p);
            lease.Dispose();
        }
        """));

    [Fact]
    public Task UseOnTheNextPassOfAFrameLoopAfterResetIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Frames(string title, int frames)
        {
            using var arena = new Arena();
            byte* p = arena.Utf8(title);
            for (int i = 0; i < frames; i++)
            {
                Native.Use({|PA1004:p|});
                arena.Reset();
            }
        }
        """));

    [Fact]
    public Task UseAfterResetOfAnArenaHeldInAFieldIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        sealed unsafe class Overlay
        {
            private readonly Arena _frame = new();
            public int Draw(string text)
            {
                byte* label = _frame.Utf8(text);
                _frame.Reset();
                return Native.Length({|PA1004:label|});
            }
        }
        """));

    [Fact]
    public Task MemoryOfAnOuterLeaseAllocatedWhileAnInnerIsOpenIsReleasedWithTheInner() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            using var outer = ArenaLease.Rent();
            byte* p;
            using (var inner = ArenaLease.Rent())
            {
                p = outer.Utf8(s);
            }
            return Native.Length({|PA1004:p|});
        }
        """));
}
