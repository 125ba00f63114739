using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ParamArena.Package.Tests;

/// <summary>Runs the <c>dotnet</c> CLI as a user would, without the MSBuild state <c>dotnet test</c> leaks into child processes.</summary>
internal static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, params string[] arguments) => RunProgram("dotnet", workingDirectory, arguments);

    /// <summary>Runs <c>dotnet</c> with <paramref name="environment"/> added to the cleaned environment.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, arguments, environment);

    public static Result RunProgram(string program, string workingDirectory, params string[] arguments) =>
        RunProgram(program, workingDirectory, arguments, environment: null);

    private static Result RunProgram(string program, string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        // A nested build must not inherit the test host's MSBuild node or SDK resolution settings.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            string name = (string)variable.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (environment is not null)
            foreach (KeyValuePair<string, string> variable in environment) start.Environment[variable.Key] = variable.Value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 8 minutes:\n{output}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
