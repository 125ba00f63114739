using System;
using System.Text;

namespace VulkanStructs.Vulkan;

/// <summary>VkPhysicalDeviceProperties: identity, type and limits of a physical device (824 bytes).</summary>
public unsafe struct PhysicalDeviceProperties
{
    /// <summary>The highest Vulkan version the device supports (VK_MAKE_API_VERSION encoding).</summary>
    public uint ApiVersion;
    /// <summary>The vendor-specific driver version.</summary>
    public uint DriverVersion;
    /// <summary>The vendor's PCI id (or Khronos vendor id).</summary>
    public uint VendorId;
    /// <summary>The device id within the vendor.</summary>
    public uint DeviceId;
    /// <summary>GPU, CPU, virtual...</summary>
    public PhysicalDeviceType DeviceType;
    /// <summary>The device's name: NUL-terminated UTF-8 in VK_MAX_PHYSICAL_DEVICE_NAME_SIZE (256) bytes.</summary>
    public fixed byte DeviceName[256];
    /// <summary>The pipeline-cache UUID.</summary>
    public fixed byte PipelineCacheUuid[16];
    /// <summary>The device's limits.</summary>
    public PhysicalDeviceLimits Limits;
    /// <summary>Sparse-resource behaviour.</summary>
    public PhysicalDeviceSparseProperties SparseProperties;

    /// <summary>Decodes <see cref="DeviceName"/> (allocates the string).</summary>
    public readonly string GetDeviceName()
    {
        fixed (byte* name = DeviceName)
        {
            ReadOnlySpan<byte> bytes = new(name, 256);
            int end = bytes.IndexOf((byte)0);
            return Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
        }
    }
}
