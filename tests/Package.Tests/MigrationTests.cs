using System.IO;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// Migrates a consumer the way docs/diagnostics/PA0027.md says, from the command line: PA0027 made visible, then
/// 'dotnet format analyzers' applies "Use [ArenaMarshal]" to every import the generator accepts, and the program still runs.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class MigrationTests
{
    private readonly PackedFeed _feed;

    public MigrationTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Dotnet_format_converts_every_import_the_generator_accepts_and_the_program_still_runs()
    {
        string consumer = _feed.CreateConsumer("Migration");
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.PA0027.severity = suggestion\n");

        DotnetCli.Result format = DotnetCli.Run(consumer, "format", "analyzers", "--diagnostics", "PA0027", "--severity", "info");
        Assert.True(format.ExitCode == 0, "dotnet format failed:\n" + format.Output);

        string imports = File.ReadAllText(Path.Combine(consumer, "Imports.cs"));
        Assert.Contains("using ParamArena;", imports);
        Assert.Contains("static partial class LibC", imports);
        Assert.Contains("[ArenaMarshal(\"libc.so.6\", EntryPoint = \"strlen\")]\n    public static partial nuint StrLen(string text);", imports);
        Assert.Contains("[ArenaMarshal(\"libc.so.6\", EntryPoint = \"abs\")]", imports);
        Assert.Contains("typeof(global::System.Runtime.CompilerServices.CallConvCdecl)", imports);
        Assert.Contains("[ArenaMarshal(\"libc.so.6\", EntryPoint = \"strcmp\")]\n    public static partial int Compare(string left, string right);", imports);
        Assert.Contains("[ArenaMarshal(\"libc.so.6\", EntryPoint = \"realpath\")]\n    [return: ArenaFree]\n    public static partial string? RealPath(string path, nint resolved);", imports);
        Assert.Contains("public static extern nuint Kept(in string text);", imports);
        Assert.DoesNotContain("LibraryImport(", imports);

        DotnetCli.Result run = DotnetCli.Run(consumer, "run", "-c", "Release");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.EndsWith("/ 6 4 0", run.Output.Trim());
    }
}
