using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// Follows docs/getting-started.md's "before the package is published" steps as written there: the commands must
/// appear on the page, and the nuget.config, the AllowUnsafeBlocks property and Program.cs are taken from it verbatim.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class GettingStartedTests
{
    private readonly PackedFeed _feed;

    public GettingStartedTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Getting_started_steps_pack_configure_add_build_and_run_strlen()
    {
        string page = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "docs", "getting-started.md"));
        string[] shell = Blocks(page, "sh").SelectMany(b => b.Split('\n')).Select(l => l.Trim()).ToArray();
        string[] steps =
        {
            // Done by PackedFeed (with absolute paths) from the repository root: its feed folder is <root>/paramarena-feed.
            "dotnet pack src/Runtime/Runtime.csproj -c Release -o ../paramarena-feed",
            "dotnet new console -n Hello && cd Hello",
            "dotnet add package ParamArena --version " + _feed.PackageVersion,
            "dotnet run",
        };
        foreach (string step in steps) Assert.Contains(step, shell);

        // A package cache of its own, so a ParamArena of the same version packed earlier is never picked up.
        Dictionary<string, string> environment = new()
        {
            ["NUGET_PACKAGES"] = Path.Combine(_feed.Root, "getting-started-packages"),
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        string app = Path.Combine(_feed.Root, "Hello");
        Assert.False(Directory.Exists(app));

        DotnetCli.Result created = DotnetCli.RunWith(environment, _feed.Root, "new", "console", "-n", "Hello");
        Assert.True(created.ExitCode == 0, "dotnet new failed:\n" + created.Output);

        string nugetConfig = Blocks(page, "xml").Single(b => b.Contains("paramarena-local"));
        Assert.Contains("value=\"../paramarena-feed\"", nugetConfig);
        File.WriteAllText(Path.Combine(app, "nuget.config"), nugetConfig);

        DotnetCli.Result added = DotnetCli.RunWith(environment, app, "add", "package", "ParamArena", "--version", _feed.PackageVersion);
        Assert.True(added.ExitCode == 0, "dotnet add package failed:\n" + added.Output);

        string unsafeBlocks = Blocks(page, "xml").First(b => b.Contains("<AllowUnsafeBlocks>"))
            .Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("<AllowUnsafeBlocks>"));
        string project = Path.Combine(app, "Hello.csproj");
        string projectText = File.ReadAllText(project);
        Assert.Contains("<PackageReference Include=\"ParamArena\" Version=\"" + _feed.PackageVersion + "\" />", projectText);
        File.WriteAllText(project, new Regex("</PropertyGroup>").Replace(projectText, "  " + unsafeBlocks + "\n  </PropertyGroup>", 1));

        string program = Blocks(page, "csharp").Single(b => b.Contains("Console.WriteLine(LibC.StrLen("));
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);

        DotnetCli.Result run = DotnetCli.RunWith(environment, app, "run");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.Equal("13", run.Output.Trim().Split('\n').Last().Trim());
    }

    // The contents of the page's fenced code blocks in a language.
    private static IEnumerable<string> Blocks(string markdown, string language) =>
        Regex.Matches(markdown.Replace("\r\n", "\n"), "^```" + language + "\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups["code"].Value);
}
