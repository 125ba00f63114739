using System;
using System.Linq;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Interop;
using Xunit;
using static ParamArena.Generator.Tests.Interop.Enumerations;

namespace ParamArena.Generator.Tests.Running;

/// <summary>
/// [ArenaEnumerated]: one call returns every item of a count-then-fill function, asking again when the count changed
/// between its two calls, against the gcc-built test library (whose list grows on demand) and libc's getgroups.
/// </summary>
[Collection(nameof(EnumerationTests))]
public sealed class EnumerationTests
{
    private static ulong[] Expected(int length) => Enumerable.Range(0, length).Select(i => 1000UL + (ulong)i).ToArray();

    [Fact]
    public void AStableListTakesTwoCallsAndReturnsEveryItem()
    {
        Reset(length: 4, growTimes: 0, growth: 0, fail: 0);
        Assert.Equal(Result.Success, Values(out ulong[] values));
        Assert.Equal(Expected(4), values);
        Assert.Equal(2, Calls());
    }

    [Fact]
    public void AListThatGrowsBetweenTheCallsIsAskedAgainUntilItHoldsStill()
    {
        // Grows by 3 after each of the first two count queries: VK_INCOMPLETE twice, then the third pair settles.
        Reset(length: 2, growTimes: 2, growth: 3, fail: 0);
        Assert.Equal(Result.Success, Values(out ulong[] values));
        Assert.Equal(Expected(8), values);
        Assert.Equal(6, Calls());
    }

    [Fact]
    public void GrowingByOneItemIsCaughtByTheSpareSlotEvenWithoutAResult()
    {
        // The void form has no VK_INCOMPLETE: the spare slot, filled, is what shows the list grew.
        Reset(length: 5, growTimes: 1, growth: 1, fail: 0);
        VoidValues(out ulong[] values);
        Assert.Equal(Expected(6), values);
        Assert.Equal(4, Calls());
    }

    [Fact]
    public void AnEmptyListGivesAnEmptyArrayAndAFailureGivesItsResultAndNoItems()
    {
        Reset(length: 0, growTimes: 0, growth: 0, fail: 0);
        Assert.Equal(Result.Success, Values(out ulong[] none));
        Assert.Same(Array.Empty<ulong>(), none);

        Reset(length: 3, growTimes: 0, growth: 0, fail: 1);
        Assert.Equal(Result.ErrorInitializationFailed, Values(out ulong[] failed));
        Assert.Empty(failed);
        Assert.Equal(1, Calls());
    }

    [Fact]
    public void TheCountReturnedConventionRetriesWhenTheFunctionNeedsMore()
    {
        Reset(length: 3, growTimes: 1, growth: 4, fail: 0);
        Assert.Equal(7, List(out ulong[] values));
        Assert.Equal(Expected(7), values);
        Assert.Equal(4, Calls());

        Reset(length: 3, growTimes: 0, growth: 0, fail: 1);
        Assert.Equal(-1, List(out ulong[] failed));
        Assert.Empty(failed);
    }

    [Fact]
    public void SpanItemsLiveInTheCallersLeaseAndCostNoManagedBytes()
    {
        Reset(length: 6, growTimes: 1, growth: 2, fail: 0);
        using ArenaLease lease = ArenaLease.Rent();
        Values(lease, out Span<ulong> warm);
        Reset(length: 6, growTimes: 1, growth: 2, fail: 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Result result = Values(lease, out Span<ulong> values);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Result.Success, result);
        Assert.Equal(0, allocated);
        Assert.Equal(Expected(8), values.ToArray());
        Assert.True(warm.Length == 8 && values[7] == 1007);
        Assert.Throws<ArgumentException>(() => Values(default(ArenaLease), out Span<ulong> _));
    }

    [Fact]
    public unsafe void SpanItemsFromANativePoolAreTheCallersToFreeAndCostNoManagedBytes()
    {
        using NativePool pool = new(new NativePoolOptions());
        Reset(length: 5, growTimes: 1, growth: 9, fail: 0);
        Values(out Span<ulong> warm, pool);
        pool.Free(Unsafe(warm));
        Reset(length: 5, growTimes: 1, growth: 9, fail: 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Result result = Values(out Span<ulong> values, pool);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(Result.Success, result);
        Assert.Equal(0, allocated);
        Assert.Equal(Expected(14), values.ToArray());
        Assert.True(pool.Size(Unsafe(values)) >= 15 * sizeof(ulong));
        pool.Free(Unsafe(values));

        Reset(length: 0, growTimes: 0, growth: 0, fail: 0);
        Values(out Span<ulong> none, pool);
        Assert.True(none.IsEmpty && Unsafe(none) == null);
    }

    private static unsafe void* Unsafe(Span<ulong> items) => System.Runtime.CompilerServices.Unsafe.AsPointer(ref MemoryMarshal.GetReference(items));

    [Fact]
    public void GetGroupsReturnsTheProcessGroupsAsLibcCountsThem()
    {
        int count = GetGroups(out uint[] groups);
        Assert.Equal(groups.Length, count);
        // The same list as /proc/self/status reports, which the kernel keeps.
        string line = System.IO.File.ReadLines("/proc/self/status").Single(l => l.StartsWith("Groups:", StringComparison.Ordinal));
        uint[] expected = line.Substring("Groups:".Length).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(uint.Parse).ToArray();
        Assert.Equal(expected.OrderBy(g => g), groups.OrderBy(g => g));
    }

    [Fact]
    public void ShapeItemsAreReadBackWithTheirStringsAfterTheListGrew()
    {
        Reset(length: 3, growTimes: 1, growth: 2, fail: 0);
        Assert.Equal(Result.Success, Named(out NamedItem[] items));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => (1000u + (uint)i, "item-" + i)), items.Select(item => (item.Id, item.Name!)));
        Assert.Equal(4, Calls());
    }

    [Fact]
    public void TaggedItemsAreTaggedBeforeEveryFillCallEvenAfterTheListGrew()
    {
        // The function refuses (-4) a slot that is not tagged: the untagged declaration shows the tag is what passes.
        Reset(length: 3, growTimes: 0, growth: 0, fail: 0);
        Assert.Equal((Result)(-4), Untagged(out TaggedItem[] untagged));
        Assert.Empty(untagged);

        // Grows by 2 after the first count query: the second buffer is tagged again, every slot of it.
        Reset(length: 3, growTimes: 1, growth: 2, fail: 0);
        Assert.Equal(Result.Success, Tagged(out TaggedItem[] items));
        Assert.Equal(Expected(5), items.Select(item => item.Value));
        Assert.All(items, item => Assert.Equal(TaggedItem.Tag, item.SType));
        Assert.Equal(4, Calls());

        Reset(length: 4, growTimes: 0, growth: 0, fail: 0);
        using ArenaLease lease = ArenaLease.Rent();
        Tagged(lease, out Span<TaggedItem> warm);
        Reset(length: 4, growTimes: 0, growth: 0, fail: 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Result result = Tagged(lease, out Span<TaggedItem> leased);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(Result.Success, result);
        Assert.Equal(Expected(4), leased.ToArray().Select(item => item.Value));
    }
}
