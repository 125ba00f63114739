using System;
using System.Reflection;
using System.Runtime.InteropServices;
using ParamArena.Generator.Tests.Interop;
using Xunit;

namespace ParamArena.Generator.Tests.Running;

/// <summary>Shapes staged by generated code, checked field by field on the C side.</summary>
public unsafe class ShapeTests
{
    internal static Item MakeItem(int i) => new() { Id = 100 + i, Name = "item-" + i, Pos = new Vec2 { X = i, Y = -i } };

    internal static Scene MakeScene() => new()
    {
        Kind = 7,
        Inline = MakeItem(0),
        Optional = MakeItem(1),
        Items = new[] { MakeItem(0), MakeItem(1), MakeItem(2) },
        Waits = new ulong[] { 0x1122334455667788, 42 },
        Stages = new uint[] { 0x10, 0x400 },
        Code = new uint[] { 0x07230203, 1, 2 },
        Flag = true,
        SmallFlag = true,
        Letter = 'é',
        Wide = "wide text",
        Tags = new[] { "alpha", null },
    };

    [UnmanagedCallersOnly]
    private static int DoublePlusOne(int x) => x * 2 + 1;

    internal static InstanceInfo MakeInstance() => new()
    {
        SType = 1,
        PNext = new DebugInfo
        {
            SType = 1000128004,
            Severity = 0x1111,
            Callback = &DoublePlusOne,
            PNext = new ValidationFeatures { SType = 1000247000, Enabled = new[] { 5, 6 } },
        },
        ApplicationInfo = new AppInfo { ApplicationName = "ParamArena test", ApplicationVersion = 3, EngineName = "none é", ApiVersion = (1u << 22) | (3u << 12) },
        EnabledLayerNames = new[] { "VK_LAYER_one", "VK_LAYER_two" },
        EnabledExtensionNames = new[] { "VK_EXT_a", "VK_EXT_bb", "VK_EXT_ccc" },
    };

    [Theory]
    [InlineData(typeof(Item.Native), "Item")]
    [InlineData(typeof(Scene.Native), "Scene")]
    [InlineData(typeof(ValidationFeatures.Native), "ValidationFeatures")]
    [InlineData(typeof(DebugInfo.Native), "DebugInfo")]
    [InlineData(typeof(AppInfo.Native), "AppInfo")]
    [InlineData(typeof(InstanceInfo.Native), "InstanceInfo")]
    [InlineData(typeof(WriteSet.Native), "WriteSet")]
    [InlineData(typeof(WriteSetKeepingCount.Native), "WriteSet")]
    [InlineData(typeof(WideShape.Native), "WideShape")]
    public void NativeLayoutMatchesC(Type native, string cName)
    {
        Assert.Equal(TestNative.SizeOf(cName), Marshal.SizeOf(native));
        FieldInfo[] fields = native.GetFields(BindingFlags.Public | BindingFlags.Instance);
        Assert.NotEmpty(fields);
        foreach (FieldInfo field in fields)
        {
            long expected = TestNative.OffsetOf(cName, field.Name);
            Assert.True(expected >= 0, $"C has no field {cName}.{field.Name}");
            Assert.Equal(expected, (long)Marshal.OffsetOf(native, field.Name));
        }
    }

    [Fact]
    public void DeclaredCountIsWrittenFromTheNonNullArrays()
    {
        WriteSet buffers = new() { Binding = 3, DescriptorCount = 99, Buffers = new[] { new BufferRef { Range = 64 }, new BufferRef { Range = 256 } } };
        Assert.Equal(2 * 1000000 + 2 * 100000 + 320, TestNative.ReadWriteSet(in buffers));
        // The managed field is an output of staging, not an input: staging leaves it as it was.
        Assert.Equal(99u, buffers.DescriptorCount);

        WriteSet two = new() { Items = new[] { MakeItem(1), MakeItem(2), MakeItem(3) }, Views = new ulong[] { 1, 2, 3 } };
        Assert.Equal(3 * 1000000 + 5 * 100000 + 101 + 102 + 103 + 6, TestNative.ReadWriteSet(in two));

        WriteSet none = new() { DescriptorCount = 7 };
        Assert.Equal(0, TestNative.ReadWriteSet(in none));
    }

    [Fact]
    public void DeclaredCountKeptWhenEveryArrayIsNullIsTheCallersValue()
    {
        // No array: C sees the caller's count (it reads no element, as Vulkan does for an inline uniform block's bytes).
        WriteSetKeepingCount none = new() { DescriptorCount = 7 };
        Assert.Equal(7 * 1000000, TestNative.ReadWriteSetKeepingCount(in none));
        WriteSetKeepingCount zero = new();
        Assert.Equal(0, TestNative.ReadWriteSetKeepingCount(in zero));

        // Any array present: the count is its length, whatever the field says, exactly as without KeepWhenNull.
        WriteSetKeepingCount buffers = new() { DescriptorCount = 99, Buffers = new[] { new BufferRef { Range = 64 }, new BufferRef { Range = 256 } } };
        Assert.Equal(2 * 1000000 + 2 * 100000 + 320, TestNative.ReadWriteSetKeepingCount(in buffers));
        Assert.Equal(99u, buffers.DescriptorCount);
        WriteSetKeepingCount empty = new() { DescriptorCount = 5, Views = Array.Empty<ulong>() };
        Assert.Equal(0L, TestNative.ReadWriteSetKeepingCount(in empty) / 1000000);

        WriteSetKeepingCount bad = new() { DescriptorCount = 2, Buffers = new BufferRef[2], Views = new ulong[3] };
        ArgumentException error = Assert.Throws<ArgumentException>(() => TestNative.ReadWriteSetKeepingCount(in bad));
        Assert.Contains("Views", error.Message);
    }

    [Fact]
    public void DeclaredCountRejectsNonNullArraysThatDisagree()
    {
        WriteSet bad = new() { Buffers = new BufferRef[2], Views = new ulong[3] };
        ArgumentException error = Assert.Throws<ArgumentException>(() => TestNative.ReadWriteSet(in bad));
        Assert.Contains("Views", error.Message);
        Assert.Contains("Buffers", error.Message);
    }

    [Fact]
    public void ShapeByValueInAndNullable()
    {
        Item item = MakeItem(4);
        Assert.Equal(0, TestNative.CheckItem(item, 4));
        Assert.Equal(0, TestNative.CheckItemIn(in item, 4));
        Assert.Equal(0, TestNative.CheckOptionalItem(item, 4));
        Assert.Equal(-1, TestNative.CheckOptionalItem(null, 4));
        Assert.Equal(2, TestNative.CheckItem(MakeItem(5) with { Name = "wrong" }, 5));
    }

    [Fact]
    public void ShapeArraysAndSpans()
    {
        Item[] items = { MakeItem(0), MakeItem(1), MakeItem(2), MakeItem(3) };
        Assert.Equal(0, TestNative.CheckItems(items));
        Assert.Equal(0, TestNative.CheckItemArray(items));
        Assert.Equal(-1, TestNative.CheckItems(ReadOnlySpan<Item>.Empty));
        Assert.Equal(-1, TestNative.CheckItemArray(null));
        items[2].Pos.Y = 9;
        Assert.Equal(33, TestNative.CheckItems(items));
    }

    [Fact]
    public void FixedSizePartIsStagedOnTheStubsStack()
    {
        if (Arena.ForCurrentThread.ChecksEnabled) return; // checked mode stages it in the arena: see the next test
        // The stub's frame lies just below its caller's; an arena page is heap memory, far from any stack.
        Item item = MakeItem(1);
        byte probe = 0;
        Assert.InRange(TestNative.DistanceFrom(&probe, in item), -64 * 1024, -1);
    }

    [Fact]
    public void CheckedArenasStageTheFixedSizePartInTheArena()
    {
        long distance = 0;
        ArenaOptions previous = Arena.ThreadArenaOptions;
        Arena.ThreadArenaOptions = new ArenaOptions { Checks = true };
        try
        {
            var thread = new System.Threading.Thread(() =>
            {
                Item item = MakeItem(1);
                byte probe = 0;
                distance = TestNative.DistanceFrom(&probe, in item);
            });
            thread.Start();
            thread.Join();
        }
        finally
        {
            Arena.ThreadArenaOptions = previous;
        }
        Assert.NotInRange(distance, -1024 * 1024, 1024 * 1024);
    }

    [Fact]
    public void EveryFieldKindReachesC()
    {
        Scene scene = MakeScene();
        Assert.Equal(0, TestNative.CheckScene(in scene));
    }

    [Fact]
    public void ChangedFieldsAreSeenByC()
    {
        Scene scene = MakeScene();
        scene.Wide = "other";
        Assert.Equal(14, TestNative.CheckScene(in scene));
        scene = MakeScene();
        scene.SmallFlag = false;
        Assert.Equal(12, TestNative.CheckScene(in scene));
        scene = MakeScene();
        scene.Optional = null;
        Assert.Equal(3, TestNative.CheckScene(in scene));
    }

    [Fact]
    public void InstanceGraphWithTwoShapePNextChain()
    {
        InstanceInfo info = MakeInstance();
        Assert.Equal(0, TestNative.CheckInstance(in info));
    }

    [Fact]
    public void HandStagingOnALease()
    {
        InstanceInfo info = MakeInstance();
        using ArenaLease lease = ArenaLease.Rent();
        InstanceInfo.Native* native = ArenaStaging.Stage<InstanceInfo, InstanceInfo.Native>(lease, in info);
        Assert.Equal(2u, native->EnabledLayerCount);
        Assert.Equal(0, TestNative.CheckInstanceRaw(native));
    }

    [Fact]
    public void RawPNextChainsAnythingStagedByHand()
    {
        // ValidationFeatures.PNext is a void*: chain a hand-staged struct without any allocation of its own.
        using ArenaLease lease = ArenaLease.Rent();
        Item extra = MakeItem(2);
        ValidationFeatures features = new() { SType = 1000247000, PNext = ArenaStaging.Stage<Item, Item.Native>(lease, in extra), Enabled = new[] { 5, 6 } };
        ValidationFeatures.Native* staged = ArenaStaging.Stage<ValidationFeatures, ValidationFeatures.Native>(lease, in features);
        Item.Native* chained = (Item.Native*)staged->PNext;
        Assert.Equal(102, chained->Id);
        Assert.Equal("item-2", Marshal.PtrToStringUTF8((nint)chained->Name));
    }

    [Fact]
    public void SharedCountsThatDisagreeThrowBeforeTheCall()
    {
        Scene scene = MakeScene();
        scene.Stages = new uint[] { 1 };
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestNative.CheckScene(in scene));
        Assert.Equal("Stages", e.ParamName);
        // The arena is as it was: a following call still works and sees the right data.
        Scene good = MakeScene();
        Assert.Equal(0, TestNative.CheckScene(in good));
    }

    [Fact]
    public void BadInputLeavesTheArenaAsItWas()
    {
        Arena arena = Arena.ForCurrentThread;
        using ArenaLease outer = ArenaLease.Rent();
        byte* kept = outer.Utf8("kept");
        long inUse = arena.Stats.BytesInUse;
        int leases = arena.OpenLeases;
        Scene scene = MakeScene();
        scene.Waits = new ulong[] { 1, 2, 3 };
        Assert.Throws<ArgumentException>(() => TestNative.CheckScene(in scene));
        Assert.Equal(inUse, arena.Stats.BytesInUse);
        Assert.Equal(leases, arena.OpenLeases);
        Assert.Equal("kept", Marshal.PtrToStringUTF8((nint)kept));
    }

    [Fact]
    public void CountOverflowThrows()
    {
        Scene scene = MakeScene();
        scene.Tags = new string?[70000];
        ArgumentException e = Assert.Throws<ArgumentException>(() => TestNative.CheckScene(in scene));
        Assert.Equal("Tags", e.ParamName);
    }

    [Fact]
    public void Utf16ShapeReachesCWithEveryStringInUtf16()
    {
        WideShape shape = new() { Id = 7, Name = "w\u00efde \u2713", Names = ["\u03b1", null, "\u03c9"] };
        Assert.Equal(0, TestNative.CheckWide(in shape));

        // A wrong string is caught by C, so the check above is not vacuous.
        WideShape wrong = shape with { Names = ["\u03b1", null, "w"] };
        Assert.Equal(8, TestNative.CheckWide(in wrong));
    }

    [Fact]
    public void AGraphThatLoopsThrowsInsteadOfOverflowingTheStack()
    {
        using ArenaLease lease = ArenaLease.Rent();
        TreeNode leaf = new() { Value = 2 };
        TreeNode tree = new() { Value = 1, Children = new[] { leaf, new TreeNode { Value = 3, Children = new[] { leaf } } } };
        TreeNode.Native* staged = ArenaStaging.Stage<TreeNode, TreeNode.Native>(lease, in tree);
        Assert.Equal(2u, staged->ChildrenCount);
        Assert.Equal(3, staged->Children[1].Value);
        Assert.Equal(2, staged->Children[1].Children[0].Value);

        // The array holds a copy of the node that holds the array: staging would never end.
        TreeNode[] loop = new TreeNode[1];
        loop[0] = new TreeNode { Value = 9, Children = loop };
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
        {
            using ArenaLease inner = ArenaLease.Rent();
            ArenaStaging.StageArray<TreeNode, TreeNode.Native>(inner, loop);
        });
        Assert.Contains("refers to itself", e.Message);
    }
}
