using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1003CapturedArenaPointerTests
{
    [Fact]
    public Task ALambdaPassedToTaskRunIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Task Later(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            return Task.Run({|PA1003:() => Native.UseHandle(name)|});
        }
        """));

    [Fact]
    public Task AReturnedLambdaIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Action Later(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            return {|PA1003:() => Native.UseHandle(name)|};
        }
        """));

    [Fact]
    public Task ALambdaStoredInAFieldIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Action? s_callback;
        static void Later(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            s_callback = {|PA1003:() => Native.UseHandle(name)|};
        }
        """));

    [Fact]
    public Task ALocalFunctionScheduledOnTheThreadPoolIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Later(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            void Work(object? state) => Native.UseHandle(name);
            System.Threading.ThreadPool.QueueUserWorkItem({|PA1003:Work|});
        }
        """));

    [Fact]
    public Task ADelegateVariableSubscribedToAnEventIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        sealed class Source { public event Action? Changed; public void Raise() => Changed?.Invoke(); }
        static unsafe class Code
        {
            static void Watch(Source source, string s)
            {
                using var lease = ArenaLease.Rent();
                nint name = (nint)lease.Utf8(s);
                Action handler = () => Native.UseHandle(name);
                source.Changed += {|PA1003:handler|};
            }
        }
        """));

    [Fact]
    public Task ALambdaInvokedInsideTheScopeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Now(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            Action use = () => Native.UseHandle(name);
            use();
            void Local() => Native.UseHandle(name);
            Local();
        }
        """));

    [Fact]
    public Task ALambdaPassedToASynchronousMethodIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Now(string[] names)
        {
            using var lease = ArenaLease.Rent();
            nint first = (nint)lease.Utf8(names[0]);
            var list = new List<string>(names);
            list.ForEach(n => Native.UseHandle(first));
            Array.Sort(names, (a, b) => (int)(first - first) + string.CompareOrdinal(a, b));
        }
        """));

    [Fact]
    public Task AScheduledLambdaThatCapturesNoArenaMemoryIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Task Later(string s)
        {
            using var lease = ArenaLease.Rent();
            int length = Native.Length(lease.Utf8(s));
            return Task.Run(() => Console.WriteLine(length));
        }
        """));

    [Fact]
    public Task ALazyKeptInAStaticIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Lazy<int>? s_length;
        static void Prepare(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            s_length = {|PA1003:new Lazy<int>(() => Native.Length(p))|};
        }
        """));

    [Fact]
    public Task AReturnedDeferredQueryIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static IEnumerable<nint> Addresses(int[] offsets)
        {
            using var lease = ArenaLease.Rent();
            byte* block = lease.Alloc<byte>(64);
            return {|PA1003:System.Linq.Enumerable.Select(offsets, offset => (nint)(block + offset))|};
        }
        """));

    [Fact]
    public Task AMaterializedQueryIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int[] Bytes(int[] offsets)
        {
            using var lease = ArenaLease.Rent();
            byte* block = lease.Alloc<byte>(64);
            return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(offsets, offset => (int)block[offset]));
        }
        """));
}
