using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using VulkanStructs;
using VulkanBindings;
using Xunit;
using SilkVk = Silk.NET.Vulkan;

namespace VulkanSample.Tests.ReadBack;

/// <summary>
/// <c>vkGetPhysicalDeviceProperties</c> on lavapipe through a generated stub with an <c>out</c> [ArenaStruct] shape
/// (fixed-size buffers, nested limits, VkBool32 fields), checked field by field against the native struct the generated
/// bindings' raw <c>vkGetPhysicalDeviceProperties</c> filled for the sample, under the validation layer.
/// </summary>
public sealed unsafe class PhysicalDevicePropertiesReadBackTests
{
    [Fact]
    public void OutShapeReadsEveryPropertyTheDriverWrote()
    {
        using VulkanContext context = VulkanContext.Create(new ComputeJobOptions { RequireValidation = true });
        ReadBackVk.GetPhysicalDeviceProperties(context.PhysicalDevice, out PhysicalDevicePropertiesShape shape);
        PhysicalDeviceProperties.Native expected = context.Properties;

        Assert.Equal(expected.ApiVersion, shape.ApiVersion);
        Assert.Equal(expected.DriverVersion, shape.DriverVersion);
        Assert.Equal(expected.VendorID, shape.VendorId);
        Assert.Equal(expected.DeviceID, shape.DeviceId);
        Assert.Equal(expected.DeviceType, shape.DeviceType);
        Assert.Equal(context.DeviceName(), shape.DeviceName);
        Assert.Contains("llvmpipe", shape.DeviceName, StringComparison.Ordinal);
        Assert.Equal(new ReadOnlySpan<byte>(expected.PipelineCacheUUID, 16).ToArray(), shape.PipelineCacheUuid);

        // Every limit, scalar or fixed array, against the native struct's bytes at the same C offset.
        PhysicalDeviceLimits.Native limits = expected.Limits;
        byte* raw = (byte*)&limits;
        FieldInfo[] fields = typeof(PhysicalDeviceLimitsShape).GetFields(BindingFlags.Public | BindingFlags.Instance);
        Assert.Equal(106, fields.Length);
        foreach (FieldInfo field in fields)
        {
            byte* at = raw + (int)Marshal.OffsetOf<PhysicalDeviceLimits.Native>(field.Name);
            object? actual = field.GetValue(shape.Limits);
            object wanted = field.FieldType switch
            {
                Type t when t == typeof(uint[]) => new ReadOnlySpan<uint>(at, ((uint[])actual!).Length).ToArray(),
                Type t when t == typeof(float[]) => new ReadOnlySpan<float>(at, ((float[])actual!).Length).ToArray(),
                Type t when t == typeof(uint) => *(uint*)at,
                Type t when t == typeof(int) => *(int*)at,
                Type t when t == typeof(ulong) => *(ulong*)at,
                Type t when t == typeof(nuint) => *(nuint*)at,
                Type t when t == typeof(float) => *(float*)at,
                _ => throw new InvalidOperationException(field.FieldType.Name),
            };
            Assert.True(Equals(wanted, actual) || (wanted is Array a && actual is Array b && a.Cast<object>().SequenceEqual(b.Cast<object>())),
                $"{field.Name}: expected {Show(wanted)}, read {Show(actual)}");
        }
        Assert.Equal(3, shape.Limits.MaxComputeWorkGroupCount!.Length);
        Assert.True(shape.Limits.MaxComputeWorkGroupCount[0] >= 65535);
        Assert.True(shape.Limits.MaxComputeWorkGroupSize![0] >= 128);

        PhysicalDeviceSparseProperties sparse = expected.SparseProperties;
        Assert.Equal((bool)sparse.ResidencyStandard2DBlockShape, shape.SparseProperties.ResidencyStandard2DBlockShape);
        Assert.Equal((bool)sparse.ResidencyStandard2DMultisampleBlockShape, shape.SparseProperties.ResidencyStandard2DMultisampleBlockShape);
        Assert.Equal((bool)sparse.ResidencyStandard3DBlockShape, shape.SparseProperties.ResidencyStandard3DBlockShape);
        Assert.Equal((bool)sparse.ResidencyAlignedMipSize, shape.SparseProperties.ResidencyAlignedMipSize);
        Assert.Equal((bool)sparse.ResidencyNonResidentStrict, shape.SparseProperties.ResidencyNonResidentStrict);

        Assert.Equal(0, ValidationMessenger.Problems);
    }

    [Fact]
    public void ShapeNativeHasTheVulkanLayout()
    {
        Assert.Equal(Unsafe.SizeOf<SilkVk.PhysicalDeviceProperties>(), Unsafe.SizeOf<PhysicalDevicePropertiesShape.Native>());
        Assert.Equal(Unsafe.SizeOf<SilkVk.PhysicalDeviceLimits>(), Unsafe.SizeOf<PhysicalDeviceLimitsShape.Native>());
        Assert.Equal(Unsafe.SizeOf<SilkVk.PhysicalDeviceSparseProperties>(), Unsafe.SizeOf<PhysicalDeviceSparsePropertiesShape.Native>());
        foreach ((Type ours, Type silk) in new[]
        {
            (typeof(PhysicalDevicePropertiesShape.Native), typeof(SilkVk.PhysicalDeviceProperties)),
            (typeof(PhysicalDeviceLimitsShape.Native), typeof(SilkVk.PhysicalDeviceLimits)),
        })
        {
            long[] expected = Offsets(silk);
            Assert.Equal(expected, Offsets(ours));
        }
    }

    private static long[] Offsets(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (long)Marshal.OffsetOf(type, f.Name))
            .ToArray();

    private static string Show(object? value) => value is Array a ? "[" + string.Join(", ", a.Cast<object>()) + "]" : value?.ToString() ?? "null";
}
