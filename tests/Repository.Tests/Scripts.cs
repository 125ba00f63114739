using System;
using System.Diagnostics;
using System.IO;

namespace ParamArena.Repository.Tests;

/// <summary>The repository root and a way to run its bash scripts.</summary>
internal static class Scripts
{
    public static string Root { get; } = FindRoot();

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Bash(string workingDirectory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        // Both streams are read concurrently so neither pipe can fill and stall the script.
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in 2 minutes");
        }
        return new Result(process.ExitCode, stdout, stderr.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParamArena.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ParamArena.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A scratch folder deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("paramarena-repo-").FullName;

    public string File(string relative, string content)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
