using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ParamArena.Repository.Tests;

/// <summary>
/// .ci/run and eng/test.sh themselves, in a scratch copy of the repository's scripts where eng/test.sh
/// (or the prerequisites step under it) is replaced by a stand-in that does what a real run can do.
/// </summary>
public sealed class CiRunTests
{
    private const string Expected = "normal Alpha.Tests\n";

    private static string Trx(string assembly, int passed, int failed) => $"""
        <TestRun><TestDefinitions><UnitTest name="T" storage="/x/{assembly.ToLowerInvariant()}.dll" /></TestDefinitions>
        <ResultSummary outcome="{(failed > 0 ? "Failed" : "Completed")}"><Counters total="{passed + failed}" executed="{passed + failed}" passed="{passed}" failed="{failed}" error="0" timeout="0" aborted="0" /></ResultSummary>
        </TestRun>
        """;

    /// <summary>A scratch repository with the real .ci/run and counting script and a stand-in eng/test.sh.</summary>
    private static TempFolder Repository(string testScript)
    {
        var folder = new TempFolder();
        folder.File(".ci/run", File.ReadAllText(Path.Combine(Scripts.Root, ".ci", "run")));
        folder.File("eng/count-results.sh", File.ReadAllText(Path.Combine(Scripts.Root, "eng", "count-results.sh")));
        folder.File("eng/test-results.expected", Expected);
        folder.File("eng/test.sh", "#!/usr/bin/env bash\ncd \"$(dirname \"$0\")/..\"\n" + testScript);
        foreach (string script in new[] { ".ci/run", "eng/count-results.sh", "eng/test.sh" })
            File.SetUnixFileMode(Path.Combine(folder.Path, script), (UnixFileMode)0b111_101_101);
        return folder;
    }

    [Fact]
    public void A_green_run_prints_exactly_one_line_and_succeeds()
    {
        using var folder = Repository($"mkdir -p artifacts/test-results/normal\ncat > artifacts/test-results/normal/a.trx <<'X'\n{Trx("Alpha.Tests", 3, 0)}\nX\n");

        var result = Scripts.Bash(folder.Path, ".ci/run");

        Assert.Equal("3 passed, 0 failed\n", result.StandardOutput);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Results_left_by_an_earlier_run_are_never_counted()
    {
        // The last run's green results are still on disk; this run's test command fails before writing any.
        using var folder = Repository("echo 'install failed' >&2\nexit 1\n");
        folder.File("artifacts/test-results/normal/a.trx", Trx("Alpha.Tests", 3, 0));

        var result = Scripts.Bash(folder.Path, ".ci/run");

        Assert.Equal("0 passed, 1 failed\n", result.StandardOutput);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_failing_test_command_is_a_failure_even_when_every_counted_result_is_green()
    {
        using var folder = Repository($"mkdir -p artifacts/test-results/normal\ncat > artifacts/test-results/normal/a.trx <<'X'\n{Trx("Alpha.Tests", 3, 0)}\nX\nexit 1\n");

        var result = Scripts.Bash(folder.Path, ".ci/run");

        Assert.Equal("3 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("eng/test.sh exited 1", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_failed_test_fails_the_run()
    {
        using var folder = Repository($"mkdir -p artifacts/test-results/normal\ncat > artifacts/test-results/normal/a.trx <<'X'\n{Trx("Alpha.Tests", 3, 2)}\nX\nexit 1\n");

        var result = Scripts.Bash(folder.Path, ".ci/run");

        Assert.Equal("3 passed, 2 failed\n", result.StandardOutput);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Test_sh_deletes_old_results_before_a_prerequisite_step_that_fails()
    {
        using var folder = new TempFolder();
        folder.File("eng/test.sh", File.ReadAllText(Path.Combine(Scripts.Root, "eng", "test.sh")));
        folder.File("eng/install-prerequisites.sh", "#!/usr/bin/env bash\nexit 1\n");
        File.SetUnixFileMode(Path.Combine(folder.Path, "eng", "install-prerequisites.sh"), (UnixFileMode)0b111_101_101);
        string stale = folder.File("artifacts/test-results/normal/old.trx", Trx("Alpha.Tests", 3, 0));

        var result = Scripts.Bash(folder.Path, "eng/test.sh");

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(stale), "the last run's result survived a failed prerequisite step");
    }

    [Fact]
    public void The_expected_results_name_every_test_project_of_the_solution()
    {
        // Test projects are the solution's projects that reference the test SDK; each writes one result in the normal pass.
        string solution = File.ReadAllText(Path.Combine(Scripts.Root, "ParamArena.sln"));
        var testAssemblies = Regex.Matches(solution, "\"([^\"]+\\.csproj)\"")
            .Select(m => Path.Combine(Scripts.Root, m.Groups[1].Value.Replace('\\', '/')))
            .Where(p => File.ReadAllText(p).Contains("Include=\"Microsoft.NET.Test.Sdk\""))
            .Select(p => Regex.Match(File.ReadAllText(p), "<AssemblyName>([^<]+)</AssemblyName>").Groups[1].Value)
            .Order()
            .ToArray();

        var entries = File.ReadAllLines(Path.Combine(Scripts.Root, "eng", "test-results.expected"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToArray();
        var normal = entries.Where(e => e[0] == "normal").Select(e => e[1]).Order().ToArray();
        var checkedPass = entries.Where(e => e[0] == "checked").Select(e => e[1]).ToArray();

        Assert.Equal(testAssemblies, normal);
        Assert.Equal(["ParamArena.Tests", "ParamArena.Generator.Tests"], checkedPass);
        Assert.All(entries, e => Assert.Contains(e[0], new[] { "normal", "checked" }));
    }
}
