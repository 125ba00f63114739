using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ParamArena.Package.Tests;

/// <summary>
/// What a user sees in a plain <c>dotnet build</c> (not the IDE, not an analyzer test harness): every declaration the
/// generator refuses names its PA rule in the build output, at the user's own file, with nothing in a generated file
/// and no CS8795 beside it. The consumer projects reference the packed ParamArena package by PackageReference, exactly
/// as a user's project does (not by ProjectReference), and are all built by ONE <c>dotnet build</c> of a solution:
/// <list type="bullet">
/// <item><c>Refusals</c>: one refused declaration per file; the compiler has nothing to say of its own there, so errors
/// in generated method bodies would show (csc stops before method bodies only after declaration errors).</item>
/// <item><c>Rejected</c>: declarations the compiler itself rejects (non-partial type, <c>file</c> type, <c>params</c> on
/// an int, a method without <c>partial</c>): the expected compiler errors are part of each file's expectation.</item>
/// <item><c>NoUnsafe</c>: no AllowUnsafeBlocks (PA0009).</item>
/// <item><c>Valid</c>: declarations that once lost the generator's whole output or an attribute; must build.</item>
/// <item><c>Tables</c>: function table declarations the generator refuses (PA0028, PA0065, PA0066).</item>
/// <item><c>TableUsage</c>: tables that compile but are used wrongly: the analyzers' PA1010 and PA1011.</item>
/// </list>
/// Each case file's first line states every error and warning the build must report in that file:
/// <c>// Expect: PA0002 CS0751 CS8795</c>, or <c>// Expect: (none)</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BuildOutputTests
{
    private static readonly string[] s_projects = { "Refusals", "Rejected", "NoUnsafe", "Valid", "Tables", "TableUsage" };

    // "path(line,col): error ID: message [project]", as MSBuild prints a located compiler or analyzer diagnostic.
    private static readonly Regex s_located = new(@"^\s*(?<file>/[^(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[(?<project>[^\]]+)\])?$",
        RegexOptions.Multiline);
    private static readonly Regex s_anyDiagnostic = new(@"(?<severity>error|warning) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    private static readonly object s_gate = new();
    private static Lazy<CasesBuild>? s_build;

    private readonly PackedFeed _feed;

    public BuildOutputTests(PackedFeed feed) => _feed = feed;

    private CasesBuild Build()
    {
        lock (s_gate) s_build ??= new Lazy<CasesBuild>(() => CasesBuild.Run(_feed));
        return s_build.Value;
    }

    [Fact]
    public void Every_case_file_gets_exactly_the_diagnostics_its_first_line_expects()
    {
        CasesBuild build = Build();
        List<string> failures = new();
        foreach (CaseFile file in build.Cases)
        {
            string[] reported = build.Diagnostics.Where(d => d.File == file.Path).Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();
            if (!reported.SequenceEqual(file.Expected))
            {
                failures.Add($"{file.Project}/{System.IO.Path.GetFileName(file.Path)}: expected [{string.Join(' ', file.Expected)}], the build reported [{string.Join(' ', reported)}]:\n"
                    + string.Join("\n", build.Diagnostics.Where(d => d.File == file.Path).Select(d => "    " + d.Line).Distinct()));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nbuild output:\n" + build.Output);
    }

    [Fact]
    public void Nothing_is_reported_in_a_generated_file_or_outside_the_case_files()
    {
        CasesBuild build = Build();
        HashSet<string> cases = build.Cases.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        string[] elsewhere = build.Diagnostics.Where(d => !cases.Contains(d.File)).Select(d => d.Line).Distinct().ToArray();
        Assert.True(elsewhere.Length == 0, "diagnostics outside the case files (a generated file is never acceptable):\n" + string.Join("\n", elsewhere));
        Assert.DoesNotContain(build.Diagnostics, d => d.File.EndsWith(".g.cs", StringComparison.Ordinal));

        // Every diagnostic line in the output is one of the located ones (no "CSC : error ..." without a file).
        int located = s_located.Matches(build.Output).Count;
        int all = s_anyDiagnostic.Matches(build.Output).Count;
        Assert.True(located == all, $"{all - located} diagnostics without a source location:\n" + build.Output);
    }

    [Fact]
    public void CS8795_appears_only_where_the_compiler_rejects_the_declaration_itself()
    {
        CasesBuild build = Build();
        // file types (the generator cannot add a part to them), a non-partial containing type (CS0751), and a signature
        // with its own compile error (CS0225, params on an int): there the compiler reports CS8795 and no body can help.
        string[] allowed = build.Cases.Where(c => c.Expected.Contains("CS8795")).Select(c => System.IO.Path.GetFileName(c.Path)).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "PA0002_ContainingTypeNotPartial.cs", "PA0016_FileLocalType.cs", "Params_OnNonCollection.cs" }, allowed);
        Assert.All(build.Cases.Where(c => c.Project != "Rejected"), c => Assert.DoesNotContain("CS8795", c.Expected));
    }

    [Fact]
    public void Every_usage_rule_has_a_case_whose_build_output_names_it()
    {
        CasesBuild build = Build();
        string[] missing = Enumerable.Range(1, 26).Select(n => $"PA{n:D4}").Concat(new[] { "PA0028", "PA0065", "PA0066", "PA0067", "PA1010", "PA1011" })
            .Where(id => !build.Cases.Any(c => c.Expected.Contains(id) && build.Diagnostics.Any(d => d.File == c.Path && d.Id == id)))
            .ToArray();
        Assert.True(missing.Length == 0, "no case file shows " + string.Join(", ", missing));
        // And each PA0xxx in the output carries its documentation link.
        Assert.All(build.Diagnostics.Where(d => d.Id.StartsWith("PA0", StringComparison.Ordinal) && d.Id != "PA0010"),
            d => Assert.Contains($"docs/diagnostics/{d.Id}.md", d.Line));
    }

    [Fact]
    public void Valid_cases_build_without_error_with_every_stub_and_shape_generated()
    {
        CasesBuild build = Build();
        string project = build.ProjectDirectory("Valid");
        Assert.DoesNotContain(build.Diagnostics, d => d.File.StartsWith(project + "/", StringComparison.Ordinal) && d.Severity == "error");
        Assert.True(File.Exists(Path.Combine(project, "bin", "Release", "net10.0", "Valid.dll")), "Valid.dll was not built:\n" + build.Output);

        // One file per [ArenaMarshal] method and per [ArenaStruct] shape: overloads by ref kind, G<X> beside G_X_, and two
        // namespaces sharing their first 120 characters each keep their own file.
        string[] sources = Directory.GetFiles(project, "*.cs").Select(File.ReadAllText).ToArray();
        int stubs = sources.Sum(s => Regex.Matches(s, @"\[ArenaMarshal\(").Count);
        int shapes = sources.Sum(s => Regex.Matches(s, @"\[ArenaStruct\]").Count);
        string[] generated = build.GeneratedFiles("Valid");
        Assert.Equal(39, stubs + shapes);
        Assert.Equal(stubs + shapes, generated.Length);
        Assert.Equal(shapes, generated.Count(f => f.EndsWith(".Native.g.cs", StringComparison.Ordinal)));
        Assert.DoesNotContain(generated, f => File.ReadAllText(f).Contains("NotSupportedException(\"ParamArena generated no stub", StringComparison.Ordinal));

        // [SuppressGCTransition] and [UnmanagedCallConv] reach the inner [DllImport].
        string getPid = File.ReadAllText(generated.Single(f => Path.GetFileName(f).StartsWith("Cases.ForwardedAttributes.Lib.GetPid", StringComparison.Ordinal)));
        Assert.Contains("[global::System.Runtime.InteropServices.SuppressGCTransitionAttribute]", getPid);
        string strLen = File.ReadAllText(generated.Single(f => Path.GetFileName(f).StartsWith("Cases.ForwardedAttributes.Lib.StrLen", StringComparison.Ordinal)));
        Assert.Contains("[global::System.Runtime.InteropServices.UnmanagedCallConvAttribute(CallConvs = new global::System.Type[] { typeof(global::System.Runtime.CompilerServices.CallConvCdecl) })]", strLen);
    }

    [Fact]
    public void Refused_methods_get_a_throwing_body_and_compiler_rejected_ones_get_nothing()
    {
        CasesBuild build = Build();
        // Where the compiler rejects the declaration, csc reports no method-body errors at all; so the generator must
        // write nothing there, or errors in its files would go unseen.
        Assert.Empty(build.GeneratedFiles("Rejected"));
        Assert.All(build.GeneratedFiles("NoUnsafe"), f => Assert.Contains("ParamArena generated no stub: PA0009", File.ReadAllText(f)));
        Assert.All(build.GeneratedFiles("Refusals"), f => Assert.Contains("throw new global::System.NotSupportedException(\"ParamArena generated no stub: PA0", File.ReadAllText(f)));
    }

    private sealed record CaseFile(string Project, string Path, string[] Expected);

    private sealed record Reported(string File, string Severity, string Id, string Line);

    private sealed class CasesBuild
    {
        private CasesBuild(string root, string output, CaseFile[] cases, Reported[] diagnostics)
        {
            Root = root;
            Output = output;
            Cases = cases;
            Diagnostics = diagnostics;
        }

        public string Root { get; }

        public string Output { get; }

        public CaseFile[] Cases { get; }

        public Reported[] Diagnostics { get; }

        public string ProjectDirectory(string project) => Path.Combine(Root, project);

        public string[] GeneratedFiles(string project)
        {
            string directory = Path.Combine(Root, project, "obj", "Release", "net10.0", "generated", "ParamArena.Generator");
            return Directory.Exists(directory) ? Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories) : Array.Empty<string>();
        }

        public static CasesBuild Run(PackedFeed feed)
        {
            string solution = feed.CreateConsumers("BuildOutput", s_projects);
            string root = Path.GetDirectoryName(solution)!;
            DotnetCli.Result build = DotnetCli.Run(root, "build", solution, "-c", "Release", "-nodeReuse:false", "-tl:off");

            List<CaseFile> cases = new();
            foreach (string project in s_projects)
            {
                foreach (string file in Directory.GetFiles(Path.Combine(root, project), "*.cs"))
                {
                    string first = File.ReadLines(file).First();
                    Assert.True(first.StartsWith("// Expect: ", StringComparison.Ordinal), file + " does not start with '// Expect: '");
                    string[] expected = first.Substring("// Expect: ".Length).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Where(id => id != "(none)").OrderBy(i => i, StringComparer.Ordinal).ToArray();
                    cases.Add(new CaseFile(project, file, expected));
                }
            }
            Reported[] diagnostics = s_located.Matches(build.Output)
                .Select(m => new Reported(m.Groups["file"].Value, m.Groups["severity"].Value, m.Groups["id"].Value, m.Value.Trim()))
                .ToArray();
            Assert.NotEmpty(cases);
            return new CasesBuild(root, build.Output, cases.ToArray(), diagnostics);
        }
    }
}
