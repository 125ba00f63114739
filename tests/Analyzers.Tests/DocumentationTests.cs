using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ParamArena.Analyzers.Tests.Infrastructure;
using ParamArena.Marshalling;
using Xunit;

namespace ParamArena.Analyzers.Tests;

/// <summary>Every rule links to its page, every page shows a bad and a good example, and release tracking lists every rule.</summary>
public sealed class DocumentationTests
{
    private static readonly string RepositoryRoot = FindRoot();

    // Each rule is a type in ParamArena.Analyzers.Rules named after its id that holds its descriptor.
    private static Type[] RuleTypes() => typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(type => type.Namespace == "ParamArena.Analyzers.Rules" && type.Name.StartsWith("PA", StringComparison.Ordinal))
        .ToArray();

    private static DiagnosticDescriptor DescriptorOf(Type rule)
        => (DiagnosticDescriptor)rule.GetField("Descriptor", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    // The analyzers' rules, one type each, and the usage rules the generator reports.
    private static DiagnosticDescriptor[] AllDescriptors() => RuleTypes().Select(DescriptorOf).Concat(GeneratorDiagnostics.UsageDescriptors).ToArray();

    [Fact]
    public void EveryRuleIdHasOneRuleTypeNamedAfterIt()
    {
        string[] ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!).ToArray();
        Assert.Equal(ids.OrderBy(id => id), AllDescriptors().Select(descriptor => descriptor.Id).OrderBy(id => id));
        Assert.All(RuleTypes(), type => Assert.Equal(type.Name.Substring(0, 6), DescriptorOf(type).Id));
    }

    [Fact]
    public void EveryDescriptorIsReportedByAnAnalyzer()
    {
        // The usage rules are reported by the generator itself (GeneratorDiagnostics bridges them for the code-fix tests).
        var supported = AllAnalyzers.Create().Append(new GeneratorDiagnostics()).SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToHashSet();
        Assert.All(AllDescriptors(), descriptor => Assert.Contains(descriptor.Id, supported));
    }

    [Fact]
    public void EveryRuleLinksToItsPageWithABadAndAGoodExample()
    {
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            Assert.Equal("https://github.com/paramarena/paramarena/blob/main/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            string page = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "diagnostics", descriptor.Id + ".md"));
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, page);
            Assert.Contains("## Bad", page);
            Assert.Contains("## Good", page);
            Assert.Contains("| Severity | " + descriptor.DefaultSeverity + " |", page);
        }
    }

    [Fact]
    public void TheIndexAndReleaseTrackingListEveryRule()
    {
        string index = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "diagnostics", "README.md"));
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot, "src", "Marshalling", "AnalyzerReleases.Unshipped.md"));
        foreach (DiagnosticDescriptor descriptor in AllDescriptors())
        {
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", index);
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped);
        }
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(System.AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParamArena.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("ParamArena.sln not found above the test output folder.");
    }
}
