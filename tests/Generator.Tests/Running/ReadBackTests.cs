using System;
using System.Reflection;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>The way back: shapes the C side fills (<c>out</c>), changes (<c>ref</c>) or returns, read back field by field.</summary>
public unsafe class ReadBackTests
{
    [Fact]
    public void OutShapeIsFilledByTheCalleeAndReadBackFieldByField()
    {
        TestNative.FillScene(out Scene scene);

        Assert.Equal(0x5eedu, scene.Kind);
        AssertItem(scene.Inline, 201, "back-1", 1.5f);
        Assert.NotNull(scene.Optional);
        AssertItem(scene.Optional!.Value, 300, "optional é", 3.0f, 4.0f);
        Assert.NotNull(scene.Items);
        Assert.Equal(3, scene.Items!.Length);
        AssertItem(scene.Items[0], 200, "back-0", 0.5f);
        AssertItem(scene.Items[1], 201, "back-1", 1.5f);
        AssertItem(scene.Items[2], 202, null, 2.5f);
        // A shared count sizes both arrays.
        Assert.Equal(new ulong[] { 0xfedcba9876543210, 7, 8 }, scene.Waits);
        Assert.Equal(new uint[] { 1, 2, 4 }, scene.Stages);
        // A count in bytes (16) becomes four uint elements.
        Assert.Equal(new uint[] { 0x07230203, 10, 20, 30 }, scene.Code);
        Assert.True(scene.Flag);
        Assert.True(scene.SmallFlag);
        Assert.Equal('Ω', scene.Letter);
        Assert.Equal("wide ✓ back", scene.Wide);
        Assert.Equal(new[] { "one", null, "thrée" }, scene.Tags);
    }

    [Fact]
    public void RefShapeIsStagedInAndTheCalleesChangesAreReadBack()
    {
        Scene scene = new()
        {
            Kind = 1,
            Inline = new Item { Id = 10, Name = "in" },
            Optional = new Item { Id = 11, Name = "optional" },
            Items = new[] { new Item { Id = 12 }, new Item { Id = 13, Name = "kept" } },
            Tags = new[] { "tag" },
            Waits = new ulong[] { 5 },
            Stages = new uint[] { 6 },
        };

        Assert.Equal(0, TestNative.BumpScene(ref scene));

        Assert.Equal(2u, scene.Kind);
        Assert.Equal(20, scene.Inline.Id);
        Assert.Equal("changed", scene.Inline.Name);
        Assert.Null(scene.Optional);
        Assert.Single(scene.Items!);
        Assert.Equal(12, scene.Items![0].Id);
        Assert.True(scene.Flag);
        Assert.Equal('Z', scene.Letter);
        Assert.Null(scene.Tags);
        // What C left alone comes back as it went in.
        Assert.Equal(new ulong[] { 5 }, scene.Waits);
        Assert.Equal(new uint[] { 6 }, scene.Stages);
        Assert.Null(scene.Code);
        Assert.Null(scene.Wide);
    }

    [Fact]
    public void ShapeReturnedByValueIsReadBack()
    {
        Item item = TestNative.MakeItem(42);
        AssertItem(item, 42, "made", 42f);
    }

    [Fact]
    public void OptionalShapeReturnIsNullForANullPointer()
    {
        Item? found = TestNative.FindItem(1);
        Assert.NotNull(found);
        AssertItem(found!.Value, 201, "back-1", 1.5f);
        Assert.Null(TestNative.FindItem(3));
    }

    [Fact]
    public void DeclaredCountIsReadIntoItsFieldAndSizesItsArrays()
    {
        TestNative.FillWriteSet(out WriteSet set);
        Assert.Equal(35u, set.SType);
        Assert.Equal(9u, set.Binding);
        Assert.Equal(2u, set.DescriptorCount);
        Assert.Equal(6u, set.DescriptorType);
        Assert.Null(set.Items);
        Assert.Null(set.Views);
        Assert.Equal(2, set.Buffers!.Length);
        Assert.Equal((1ul, 2ul, 3ul), (set.Buffers[0].Buffer, set.Buffers[0].Offset, set.Buffers[0].Range));
        Assert.Equal((4ul, 5ul, 6ul), (set.Buffers[1].Buffer, set.Buffers[1].Offset, set.Buffers[1].Range));
    }

    [Fact]
    public void Utf16ShapeIsDecodedAsUtf16()
    {
        TestNative.FillWide(out WideShape wide);
        Assert.Equal(-5, wide.Id);
        Assert.Equal("réad ✓", wide.Name);
        Assert.Equal(new[] { "β", null }, wide.Names);
    }

    [Fact]
    public void RecursiveShapeIsReadAndALoopThrowsInsteadOfOverflowingTheStack()
    {
        TestNative.FillTree(out TreeNode root, 0);
        Assert.Equal(1, root.Value);
        TreeNode middle = Assert.Single(root.Children!);
        Assert.Equal(2, middle.Value);
        Assert.Equal(new[] { 3, 4 }, Array.ConvertAll(middle.Children!, c => c.Value));
        Assert.Null(middle.Children![0].Children);

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => TestNative.FillTree(out _, 1));
        Assert.Contains("refers to itself", e.Message);
    }

    [Fact]
    public void ReadIsCallableByHandOnStagedAndNativeMemory()
    {
        using ArenaLease lease = ArenaLease.Rent();
        Scene sent = ShapeTests.MakeScene();
        Scene.Native* staged = ArenaStaging.Stage<Scene, Scene.Native>(lease, in sent);
        Scene back = ArenaStaging.Read<Scene, Scene.Native>(staged);
        Assert.Equal(sent.Kind, back.Kind);
        AssertItem(back.Inline, 100, "item-0", 0f);
        AssertItem(back.Optional!.Value, 101, "item-1", 1f);
        Assert.Equal(3, back.Items!.Length);
        Assert.Equal(sent.Waits, back.Waits);
        Assert.Equal(sent.Stages, back.Stages);
        Assert.Equal(sent.Code, back.Code);
        Assert.Equal(sent.Wide, back.Wide);
        Assert.Equal(sent.Tags, back.Tags);
        Assert.Equal(sent.Letter, back.Letter);
        Assert.NotSame(sent.Waits, back.Waits);

        Item[] items = ArenaStaging.ReadArray<Item, Item.Native>(staged->Items, staged->ItemsCount)!;
        Assert.Equal(new[] { 100, 101, 102 }, Array.ConvertAll(items, i => i.Id));
        Assert.Null(ArenaStaging.ReadOptional<Item, Item.Native>(null));
        Assert.Null(ArenaStaging.ReadArray<Item, Item.Native>(null, 5));
        Assert.Throws<ArgumentNullException>(() => ArenaStaging.Read<Item, Item.Native>(null));
        Assert.Throws<InvalidOperationException>(() => ArenaStaging.ReadArray<int>((int*)staged, unchecked((ulong)-1L)));
    }

    [Fact]
    public void OutShapeOfBlittableFieldsAllocatesZeroManagedBytes()
    {
        uint sum = 0;
        void Call(uint i)
        {
            TestNative.FillExtent(out Extent extent, i);
            sum += extent.Width + extent.Height + (extent.Valid ? 1u : 0u) + extent.Letter;
        }
        for (uint i = 0; i < 100; i++) Call(i);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (uint i = 0; i < 1000; i++) Call(i);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        TestNative.FillExtent(out Extent last, 7);
        Assert.Equal((7u, 14u, true, 'e', 0.25), (last.Width, last.Height, last.Valid, last.Letter, last.Scale));
        Assert.True(sum > 0);
    }

    [Theory]
    [InlineData(typeof(TreeNode.Native), "RbTreeNode")]
    [InlineData(typeof(Extent.Native), "Extent")]
    public void NativeLayoutMatchesC(Type native, string cName)
    {
        Assert.Equal(TestNative.ReadBackSizeOf(cName), Marshal.SizeOf(native));
        foreach (FieldInfo field in native.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            long expected = TestNative.ReadBackOffsetOf(cName, field.Name);
            Assert.True(expected >= 0, $"C has no field {cName}.{field.Name}");
            Assert.Equal(expected, (long)Marshal.OffsetOf(native, field.Name));
        }
    }

    private static void AssertItem(Item item, int id, string? name, float x, float? y = null)
    {
        Assert.Equal(id, item.Id);
        Assert.Equal(name, item.Name);
        Assert.Equal(x, item.Pos.X);
        Assert.Equal(y ?? -x, item.Pos.Y);
    }
}
