using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1002StoredArenaPointerTests
{
    [Fact]
    public Task StoringInAStaticFieldIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* s_name;
        static void Remember(string s)
        {
            using var lease = ArenaLease.Rent();
            s_name = {|PA1002:lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task StoringInAnInstanceFieldIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        unsafe sealed class Holder
        {
            private nint _name;
            public void Remember(string s)
            {
                using var lease = ArenaLease.Rent();
                byte* p = lease.Utf8(s);
                _name = {|PA1002:(nint)p|};
            }
        }
        """));

    [Fact]
    public Task StoringAPointerFromTheCallersLeaseInAFieldIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        unsafe sealed class Builder
        {
            private byte* _name;
            public void SetName(ArenaLease lease, string s) => _name = {|PA1002:lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task StoringInAnArrayFieldElementIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static nint[] s_slots = new nint[4];
        static void Remember(string s)
        {
            using var lease = ArenaLease.Rent();
            s_slots[0] = {|PA1002:(nint)lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task AddingToAFieldCollectionIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static readonly List<nint> s_names = new();
        static void Remember(string s)
        {
            using var lease = ArenaLease.Rent();
            nint name = (nint)lease.Utf8(s);
            s_names.Add({|PA1002:name|});
        }
        """));

    [Fact]
    public Task StoringAStructThatHoldsAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        struct Info { public byte* Name; }
        static Info s_last;
        static void Remember(string s)
        {
            using var lease = ArenaLease.Rent();
            Info info = default;
            info.Name = lease.Utf8(s);
            Native.Use(info.Name);
            s_last = {|PA1002:info|};
        }
        """));

    [Fact]
    public Task StoringATupleThatHoldsAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static (nint Name, int Length) s_last;
        static void Remember(string s)
        {
            using var lease = ArenaLease.Rent();
            var pair = ((nint)lease.Utf8(s), s.Length);
            s_last = {|PA1002:pair|};
        }
        """));

    [Fact]
    public Task StoringALocalListThatHoldsAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static List<nint>? s_names;
        static void Remember(string[] names)
        {
            using var lease = ArenaLease.Rent();
            var list = new List<nint>();
            foreach (string name in names) list.Add((nint)lease.Utf8(name));
            s_names = {|PA1002:list|};
        }
        """));

    [Fact]
    public Task StoringInAPropertyOfAParameterIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        sealed class Request { public nint Name { get; set; } }
        static unsafe class Code
        {
            static void Fill(Request request, string s)
            {
                using var lease = ArenaLease.Rent();
                request.Name = {|PA1002:(nint)lease.Utf8(s)|};
            }
        }
        """));

    [Fact]
    public Task StoringAnObjectInitializedWithAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.File("""
        sealed class Request { public nint Name; public int Flags; }
        static unsafe class Code
        {
            static Request? s_last;
            static void Send(string s)
            {
                using var lease = ArenaLease.Rent();
                var request = new Request { Name = (nint)lease.Utf8(s), Flags = 1 };
                s_last = {|PA1002:request|};
            }
        }
        """));

    [Fact]
    public Task StoringInALocalStructThatStaysLocalIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        struct Info { public byte* Name; public int Length; }
        static int Measure(string s)
        {
            using var lease = ArenaLease.Rent();
            Info info = default;
            info.Name = lease.Utf8(s);
            info.Length = s.Length;
            return Native.Length(info.Name) + info.Length;
        }
        """));

    [Fact]
    public Task StoringAValueReadThroughThePointerIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int s_total;
        static void Sum(ReadOnlySpan<int> values)
        {
            using var lease = ArenaLease.Rent();
            int* copy = lease.Alloc<int>(values.Length);
            values.CopyTo(new Span<int>(copy, values.Length));
            s_total = Native.Sum(copy, values.Length);
            s_total += copy[0];
        }
        """));

    [Fact]
    public Task WritingThroughAPointerIntoNativeMemoryIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Build(string[] names)
        {
            using var lease = ArenaLease.Rent();
            byte** array = (byte**)lease.Alloc<nint>(names.Length);
            for (int i = 0; i < names.Length; i++) array[i] = lease.Utf8(names[i]);
            Native.Use((byte*)array);
        }
        """));

    [Fact]
    public Task AConditionalStoredInAStaticIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* s_name;
        static void Remember(bool first, string a, string b)
        {
            using var lease = ArenaLease.Rent();
            s_name = {|PA1002:first ? lease.Utf8(a) : lease.Utf8(b)|};
        }
        """));

    [Fact]
    public Task PublishingThroughInterlockedExchangeIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static nint s_name;
        static void Publish(string s)
        {
            using var lease = ArenaLease.Rent();
            System.Threading.Interlocked.Exchange(ref s_name, {|PA1002:(nint)lease.Utf8(s)|});
        }
        """));

    [Fact]
    public Task StoringInACatchBlockIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* s_error;
        static void Run(string s)
        {
            using var lease = ArenaLease.Rent();
            try { Native.Use(lease.Utf8(s)); }
            catch (Exception e) { s_error = {|PA1002:lease.Utf8(e.Message)|}; }
        }
        """));

    [Fact]
    public Task AContextSetBackInFinallyIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        [ThreadStatic] static byte* t_context;
        static void Run(string s)
        {
            using var lease = ArenaLease.Rent();
            t_context = lease.Utf8(s);
            try { Native.Use(t_context); }
            finally { t_context = null; }
        }
        """));

    [Fact]
    public Task AContextSetBackOnOnePathOnlyIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        [ThreadStatic] static byte* t_context;
        static void Run(string s, bool clear)
        {
            using var lease = ArenaLease.Rent();
            t_context = {|PA1002:lease.Utf8(s)|};
            try { Native.Use(t_context); }
            finally { if (clear) t_context = null; }
        }
        """));
}
