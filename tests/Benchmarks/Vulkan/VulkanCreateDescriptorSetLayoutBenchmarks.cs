using BenchmarkDotNet.Attributes;
using ParamArena.Benchmarks.Vulkan.HandWritten;
using SilkVk = Silk.NET.Vulkan;
using Reg = VulkanBindings;

namespace ParamArena.Benchmarks.Vulkan;

/// <summary>
/// vkCreateDescriptorSetLayout + vkDestroyDescriptorSetLayout with an array of two storage-buffer
/// bindings (the sample's layout), three ways: generated bindings, Silk.NET.Vulkan tutorial style, hand-written.
/// </summary>
[MemoryDiagnoser]
public unsafe class VulkanCreateDescriptorSetLayoutBenchmarks : LavapipeBenchmark
{
    private RawDescriptorSetLayoutBinding[] _rawBindings = null!;
    private SilkVk.DescriptorSetLayoutBinding[] _silkBindings = null!;
    private Reg.DescriptorSetLayoutBinding[] _regBindings = null!;

    /// <inheritdoc/>
    protected override void CreateInputs()
    {
        _rawBindings = new RawDescriptorSetLayoutBinding[2];
        _silkBindings = new SilkVk.DescriptorSetLayoutBinding[2];
        _regBindings = new Reg.DescriptorSetLayoutBinding[2];
        for (uint i = 0; i < 2; i++)
        {
            _rawBindings[i] = new RawDescriptorSetLayoutBinding { Binding = i, DescriptorType = 7, DescriptorCount = 1, StageFlags = 0x20 };
            _silkBindings[i] = new SilkVk.DescriptorSetLayoutBinding
            {
                Binding = i,
                DescriptorType = SilkVk.DescriptorType.StorageBuffer,
                DescriptorCount = 1,
                StageFlags = SilkVk.ShaderStageFlags.ComputeBit,
            };
            _regBindings[i] = new Reg.DescriptorSetLayoutBinding
            {
                Binding = i,
                DescriptorType = Reg.DescriptorType.StorageBuffer,
                DescriptorCount = 1,
                StageFlags = Reg.ShaderStageFlags.Compute,
            };
        }
    }

    /// <summary>Hand-written: the native struct on the stack, the bindings pinned with <c>fixed</c>.</summary>
    [Benchmark(Baseline = true)]
    public ulong HandWritten()
    {
        fixed (RawDescriptorSetLayoutBinding* bindings = _rawBindings)
        {
            RawDescriptorSetLayoutCreateInfo createInfo = new()
            {
                SType = 32,
                BindingCount = (uint)_rawBindings.Length,
                PBindings = bindings,
            };
            ulong layout;
            if (Raw.CreateDescriptorSetLayout(RawDevice, &createInfo, null, &layout) != 0) throw new System.InvalidOperationException("vkCreateDescriptorSetLayout failed.");
            Raw.DestroyDescriptorSetLayout(RawDevice, layout, null);
            return layout;
        }
    }

    /// <summary>Silk.NET.Vulkan 2.23.0, tutorial style: <c>fixed</c> for the bindings and the output handle.</summary>
    [Benchmark]
    public ulong SilkNet()
    {
        SilkVk.DescriptorSetLayout descriptorSetLayout = default;
        fixed (SilkVk.DescriptorSetLayoutBinding* bindingsPtr = _silkBindings)
        {
            SilkVk.DescriptorSetLayoutCreateInfo layoutInfo = new()
            {
                SType = SilkVk.StructureType.DescriptorSetLayoutCreateInfo,
                BindingCount = (uint)_silkBindings.Length,
                PBindings = bindingsPtr,
            };
            if (Api.CreateDescriptorSetLayout(SilkDevice, in layoutInfo, null, &descriptorSetLayout) != SilkVk.Result.Success)
            {
                throw new System.InvalidOperationException("vkCreateDescriptorSetLayout failed.");
            }
        }
        Api.DestroyDescriptorSetLayout(SilkDevice, descriptorSetLayout, null);
        return descriptorSetLayout.Handle;
    }

    /// <summary>ParamArena on the bindings generated from vk.xml: an <c>[ArenaStruct]</c> shape holding the managed bindings array, staged by the generated stub.</summary>
    [Benchmark]
    public ulong FromRegistry()
    {
        Reg.DescriptorSetLayoutCreateInfo layoutInfo = new()
        {
            Bindings = _regBindings,
        };
        if (RegCommands.CreateDescriptorSetLayout(RegDevice, layoutInfo, null, out Reg.DescriptorSetLayout layout) != Reg.Result.Success)
        {
            throw new System.InvalidOperationException("vkCreateDescriptorSetLayout failed.");
        }
        RegCommands.DestroyDescriptorSetLayout(RegDevice, layout, null);
        return layout.Handle;
    }
}
