using System;
using System.Reflection;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>Structure chains staged by generated code and walked link by link on the C side (pa_check_chain).</summary>
public class ChainTests
{
    private const int Seed = 7;

    internal static ChainHead Head(int seed) => new() { Marker = (uint)seed * 3, Name = "head-" + seed };

    internal static LinkA A(int index, int seed = Seed) => new() { Value = seed + index };

    internal static LinkB B(int index, int seed = Seed) => new() { Text = "link-" + (seed + index), Big = (ulong)(seed + index) * 1000000007UL };

    internal static LinkC C(int index, int seed = Seed)
    {
        int v = seed + index;
        int[] values = new int[v % 3 + 1];
        for (int j = 0; j < values.Length; j++) values[j] = v * 10 + j;
        return new LinkC { Values = values, Flag = (v & 1) == 1 };
    }

    internal static ArenaChain<ChainHead, ArenaChain<ChainHead, ArenaChain<ChainHead, ArenaChain<ChainHead, ChainHead, LinkB>, LinkA>, LinkC>, LinkA> FourLinks() =>
        Head(Seed).Then(B(0)).Then(A(1)).Then(C(2)).Then(A(3));

    internal static readonly uint[] FourTags = { 11, 10, 12, 10 };

    [Theory]
    [InlineData(typeof(ChainHead.Native), "ChainHead")]
    [InlineData(typeof(LinkA.Native), "LinkA")]
    [InlineData(typeof(LinkB.Native), "LinkB")]
    [InlineData(typeof(LinkC.Native), "LinkC")]
    public void NativeLayoutMatchesC(Type native, string cName)
    {
        Assert.Equal(TestNative.SizeOf(cName), Marshal.SizeOf(native));
        foreach (FieldInfo field in native.GetFields(BindingFlags.Public | BindingFlags.Instance))
            Assert.Equal(TestNative.OffsetOf(cName, field.Name), (long)Marshal.OffsetOf(native, field.Name));
    }

    [Fact]
    public void NoLinks()
    {
        Assert.Equal(0, ChainNative.CheckChain(Head(Seed), ReadOnlySpan<uint>.Empty, Seed));
        Assert.Equal(0, ChainNative.CheckHead(Head(Seed), ReadOnlySpan<uint>.Empty, Seed));
    }

    [Fact]
    public void OneLink()
    {
        var chain = Head(Seed).Then(C(0));
        Assert.Equal(0, ChainNative.CheckChain(in chain, new uint[] { 12 }, Seed));
    }

    [Fact]
    public void FourLinksOfMixedTypesInOrder()
    {
        var chain = FourLinks();
        Assert.Equal(0, ChainNative.CheckChain(in chain, FourTags, Seed));
    }

    [Fact]
    public void SixteenLinksWithRepeatedTypes()
    {
        var chain = Head(Seed)
            .Then(A(0)).Then(B(1)).Then(C(2)).Then(C(3))
            .Then(B(4)).Then(A(5)).Then(A(6)).Then(B(7))
            .Then(C(8)).Then(A(9)).Then(B(10)).Then(B(11))
            .Then(C(12)).Then(C(13)).Then(A(14)).Then(B(15));
        uint[] tags = { 10, 11, 12, 12, 11, 10, 10, 11, 12, 10, 11, 11, 12, 12, 10, 11 };
        Assert.Equal(0, ChainNative.CheckChain(in chain, tags, Seed));
    }

    [Fact]
    public void TheWalkerSeesMistakes()
    {
        var chain = FourLinks();
        // The C side reports where it differs: wrong tag of link 2, a field of link 1, a missing and an extra link.
        Assert.Equal(301, ChainNative.CheckChain(in chain, new uint[] { 11, 10, 10, 10 }, Seed));
        chain.Rest.Rest.Link.Value = 99;
        Assert.Equal(202, ChainNative.CheckChain(in chain, FourTags, Seed));
        chain.Rest.Rest.Link.Value = Seed + 1;
        Assert.Equal(9004, ChainNative.CheckChain(in chain, new uint[] { 11, 10, 12, 10, 10 }, Seed));
        Assert.Equal(9999, ChainNative.CheckChain(in chain, new uint[] { 11, 10, 12 }, Seed));
        Assert.Equal(0, ChainNative.CheckChain(in chain, FourTags, Seed));
    }

    [Fact]
    public void TheSameChainIsReusedAcrossCalls()
    {
        var chain = FourLinks();
        for (int i = 0; i < 100; i++) Assert.Equal(0, ChainNative.CheckChain(in chain, FourTags, Seed));
    }

    [Fact]
    public unsafe void StagingByHandLinksEveryStructAndWritesTags()
    {
        var chain = Head(Seed).Then(A(0)).Then(B(1));
        using ArenaLease lease = ArenaLease.Rent();
        ChainHead.Native* head = lease.AllocUninitialized<ChainHead.Native>();
        ArenaStaging.StageChain<ArenaChain<ChainHead, ArenaChain<ChainHead, ChainHead, LinkA>, LinkB>, ChainHead>(lease, in chain, head);
        Assert.Equal(ChainType.Head, head->SType);
        LinkA.Native* a = (LinkA.Native*)head->PNext;
        Assert.Equal(ChainType.A, a->SType);
        Assert.Equal(Seed, a->Value);
        LinkB.Native* b = (LinkB.Native*)a->PNext;
        Assert.Equal(ChainType.B, b->SType);
        Assert.True(b->PNext == null);
    }

    [Fact]
    public void AnOutputChainIsStagedWithItsTagsAndReadBackLinkByLink()
    {
        // What the caller names is what is queried: four links, LinkC with room for three values.
        var chain = new ChainHead { Marker = 99 }.Then(new LinkA()).Then(new LinkC { Values = new int[3] }).Then(new LinkB()).Then(new LinkA { Value = -5 });
        int[] callersArray = chain.Rest.Rest.Link.Values!;
        Assert.Equal(4, ChainNative.FillChain(ref chain));
        Assert.Equal(4u, chain.Rest.Rest.Rest.Rest.Marker);
        Assert.Null(chain.Rest.Rest.Rest.Rest.Name);
        Assert.Equal(10, chain.Rest.Rest.Rest.Link.Value);
        Assert.Equal(new[] { 200, 201, 202 }, chain.Rest.Rest.Link.Values);
        Assert.NotSame(callersArray, chain.Rest.Rest.Link.Values);
        Assert.True(chain.Rest.Rest.Link.Flag);
        Assert.Equal("filled-3", chain.Rest.Link.Text);
        Assert.Equal(21UL, chain.Rest.Link.Big);
        Assert.Equal(40, chain.Link.Value);

        // Read back, the chain is a chain again: passed as input, C sees what it wrote.
        Assert.Equal(4, ChainNative.FillChain(ref chain));
        Assert.Equal(new[] { 200, 201, 202 }, chain.Rest.Rest.Link.Values);
    }

    [Fact]
    public void ALinkIsStagedFromItsCurrentFields()
    {
        // A null array in a link stages count 0 and a null pointer, which the C side rejects (link 1, check 5).
        var chain = Head(Seed).Then(C(0));
        chain.Link.Values = null;
        Assert.Equal(105, ChainNative.CheckChain(in chain, new uint[] { 12 }, Seed));
    }
}
