using System.Threading.Tasks;
using ParamArena.Analyzers.Escape;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1001ReturnedArenaPointerTests
{
    [Fact]
    public Task ReturningAPointerFromALocalLeaseIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* Name(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            return {|PA1001:p|};
        }
        """));

    [Fact]
    public Task ReturningTheAllocationDirectlyIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int* Numbers()
        {
            using var lease = ArenaLease.Rent();
            return {|PA1001:lease.Alloc<int>(4)|};
        }
        """));

    [Fact]
    public Task ReturningAnIntPtrMadeFromAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static nint Handle(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            nint h = (nint)p;
            return {|PA1001:h|};
        }
        """));

    [Fact]
    public Task ReturningPointerArithmeticIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* Second(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            return {|PA1001:p + 1|};
        }
        """));

    [Fact]
    public Task WritingToAnOutParameterIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Name(string s, out byte* name)
        {
            using var lease = ArenaLease.Rent();
            name = {|PA1001:lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task WritingToARefParameterIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Name(string s, ref nint name)
        {
            using var lease = ArenaLease.Rent();
            name = {|PA1001:(nint)lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task ReturningAStructHoldingAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        struct Info { public byte* Name; public int Length; }
        static Info Make(string s)
        {
            using var lease = ArenaLease.Rent();
            Info info = default;
            info.Name = lease.Utf8(s);
            info.Length = s.Length;
            return {|PA1001:info|};
        }
        """));

    [Fact]
    public Task ReturningATupleHoldingAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static (nint, int) Make(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            return {|PA1001:((nint)p, s.Length)|};
        }
        """));

    [Fact]
    public Task ReturningFromOneBranchIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* Maybe(string s, bool copy)
        {
            using var lease = ArenaLease.Rent();
            byte* p = null;
            if (copy) p = lease.Utf8(s);
            return {|PA1001:p|};
        }
        """));

    [Fact]
    public Task ALeaseBoundHelperResultIsTrackedLikeAnAllocation() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        [LeaseBound]
        static byte* Stage(ArenaLease lease, string s) => lease.Utf8(s);

        static byte* Use(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = Stage(lease, s);
            return {|PA1001:p|};
        }
        """));

    [Fact]
    public Task ReturningASpanMadeFromAnArenaPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static Span<int> Numbers(int n)
        {
            using var lease = ArenaLease.Rent();
            int* p = lease.Alloc<int>(n);
            return {|PA1001:new Span<int>(p, n)|};
        }
        """));

    [Fact]
    public Task ReturningASliceOfAnArenaSpanIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static ReadOnlySpan<byte> Bytes(string s)
        {
            using var lease = ArenaLease.Rent();
            var all = new ReadOnlySpan<byte>(lease.Utf8(s), s.Length);
            return {|PA1001:all.Slice(1)|};
        }
        """));

    [Fact]
    public Task ReturningATryAllocPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void* Scratch(nuint size)
        {
            using var lease = ArenaLease.Rent();
            if (!lease.TryAlloc(size, 8, out void* p)) return null;
            return {|PA1001:p|};
        }
        """));

    [Fact]
    public Task ReturningAnAddressInsideAnArenaBlockIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int* Third(int n)
        {
            using var lease = ArenaLease.Rent();
            int* values = lease.Alloc<int>(n);
            return {|PA1001:&values[2]|};
        }
        """));

    [Fact]
    public Task ReturningAPointerFromADisposedLocalArenaIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* Name(string s)
        {
            using var arena = new Arena();
            return {|PA1001:arena.Utf8(s)|};
        }
        """));

    [Fact]
    public Task ALeaseFromAFactoryThatThisMethodDisposesIsTracked() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static ArenaLease Open() => ArenaLease.Rent();

        static byte* Name(string s)
        {
            using var lease = Open();
            return {|PA1001:lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task ReturningAPointerFromALeaseTheCallerPassedIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        [LeaseBound]
        static byte* Stage(ArenaLease lease, string s)
        {
            byte* p = lease.Utf8(s);
            return p;
        }
        """));

    [Fact]
    public Task AVariableReassignedBeforeTheReturnIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* s_buffer;
        static byte* Pick(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            Native.Use(p);
            p = s_buffer;
            return p;
        }
        """));

    [Fact]
    public Task ReturningAValueReadThroughThePointerIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static int First(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            int length = Native.Length(p);
            return p[0] + length;
        }
        """));

    [Fact]
    public Task ReturningAPointerThatIsNotFromTheArenaIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static byte* Allocate(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* name = lease.Utf8(s);
            byte* owned = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc(16);
            Native.Copy(owned, name, 16);
            return owned;
        }
        """));

    [Fact]
    public Task ReturningARefIntoArenaMemoryIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static ref byte First(string s)
        {
            using var lease = ArenaLease.Rent();
            byte* p = lease.Utf8(s);
            return ref {|PA1001:*p|};
        }
        """));

    [Fact]
    public Task AnAllocArrayResultReturnedIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void* Rows(int count)
        {
            using var lease = ArenaLease.Rent();
            return {|PA1001:lease.AllocArray((nuint)count, 64, 8)|};
        }
        """));

    [Fact]
    public Task WritingThroughTheCallersPointerIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Stage(byte** destination, string s)
        {
            using var lease = ArenaLease.Rent();
            *destination = {|PA1001:lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task FillingTheCallersSpanIsReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Stage(Span<nint> destination, string s)
        {
            using var lease = ArenaLease.Rent();
            destination[0] = {|PA1001:(nint)lease.Utf8(s)|};
        }
        """));

    [Fact]
    public Task FillingTheCallersPointerFromTheCallersLeaseIsNotReported() => VerifyEscape.AnalyzerAsync(Snippet.Wrap("""
        static void Stage(ArenaLease lease, byte** destination, Span<nint> handles, string s)
        {
            *destination = lease.Utf8(s);
            handles[0] = (nint)lease.Utf8(s);
        }
        """));
}
