using System;
using System.Diagnostics;
using System.IO;
using VulkanStructs;
using Xunit;

namespace VulkanSample.Tests;

/// <summary>The committed SPIR-V is what glslc makes of the committed GLSL, and it is what the sample loads.</summary>
public sealed class ShaderRecompileTests
{
    private static string ShaderPath(string name) => Path.Combine(AppContext.BaseDirectory, "Shaders", name);

    [Fact]
    public void RecompilingTheGlslGivesTheCommittedWords()
    {
        string output = Path.Combine(Path.GetTempPath(), $"paramarena-{Guid.NewGuid():N}.spv");
        try
        {
            // The same command as samples/VulkanStructs/Shaders/compile.sh.
            ProcessStartInfo start = new("glslc")
            {
                ArgumentList = { "--target-env=vulkan1.0", "-fshader-stage=compute", ShaderPath("multiply_add.comp"), "-o", output },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using Process glslc = Process.Start(start) ?? throw new InvalidOperationException("glslc did not start (install the Debian package glslc).");
            string errors = glslc.StandardError.ReadToEnd();
            glslc.WaitForExit();
            Assert.True(glslc.ExitCode == 0, $"glslc failed ({glslc.ExitCode}): {errors}");

            uint[] recompiled = ShaderCode.ToWords(File.ReadAllBytes(output));
            uint[] committed = ShaderCode.ToWords(File.ReadAllBytes(ShaderPath("multiply_add.comp.spv")));
            Assert.Equal(committed, recompiled);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void TheSampleLoadsTheCommittedWords()
    {
        uint[] committed = ShaderCode.ToWords(File.ReadAllBytes(ShaderPath("multiply_add.comp.spv")));
        Assert.Equal(committed, ShaderCode.LoadWords());
    }

    [Fact]
    public void BytesThatAreNotSpirvAreRejected()
    {
        byte[] notSpirv = new byte[24];
        Assert.Throws<InvalidDataException>(() => ShaderCode.ToWords(notSpirv));
        Assert.Throws<InvalidDataException>(() => ShaderCode.ToWords(new byte[22]));
    }
}
