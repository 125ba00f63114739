using System.IO;
using Xunit;

namespace ParamArena.Repository.Tests;

/// <summary>
/// eng/count-results.sh (the counting behind .ci/run's line) against crafted result folders: each way a
/// run can go wrong without a failed test must still fail it.
/// </summary>
public sealed class CountResultsTests
{
    private static readonly string Script = Path.Combine(Scripts.Root, "eng", "count-results.sh");

    private const string TwoProjects = "normal Alpha.Tests\nnormal Beta.Tests\n";

    /// <summary>A TRX file as VSTest writes it, reduced to what the script reads.</summary>
    private static string Trx(string? assembly, int total, int executed, int passed, int failed = 0, int error = 0,
        int timeout = 0, int aborted = 0, string outcome = "Completed", bool counters = true, bool complete = true)
    {
        string unitTest = assembly is null ? "" :
            $"""    <UnitTest name="T.Test" storage="/repo/tests/bin/release/net10.0/{assembly.ToLowerInvariant()}.dll" id="1"><TestMethod codeBase="/repo/{assembly}.dll" className="T" name="Test" /></UnitTest>""";
        string counterLine = counters
            ? $"""    <Counters total="{total}" executed="{executed}" passed="{passed}" failed="{failed}" error="{error}" timeout="{timeout}" aborted="{aborted}" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="{total - executed}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />"""
            : "";
        string text = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="0" name="run" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <TestDefinitions>
            {unitTest}
              </TestDefinitions>
              <ResultSummary outcome="{outcome}">
            {counterLine}
              </ResultSummary>
            """;
        return complete ? text + "\n</TestRun>\n" : text;
    }

    private static Scripts.Result Count(TempFolder folder, string expected)
    {
        string list = folder.File("expected.txt", expected);
        return Scripts.Bash(folder.Path, Script, Path.Combine(folder.Path, "results"), list);
    }

    [Fact]
    public void Sums_every_expected_result_of_every_pass()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 5, executed: 4, passed: 4));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 3, executed: 3, passed: 3));
        folder.File("results/checked/a.trx", Trx("Alpha.Tests", total: 5, executed: 5, passed: 5));

        var result = Count(folder, TwoProjects + "checked Alpha.Tests no-skips\n");

        Assert.Equal("12 passed, 0 failed, 1 skipped\n", result.StandardOutput);
        Assert.Equal("", result.StandardError);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Counts_failed_errored_timed_out_and_aborted_tests_as_failed()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 10, executed: 10, passed: 6, failed: 1, error: 1, timeout: 1, aborted: 1, outcome: "Failed"));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 1, executed: 1, passed: 1));

        var result = Count(folder, TwoProjects);

        Assert.Equal("7 passed, 4 failed\n", result.StandardOutput);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_project_that_wrote_no_result_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects);

        Assert.Equal("2 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("normal/Beta.Tests: no result file", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_pass_that_wrote_no_result_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects + "checked Alpha.Tests\n");

        Assert.Equal("4 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("checked/Alpha.Tests: no result file", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_result_in_the_wrong_pass_does_not_stand_in_for_the_missing_one()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/a-checked.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects + "checked Alpha.Tests\n");

        // One failure for the duplicate in normal/, one for the result checked/ never got.
        Assert.Equal("6 passed, 2 failed\n", result.StandardOutput);
        Assert.Contains("a second result file for normal/alpha.tests", result.StandardError);
        Assert.Contains("checked/Alpha.Tests: no result file", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_project_that_found_no_tests_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/b.trx", Trx(null, total: 0, executed: 0, passed: 0));

        var result = Count(folder, TwoProjects);

        // The empty file cannot be matched to Beta.Tests: it is empty, and Beta.Tests has no result.
        Assert.Equal("2 passed, 2 failed\n", result.StandardOutput);
        Assert.Contains("normal/b.trx (no test in it): no test was executed", result.StandardError);
        Assert.Contains("normal/Beta.Tests: no result file", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_project_whose_tests_were_all_skipped_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 3, executed: 0, passed: 0));

        var result = Count(folder, TwoProjects);

        Assert.Equal("2 passed, 1 failed, 3 skipped\n", result.StandardOutput);
        Assert.Contains("normal/beta.tests: no test was executed (3 found)", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_result_without_counters_fails_and_the_files_after_it_are_still_counted()
    {
        using var folder = new TempFolder();
        // Sorted before b.trx: the old loop stopped at the first such file and never summed the rest.
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", 0, 0, 0, counters: false));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 4, executed: 4, passed: 3, failed: 1, outcome: "Failed"));

        var result = Count(folder, TwoProjects);

        Assert.Equal("3 passed, 2 failed\n", result.StandardOutput);
        Assert.Contains("normal/alpha.tests: the result file has no <Counters>", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Counters_that_lack_a_count_fail_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2).Replace(" failed=\"0\"", ""));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects);

        Assert.Equal("2 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("normal/alpha.tests: <Counters> lacks a count", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_result_cut_short_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2, complete: false));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects);

        Assert.Equal("2 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("normal/alpha.tests: the result file is cut short", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void A_run_that_did_not_complete_fails_even_when_its_counters_are_green()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 9, executed: 2, passed: 2, outcome: "Aborted"));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects);

        Assert.Equal("4 passed, 1 failed, 7 skipped\n", result.StandardOutput);
        Assert.Contains("normal/alpha.tests: the run did not complete (outcome 'Aborted')", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Results_of_a_project_the_list_does_not_name_fail_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 2, executed: 2, passed: 2));
        folder.File("results/normal/c.trx", Trx("Gamma.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, TwoProjects);

        Assert.Equal("6 passed, 1 failed\n", result.StandardOutput);
        Assert.Contains("results of gamma.tests in pass 'normal', which the expected list does not name", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Skips_in_a_pass_that_must_run_everything_fail_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 5, executed: 4, passed: 4));
        folder.File("results/normal/b.trx", Trx("Beta.Tests", total: 1, executed: 1, passed: 1));
        folder.File("results/checked/a.trx", Trx("Alpha.Tests", total: 5, executed: 4, passed: 4));

        var result = Count(folder, TwoProjects + "checked Alpha.Tests no-skips\n");

        Assert.Equal("9 passed, 1 failed, 2 skipped\n", result.StandardOutput);
        Assert.Contains("checked/alpha.tests: 1 tests skipped in a pass that must run them all", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void No_results_at_all_fail_the_run()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "results"));

        var result = Count(folder, TwoProjects);

        Assert.Equal("0 passed, 2 failed\n", result.StandardOutput);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void An_empty_expected_list_fails_the_run()
    {
        using var folder = new TempFolder();
        folder.File("results/normal/a.trx", Trx("Alpha.Tests", total: 2, executed: 2, passed: 2));

        var result = Count(folder, "# nothing\n");

        Assert.Contains("names no results", result.StandardError);
        Assert.NotEqual(0, result.ExitCode);
    }
}
