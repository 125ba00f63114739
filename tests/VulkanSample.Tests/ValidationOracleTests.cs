using VulkanStructs;
using VulkanBindings;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>
/// The zero-message assertion only means something if the layer and the messenger really report:
/// this test stages a create-info the specification forbids and expects the layer to say so.
/// </summary>
public sealed unsafe class ValidationOracleTests
{
    [Fact]
    public void TheValidationLayerReportsAnInvalidCreateInfoThroughTheMessenger()
    {
        using VulkanContext context = VulkanContext.Create(new ComputeJobOptions { RequireValidation = true });
        Assert.Equal(0, ValidationMessenger.Problems);
        Assert.Empty(ValidationMessenger.ProblemIds);

        // VUID-VkBufferCreateInfo-size-00912: size must be greater than 0.
        BufferCreateInfo invalid = new()
        {
            Size = 0,
            Usage = BufferUsageFlags.StorageBuffer,
            SharingMode = SharingMode.Exclusive,
            QueueFamilyIndices = [context.ComputeQueueFamily],
        };
        Result result = context.Commands.CreateBuffer(context.Device, invalid, null, out Buffer buffer);
        if (result == Result.Success) context.Commands.DestroyBuffer(context.Device, buffer, null);

        // The layer must name the rule this create-info breaks, and only that one: any other message would mean
        // the staged struct differs from what was written here.
        Assert.Equal(["VUID-VkBufferCreateInfo-size-00912"], ValidationMessenger.ProblemIds);
        Assert.Equal(1, ValidationMessenger.Problems);
    }
}
