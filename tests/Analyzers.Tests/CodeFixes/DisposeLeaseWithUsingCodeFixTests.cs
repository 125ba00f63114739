using System.Threading.Tasks;
using ParamArena.CodeFixes;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.CodeFixes;

public sealed class DisposeLeaseWithUsingCodeFixTests
{
    [Fact]
    public Task AnUndisposedLeaseGetsAUsingDeclaration() => VerifyEscape.CodeFixAsync<DisposeLeaseWithUsingCodeFix>("""
        using ParamArena;

        static unsafe class Code
        {
            static int Call(string s)
            {
                // Stage the name.
                var lease = {|PA1008:ArenaLease.Rent()|};
                return Length(lease.Utf8(s));
            }

            static int Length(byte* p) => 0;
        }
        """, """
        using ParamArena;

        static unsafe class Code
        {
            static int Call(string s)
            {
                // Stage the name.
                using var lease = ArenaLease.Rent();
                return Length(lease.Utf8(s));
            }

            static int Length(byte* p) => 0;
        }
        """);

    [Fact]
    public Task ExplicitDisposeCallsAreRemoved() => VerifyEscape.CodeFixAsync<DisposeLeaseWithUsingCodeFix>("""
        using ParamArena;

        static unsafe class Code
        {
            static int Call(string s, bool early)
            {
                var lease = {|PA1008:ArenaLease.Rent()|};
                if (early) return 0;
                int n = Length(lease.Utf8(s));
                lease.Dispose();
                return n;
            }

            static int Length(byte* p) => 0;
        }
        """, """
        using ParamArena;

        static unsafe class Code
        {
            static int Call(string s, bool early)
            {
                using var lease = ArenaLease.Rent();
                if (early) return 0;
                int n = Length(lease.Utf8(s));
                return n;
            }

            static int Length(byte* p) => 0;
        }
        """);

    [Fact]
    public Task AReassignedLeaseGetsNoFix() => VerifyEscape.CodeFixAsync<DisposeLeaseWithUsingCodeFix>("""
        using ParamArena;

        static class Code
        {
            static void Call()
            {
                var lease = {|PA1008:ArenaLease.Rent()|};
                lease = ArenaLease.Rent();
                lease.Dispose();
            }
        }
        """, """
        using ParamArena;

        static class Code
        {
            static void Call()
            {
                var lease = {|PA1008:ArenaLease.Rent()|};
                lease = ArenaLease.Rent();
                lease.Dispose();
            }
        }
        """);
}
