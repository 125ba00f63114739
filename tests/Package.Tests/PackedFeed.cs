using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// Packs the ParamArena package once per test run into a local folder that consumers restore from.
/// Each consumer also gets its own package cache, so a package packed by an earlier run is never reused.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("paramarena-package-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");

        DotnetCli.Result pack = DotnetCli.Run(RepositoryRoot,
            "pack", Path.Combine(RepositoryRoot, "src", "Runtime", "Runtime.csproj"),
            "-c", "Release", "-o", FeedDirectory, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        PackagePath = Directory.GetFiles(FeedDirectory, "ParamArena.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    /// <summary>Copies a consumer template outside the source tree and points its NuGet configuration at the feed only.</summary>
    public string CreateConsumer(string templateName)
    {
        string template = Path.Combine(AppContext.BaseDirectory, "Consumers", templateName);
        string target = Path.Combine(Root, templateName + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(template))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));

        File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="paramarena-local" value="{FeedDirectory}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(target, "packages")}" />
              </config>
            </configuration>
            """);
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }

    internal static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ParamArena.sln"))) return dir.FullName;
        throw new InvalidOperationException("ParamArena.sln not found above " + AppContext.BaseDirectory);
    }
}
