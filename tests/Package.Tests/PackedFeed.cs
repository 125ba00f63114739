using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// Packs the ParamArena package once per test run (a collection fixture shared by every test class in
/// <see cref="PackageCollection"/>) into a local folder that consumers restore from.
/// Each consumer also gets its own package cache, so a package packed by an earlier run is never reused.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("paramarena-package-").FullName;
        // The folder name docs/getting-started.md uses ("dotnet pack ... -o ../paramarena-feed").
        FeedDirectory = Path.Combine(Root, "paramarena-feed");

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

    /// <summary>The packed version, read from the package's file name (ParamArena.{version}.nupkg).</summary>
    public string PackageVersion => Path.GetFileNameWithoutExtension(PackagePath).Substring("ParamArena.".Length);

    /// <summary>Copies a consumer template outside the source tree and points its NuGet configuration at the feed only.</summary>
    public string CreateConsumer(string templateName)
    {
        string target = Path.Combine(Root, templateName + "-" + Guid.NewGuid().ToString("N")[..8]);
        CopyTemplate(templateName, target);
        WriteNuGetConfig(target);
        return target;
    }

    /// <summary>
    /// Copies several consumer templates into one folder (one subfolder each) with a solution listing them, so that a
    /// single <c>dotnet build</c> of the returned solution builds them all; the NuGet configuration is that of <see cref="CreateConsumer"/>.
    /// </summary>
    public string CreateConsumers(string solutionName, params string[] templateNames)
    {
        string root = Path.Combine(Root, solutionName + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (string template in templateNames) CopyTemplate(template, Path.Combine(root, template));
        WriteNuGetConfig(root);
        string solution = Path.Combine(root, solutionName + ".slnx");
        File.WriteAllText(solution,
            "<Solution>\n" + string.Concat(templateNames.Select(t => $"  <Project Path=\"{t}/{t}.csproj\" />\n")) + "</Solution>\n");
        return solution;
    }

    private static void CopyTemplate(string templateName, string target)
    {
        string template = Path.Combine(AppContext.BaseDirectory, "Consumers", templateName);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(template))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    private void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="paramarena-local" value="{FeedDirectory}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(directory, "packages")}" />
              </config>
            </configuration>
            """);

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

/// <summary>The test classes that consume the packed package: they share one <see cref="PackedFeed"/>, so the package is packed once.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed ParamArena package";
}
