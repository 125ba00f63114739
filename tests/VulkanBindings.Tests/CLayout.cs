using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using VulkanBindingsTool;

namespace VulkanBindings.Tests;

/// <summary>
/// C's own answer for struct layouts: a program including <c>vulkan/vulkan_core.h</c>, compiled with gcc at test time,
/// that prints <c>sizeof</c> of each struct and <c>offsetof</c> of each member.
/// </summary>
internal static class CLayout
{
    /// <summary>"VkFoo" → size, "VkFoo.member" → offset, for every struct in <paramref name="structs"/>.</summary>
    public static Dictionary<string, long> Measure(IReadOnlyList<TypeDef> structs)
    {
        StringBuilder source = new();
        source.Append("#include <stddef.h>\n#include <stdio.h>\n#include <vulkan/vulkan_core.h>\n\nint main(void)\n{\n");
        foreach (TypeDef type in structs)
        {
            source.Append($"    printf(\"{type.Name} %zu\\n\", sizeof({type.Name}));\n");
            foreach (Member member in type.Members)
                source.Append($"    printf(\"{type.Name}.{member.Name} %zu\\n\", offsetof({type.Name}, {member.Name}));\n");
        }
        source.Append("    return 0;\n}\n");

        string directory = Path.Combine(Path.GetTempPath(), "vulkan-bindings-layout-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        string program = Path.Combine(directory, "layout");
        File.WriteAllText(program + ".c", source.ToString());
        Run("gcc", "-std=c11", "-Wall", "-Werror", "-o", program, program + ".c");
        string output = Run(program);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(parts => parts[0], parts => long.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    private static string Run(string file, params string[] arguments)
    {
        ProcessStartInfo start = new(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException(file + " did not start");
        string output = process.StandardOutput.ReadToEndAsync().Result;
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {errors}");
        return output;
    }
}
