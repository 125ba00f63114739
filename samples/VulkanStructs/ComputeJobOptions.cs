namespace VulkanStructs;

/// <summary>What the compute job computes and how strictly it runs.</summary>
public sealed class ComputeJobOptions
{
    /// <summary>How many 32-bit elements the job processes. Default 65 536.</summary>
    public int ElementCount { get; init; } = 65_536;

    /// <summary>The multiplier, passed to the shader as a push constant. Default 3.</summary>
    public uint Factor { get; init; } = 3;

    /// <summary>The addend, baked into the pipeline as specialization constant 1. Default 7.</summary>
    public uint Offset { get; init; } = 7;

    /// <summary>Enable VK_LAYER_KHRONOS_validation and a debug messenger when the layer is installed. Default true.</summary>
    public bool Validation { get; init; } = true;

    /// <summary>With validation, also turn on the layer's synchronization validation (hazards between the dispatch, barriers and host reads). Default true.</summary>
    public bool SynchronizationValidation { get; init; } = true;

    /// <summary>Fail (rather than run without it) when the validation layer is not installed. Default false.</summary>
    public bool RequireValidation { get; init; }

    /// <summary>Also print the layer's and loader's informational messages (they are always counted).</summary>
    public bool Verbose { get; init; }
}
