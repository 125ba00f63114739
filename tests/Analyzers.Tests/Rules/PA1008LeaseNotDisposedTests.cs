using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1008LeaseNotDisposedTests
{
    [Fact]
    public Task ALeaseNeverDisposedIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            var lease = {|PA1008:ArenaLease.Rent()|};
            Native.Use(lease.Utf8(s));
        }
        """));

    [Fact]
    public Task ALeaseDisposedOnOnePathOnlyIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s, bool early)
        {
            var lease = {|PA1008:ArenaLease.Rent()|};
            byte* p = lease.Utf8(s);
            if (early) return 0;
            int n = Native.Length(p);
            lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task ARentWhoseResultIsDiscardedIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            {|PA1008:ArenaLease.Rent()|};
            Native.Use({|PA1008:ArenaLease.Rent()|}.Utf8(s));
        }
        """));

    [Fact]
    public Task AUsingDeclarationIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s, bool early)
        {
            using var lease = ArenaLease.Rent();
            if (early) return 0;
            return Native.Length(lease.Utf8(s));
        }
        """));

    [Fact]
    public Task TryFinallyDisposeIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s, bool early)
        {
            var lease = ArenaLease.Rent();
            try
            {
                if (early) return 0;
                return Native.Length(lease.Utf8(s));
            }
            finally
            {
                lease.Dispose();
            }
        }
        """));

    [Fact]
    public Task DisposeOnEveryPathIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s, bool early)
        {
            var lease = ArenaLease.Rent();
            if (early)
            {
                lease.Dispose();
                return 0;
            }
            int n = Native.Length(lease.Utf8(s));
            lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task AUsingStatementOverAnExistingLocalIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            var lease = ArenaLease.Rent();
            using (lease)
            {
                return Native.Length(lease.Utf8(s));
            }
        }
        """));

    [Fact]
    public Task AnExceptionPathIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string? s)
        {
            var lease = ArenaLease.Rent();
            if (s is null) throw new ArgumentNullException(nameof(s));
            int n = Native.Length(lease.Utf8(s));
            lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task ALeaseReturnedToTheCallerIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static ArenaLease Open()
        {
            var lease = ArenaLease.Rent();
            return lease;
        }
        """));

    [Fact]
    public Task ALeaseRentedAndDisposedUnderTheSameParameterIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s, bool pooled)
        {
            ArenaLease lease = default;
            if (pooled) lease = ArenaLease.Rent();
            Native.Use(pooled ? lease.Utf8(s) : null);
            if (pooled) lease.Dispose();
        }
        """));

    [Fact]
    public Task ALeaseRentedAndDisposedUnderTheSameLocalIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            bool staged = s.Length > 8;
            ArenaLease lease = default;
            if (!staged) return;
            if (staged) lease = ArenaLease.Rent();
            Native.Use(lease.Utf8(s));
            if (!staged) return;
            lease.Dispose();
        }
        """));

    [Fact]
    public Task ALeaseDisposedUnderTheOppositeConditionIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s, bool pooled)
        {
            ArenaLease lease = default;
            if (pooled) lease = {|PA1008:ArenaLease.Rent()|};
            if (!pooled) lease.Dispose();
        }
        """));

    [Fact]
    public Task AConditionAssignedBetweenRentAndDisposeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s, bool pooled)
        {
            ArenaLease lease = default;
            if (pooled) lease = {|PA1008:ArenaLease.Rent()|};
            pooled = s.Length > 8;
            if (pooled) lease.Dispose();
        }
        """));

    [Fact]
    public Task AConditionSetAgainInEachLoopIterationIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string[] all)
        {
            ArenaLease lease = default;
            foreach (string s in all)
            {
                bool pooled = s.Length > 8;
                if (pooled) lease = ArenaLease.Rent();
                if (pooled) lease.Dispose();
            }
        }
        """));

    [Fact]
    public Task AConditionChangedByALocalFunctionIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string s)
        {
            bool pooled = s.Length > 8;
            ArenaLease lease = default;
            if (pooled) lease = {|PA1008:ArenaLease.Rent()|};
            Flip();
            if (pooled) lease.Dispose();

            void Flip() => pooled = !pooled;
        }
        """));

    [Fact]
    public Task AConditionAssignedInsideTheLoopAfterTheRentIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Call(string[] all)
        {
            ArenaLease lease = default;
            bool pooled = false;
            foreach (string s in all)
            {
                if (pooled) lease.Dispose();
                pooled = s.Length > 8;
                if (pooled) lease = {|PA1008:ArenaLease.Rent()|};
            }
        }
        """));

    [Fact]
    public Task AThrowWhileTheLeaseHoldsMemoryIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            var lease = {|PA1008:ArenaLease.Rent()|};
            int n = Native.Length(lease.Utf8(s));
            if (n == 0) throw new ArgumentException("empty", nameof(s));
            lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task AThrowInsideATryWhoseFinallyDisposesIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            var lease = ArenaLease.Rent();
            try
            {
                int n = Native.Length(lease.Utf8(s));
                if (n == 0) throw new ArgumentException("empty", nameof(s));
                return n;
            }
            finally { lease.Dispose(); }
        }
        """));

    [Fact]
    public Task ALeaseRentedAndDisposedUnderTheSameTestExpressionIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            ArenaLease lease = default;
            int n = s.Length;
            if (s.Length > 8) { lease = ArenaLease.Rent(); n = Native.Length(lease.Utf8(s)); }
            Native.UseHandle(n);
            if (s.Length > 8) lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task AVariableOfTheTestAssignedBetweenRentAndDisposeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int Call(string s)
        {
            ArenaLease lease = default;
            int n = s.Length;
            if (s.Length > 8) lease = {|PA1008:ArenaLease.Rent()|};
            s = s.Trim();
            if (s.Length > 8) lease.Dispose();
            return n;
        }
        """));

    [Fact]
    public Task ADisposeInsideATryWhoseCatchSwallowsItsExceptionIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Exception? Close(Arena arena)
        {
            var lease = ArenaLease.Rent(arena);
            Native.Use((byte*)lease.AllocUninitialized(16, 8));
            Exception? error = null;
            try { lease.Dispose(); }
            catch (InvalidOperationException caught) { error = caught; }
            return error;
        }
        """));
}
