using System;
using System.Reflection;
using System.Runtime.CompilerServices;
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
    public void RawPNextReadsBackAsThePointerAndTypedPNextAsTheShape()
    {
        using ArenaLease lease = ArenaLease.Rent();
        int marker = 0;
        AppInfo app = new() { SType = 3, PNext = &marker, ApplicationName = "app", ApiVersion = 7 };
        AppInfo backApp = ArenaStaging.Read<AppInfo, AppInfo.Native>(ArenaStaging.Stage<AppInfo, AppInfo.Native>(lease, in app));
        Assert.True(backApp.PNext == &marker);
        Assert.Equal(("app", (string?)null, 7u), (backApp.ApplicationName, backApp.EngineName, backApp.ApiVersion));

        InstanceInfo instance = ShapeTests.MakeInstance();
        InstanceInfo back = ArenaStaging.Read<InstanceInfo, InstanceInfo.Native>(ArenaStaging.Stage<InstanceInfo, InstanceInfo.Native>(lease, in instance));
        Assert.Equal(instance.PNext!.Value.Severity, back.PNext!.Value.Severity);
        Assert.Equal((nint)instance.PNext.Value.Callback, (nint)back.PNext.Value.Callback);
        Assert.Equal(new[] { 5, 6 }, back.PNext.Value.PNext!.Value.Enabled);
        Assert.Equal(instance.EnabledExtensionNames, back.EnabledExtensionNames);
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
        Assert.Equal(new[] { 7f, 8f, 9f, 10f }, ((ReadOnlySpan<float>)last.Extra).ToArray());
        Assert.True(sum > 0);
    }

    internal static FixedInfo SentFixed()
    {
        FixedInfo info = new()
        {
            Id = 5,
            DeviceName = "lavapipe é",
            Color = new[] { 1f, 2f },
            Uuid = new byte[16],
            Wide = "wïde",
            Small = null,
            Label = "label",
        };
        for (int i = 0; i < 16; i++) info.Uuid[i] = (byte)(i * 3);
        for (int i = 0; i < 4; i++) info.Extra[i] = 0.5f + i;
        return info;
    }

    [Fact]
    public void FixedBuffersAreStagedInPlaceWithZerosAfterShortValues()
    {
        FixedInfo info = SentFixed();
        Assert.Equal(0, TestNative.CheckFixed(in info));
    }

    [Fact]
    public void FixedBuffersAreReadBackFromOutAndReturnedShapes()
    {
        TestNative.FillFixed(out FixedInfo filled, 0);
        Assert.Equal(77u, filled.Id);
        Assert.Equal("llvmpipe (LLVM 15.0.7, 256 bits) ✓", filled.DeviceName);
        Assert.Equal(new[] { 0.25f, 0.5f, 0.75f, 1f }, filled.Color);
        Assert.Equal(16, filled.Uuid!.Length);
        for (int i = 0; i < 16; i++) Assert.Equal(0xf0 + i, filled.Uuid[i]);
        Assert.Equal(new[] { 0f, -1f, -2f, -3f }, ((ReadOnlySpan<float>)filled.Extra).ToArray());
        Assert.Equal("seven✓!", filled.Wide);
        Assert.Equal(new short[] { -1, 2, -3 }, filled.Small);
        Assert.Equal("filled", filled.Label);

        // A buffer with no NUL is read to its end.
        TestNative.FillFixed(out FixedInfo full, 1);
        Assert.Equal(new string('x', 256), full.DeviceName);

        // Returned by value (a large struct: returned through a hidden pointer by the C ABI).
        FixedInfo made = TestNative.MakeFixed(12);
        Assert.Equal(12u, made.Id);
        Assert.Equal(filled.DeviceName, made.DeviceName);
        Assert.Equal(filled.Uuid, made.Uuid);
        Assert.Equal(filled.Wide, made.Wide);
    }

    [Fact]
    public void FixedBuffersRoundTripThroughStageAndRead()
    {
        using ArenaLease lease = ArenaLease.Rent();
        FixedInfo sent = SentFixed();
        FixedInfo.Native* staged = ArenaStaging.Stage<FixedInfo, FixedInfo.Native>(lease, in sent);
        FixedInfo back = ArenaStaging.Read<FixedInfo, FixedInfo.Native>(staged);
        Assert.Equal(sent.DeviceName, back.DeviceName);
        Assert.Equal(new[] { 1f, 2f, 0f, 0f }, back.Color);
        Assert.Equal(sent.Uuid, back.Uuid);
        Assert.Equal(sent.Wide, back.Wide);
        Assert.Equal(new short[3], back.Small);
        Assert.Equal(sent.Label, back.Label);
    }

    [Theory]
    [InlineData(nameof(FixedInfo.DeviceName))]
    [InlineData(nameof(FixedInfo.Wide))]
    [InlineData(nameof(FixedInfo.Color))]
    [InlineData(nameof(FixedInfo.Uuid))]
    public void TooLongFixedValueThrowsNamingTheFieldBeforeTheCall(string field)
    {
        FixedInfo info = SentFixed();
        switch (field)
        {
            // 255 bytes and the NUL fit; 254 'x' and a two-byte 'é' make 256, one too many.
            case nameof(FixedInfo.DeviceName): info.DeviceName = new string('x', 254) + "é"; break;
            case nameof(FixedInfo.Wide): info.Wide = "eight ch"; break;
            case nameof(FixedInfo.Color): info.Color = new float[5]; break;
            case nameof(FixedInfo.Uuid): info.Uuid = new byte[17]; break;
        }
        int calls = TestNative.FixedChecks();
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestNative.CheckFixed(in info));
        Assert.Equal(field, e.ParamName);
        Assert.Equal(calls, TestNative.FixedChecks());

        // At the limit it fits.
        info = SentFixed();
        info.DeviceName = new string('x', 253) + "é";
        info.Wide = "seven c";
        info.Uuid = new byte[16];
        Assert.NotEqual(0, TestNative.CheckFixed(in info)); // different values than C expects, but staged and called
        Assert.Equal(calls + 1, TestNative.FixedChecks());
    }

    [Theory]
    [InlineData(typeof(TreeNode.Native), "RbTreeNode")]
    [InlineData(typeof(Extent.Native), "Extent")]
    [InlineData(typeof(FixedInfo.Native), "FixedInfo")]
    public void NativeLayoutMatchesC(Type native, string cName)
    {
        Assert.Equal(TestNative.ReadBackSizeOf(cName), (long)(int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(native).Invoke(null, null)!);
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
