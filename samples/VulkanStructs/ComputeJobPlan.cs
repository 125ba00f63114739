using System;
using System.Runtime.InteropServices;
using VulkanBindings;

namespace VulkanStructs;

/// <summary>
/// Everything managed the job's create-infos point at, allocated once: the arrays and the SPIR-V.
/// The shapes hold references to these arrays, so a run of the job builds its create-infos without
/// allocating; the generated stubs then stage them in the arena.
/// </summary>
public sealed class ComputeJobPlan
{
    /// <summary>Builds the plan for <paramref name="context"/>'s device.</summary>
    /// <param name="context">The device the job runs on.</param>
    /// <param name="options">What to compute.</param>
    /// <exception cref="ArgumentOutOfRangeException">The element count is not positive or needs more workgroups than the device allows.</exception>
    public unsafe ComputeJobPlan(VulkanContext context, ComputeJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ElementCount);

        ref readonly PhysicalDeviceLimits.Native limits = ref context.Properties.Limits;
        LocalSize = Math.Min(64u, Math.Min(limits.MaxComputeWorkGroupSize[0], limits.MaxComputeWorkGroupInvocations));
        GroupCount = (uint)((options.ElementCount + LocalSize - 1) / LocalSize);
        if (GroupCount > limits.MaxComputeWorkGroupCount[0])
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ElementCount,
                $"{options.ElementCount} elements need {GroupCount} workgroups of {LocalSize}; the device dispatches at most {limits.MaxComputeWorkGroupCount[0]}.");
        }

        ElementCount = options.ElementCount;
        Factor = options.Factor;
        Offset = options.Offset;

        // Concurrent sharing needs two distinct families; lavapipe has one, so there the buffer is
        // exclusive and Vulkan ignores the (still staged) index list.
        if (context.OtherQueueFamily is uint other)
        {
            SharingMode = SharingMode.Concurrent;
            QueueFamilyIndices = [context.ComputeQueueFamily, other];
        }
        else
        {
            SharingMode = SharingMode.Exclusive;
            QueueFamilyIndices = [context.ComputeQueueFamily];
        }

        Bindings =
        [
            new DescriptorSetLayoutBinding { Binding = 0, DescriptorType = DescriptorType.StorageBuffer, DescriptorCount = 1, StageFlags = ShaderStageFlags.Compute },
            new DescriptorSetLayoutBinding { Binding = 1, DescriptorType = DescriptorType.StorageBuffer, DescriptorCount = 1, StageFlags = ShaderStageFlags.Compute },
        ];
        PoolSizes = [new DescriptorPoolSize { Type = DescriptorType.StorageBuffer, DescriptorCount = 2 }];
        SetLayouts = new DescriptorSetLayout[1];
        DescriptorWrites = new WriteDescriptorSet[2];
        for (int i = 0; i < DescriptorWrites.Length; i++)
        {
            DescriptorWrites[i] = new WriteDescriptorSet
            {
                DstBinding = (uint)i,
                DescriptorType = DescriptorType.StorageBuffer,
                BufferInfo = [new DescriptorBufferInfo { Offset = 0, Range = Constants.WholeSize }],
            };
        }
        PushConstantRanges = [new PushConstantRange { StageFlags = ShaderStageFlags.Compute, Offset = 0, Size = 2 * sizeof(uint) }];
        MapEntries =
        [
            new SpecializationMapEntry { ConstantID = 0, Offset = 0, Size = sizeof(uint) },
            new SpecializationMapEntry { ConstantID = 1, Offset = sizeof(uint), Size = sizeof(uint) },
        ];
        SpecializationData = MemoryMarshal.AsBytes<uint>([LocalSize, Offset]).ToArray();
        CommandBuffers = new CommandBuffer[1];
        ShaderWords = ShaderCode.LoadWords();
    }

    /// <summary>Elements per dispatch.</summary>
    public int ElementCount { get; }

    /// <summary>The multiplier (push constant).</summary>
    public uint Factor { get; }

    /// <summary>The addend (specialization constant 1).</summary>
    public uint Offset { get; }

    /// <summary>The workgroup width (specialization constant 0).</summary>
    public uint LocalSize { get; }

    /// <summary>Workgroups per dispatch.</summary>
    public uint GroupCount { get; }

    /// <summary>Bytes in each of the two buffers.</summary>
    public ulong BufferSize => (ulong)ElementCount * sizeof(uint);

    /// <summary>Exclusive (one queue family) or concurrent (two).</summary>
    public SharingMode SharingMode { get; }

    /// <summary>The queue families in the buffers' create-infos.</summary>
    public uint[] QueueFamilyIndices { get; }

    /// <summary>Binding 0: input values; binding 1: output values.</summary>
    public DescriptorSetLayoutBinding[] Bindings { get; }

    /// <summary>Two storage-buffer descriptors.</summary>
    public DescriptorPoolSize[] PoolSizes { get; }

    /// <summary>The one set layout, filled in by each run.</summary>
    public DescriptorSetLayout[] SetLayouts { get; }

    /// <summary>
    /// The two storage-buffer writes (input, output); each run fills in the set and the buffers. Staging writes
    /// each DescriptorCount from its BufferInfo's length.
    /// </summary>
    public WriteDescriptorSet[] DescriptorWrites { get; }

    /// <summary>Eight bytes of push constants: factor and count.</summary>
    public PushConstantRange[] PushConstantRanges { get; }

    /// <summary>Where the two specialization constants sit in <see cref="SpecializationData"/>.</summary>
    public SpecializationMapEntry[] MapEntries { get; }

    /// <summary>Workgroup width and offset, as the bytes <c>VkSpecializationInfo.pData</c> points at.</summary>
    public byte[] SpecializationData { get; }

    /// <summary>The one command buffer, filled in by each run.</summary>
    public CommandBuffer[] CommandBuffers { get; }

    /// <summary>The shader's SPIR-V.</summary>
    public uint[] ShaderWords { get; }
}
