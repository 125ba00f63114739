using ParamArena;
using VulkanStructs;
using VulkanBindings;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>
/// An [ArenaCallback] messenger whose generated trampoline decodes VkDebugUtilsMessengerCallbackDataEXT (strings, the
/// object array with their names, the command buffer label array): each test provokes one validation error on purpose
/// and checks what arrived.
/// </summary>
public sealed unsafe partial class CallbackDataTests
{
    [System.ThreadStatic] private static DebugUtilsMessengerCallbackDataEXT? s_received;

    [ArenaCallback]
    private static Bool32 OnProblem(DebugUtilsMessageSeverityFlagsEXT severity, DebugUtilsMessageTypeFlagsEXT types, in DebugUtilsMessengerCallbackDataEXT data, void* userData)
    {
        s_received = data;
        return false;
    }

    /// <summary>A second messenger (the context has its own) that sends validation warnings and errors to <see cref="OnProblem"/>.</summary>
    private static DebugUtilsMessengerEXT Listen(VulkanContext context)
    {
        s_received = null;
        DebugUtilsMessengerCreateInfoEXT createInfo = new()
        {
            MessageSeverity = DebugUtilsMessageSeverityFlagsEXT.Warning | DebugUtilsMessageSeverityFlagsEXT.Error,
            MessageType = DebugUtilsMessageTypeFlagsEXT.Validation,
            PfnUserCallback = OnProblemPointer,
        };
        Assert.Equal(Result.Success, context.InstanceCommands.CreateDebugUtilsMessengerEXT(context.Instance, in createInfo, null, out DebugUtilsMessengerEXT messenger));
        return messenger;
    }

    [Fact]
    public void TheMessageIdTextAndTheNamedObjectsAreDecoded()
    {
        using VulkanContext context = VulkanContext.Create(new ComputeJobOptions { RequireValidation = true });
        DebugUtilsMessengerEXT messenger = Listen(context);
        DebugUtilsObjectNameInfoEXT name = new()
        {
            ObjectType = ObjectType.Device,
            ObjectHandle = (ulong)context.Device.Handle,
            ObjectName = "paramarena device ✓",
        };
        Assert.Equal(Result.Success, context.Commands.SetDebugUtilsObjectNameEXT(context.Device, in name));

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

        ValidationMessenger.Destroy(context.InstanceCommands, context.Instance, messenger);
        DebugUtilsMessengerCallbackDataEXT data = Assert.NotNull(s_received);
        Assert.Equal("VUID-VkBufferCreateInfo-size-00912", data.MessageIdName);
        Assert.NotEqual(0, data.MessageIdNumber);
        Assert.Contains("size", data.Message);
        DebugUtilsObjectNameInfoEXT device = Assert.Single(data.Objects!, o => o.ObjectType == ObjectType.Device);
        Assert.Equal((ulong)context.Device.Handle, device.ObjectHandle);
        Assert.Equal("paramarena device ✓", device.ObjectName);
    }

    [Fact]
    public void TheActiveCommandBufferLabelsAreDecoded()
    {
        using VulkanContext context = VulkanContext.Create(new ComputeJobOptions { RequireValidation = true });
        DebugUtilsMessengerEXT messenger = Listen(context);
        DeviceCommands vk = context.Commands;
        CommandPoolCreateInfo poolInfo = new() { QueueFamilyIndex = context.ComputeQueueFamily };
        Assert.Equal(Result.Success, vk.CreateCommandPool(context.Device, in poolInfo, null, out CommandPool pool));
        try
        {
            CommandBufferAllocateInfo allocateInfo = new()
            {
                CommandPool = pool,
                Level = CommandBufferLevel.Primary,
                CommandBufferCount = 1,
            };
            CommandBuffer[] commandBuffers = new CommandBuffer[1];
            Assert.Equal(Result.Success, vk.AllocateCommandBuffers(context.Device, in allocateInfo, commandBuffers));
            CommandBufferBeginInfo beginInfo = new();
            Assert.Equal(Result.Success, vk.BeginCommandBuffer(commandBuffers[0], in beginInfo));
            DebugUtilsLabelEXT label = new()
            {
                LabelName = "paramarena label ✓",
                Color = [0.25f, 0.5f, 0.75f, 1f],
            };
            vk.CmdBeginDebugUtilsLabelEXT(commandBuffers[0], in label);
            // A dispatch without a bound compute pipeline breaks a vkCmdDispatch rule.
            vk.CmdDispatch(commandBuffers[0], 1, 1, 1);
            Assert.Equal(1, ValidationMessenger.Problems);
            vk.CmdEndDebugUtilsLabelEXT(commandBuffers[0]);
            vk.EndCommandBuffer(commandBuffers[0]);
        }
        finally
        {
            vk.DestroyCommandPool(context.Device, pool, null);
        }

        ValidationMessenger.Destroy(context.InstanceCommands, context.Instance, messenger);
        DebugUtilsMessengerCallbackDataEXT data = Assert.NotNull(s_received);
        Assert.StartsWith("VUID-vkCmdDispatch-", data.MessageIdName);
        // The layer lists the open region once per entry it keeps for it (lavapipe's layer gives two); each is this label.
        Assert.NotEmpty(data.CmdBufLabels!);
        Assert.All(data.CmdBufLabels!, received =>
        {
            Assert.Equal("paramarena label ✓", received.LabelName);
            Assert.Equal([0.25f, 0.5f, 0.75f, 1f], received.Color!);
        });
        Assert.Null(data.QueueLabels);
    }
}
