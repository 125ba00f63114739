using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace VulkanStructs;

/// <summary>The sample's compute shader: SPIR-V compiled from Shaders/multiply_add.comp, embedded in the assembly.</summary>
public static class ShaderCode
{
    /// <summary>The embedded resource's name.</summary>
    public const string ResourceName = "VulkanStructs.Shaders.multiply_add.comp.spv";

    /// <summary>The shader's entry point.</summary>
    public const string EntryPoint = "main";

    /// <summary>SPIR-V's magic number, the first word of every module.</summary>
    public const uint SpirvMagic = 0x07230203;

    /// <summary>Reads the SPIR-V words.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or is not SPIR-V.</exception>
    public static uint[] LoadWords()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The assembly has no resource named {ResourceName}.");
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return ToWords(bytes);
    }

    /// <summary>Converts SPIR-V bytes (little-endian words) to words, checking the size and magic number.</summary>
    /// <param name="bytes">A SPIR-V module.</param>
    /// <exception cref="InvalidDataException">The bytes are not a SPIR-V module.</exception>
    public static uint[] ToWords(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 20 || bytes.Length % 4 != 0) throw new InvalidDataException($"SPIR-V must be a whole number of 4-byte words and at least a header; got {bytes.Length} bytes.");
        uint[] words = MemoryMarshal.Cast<byte, uint>(bytes).ToArray();
        if (words[0] != SpirvMagic) throw new InvalidDataException($"Not SPIR-V: the first word is 0x{words[0]:X8}, not 0x{SpirvMagic:X8}.");
        return words;
    }
}
