using System;
using System.IO;
using ParamArena.Generator.Tests.Native;
using Xunit.Sdk;

namespace ParamArena.Generator.Tests.Driver;

/// <summary>
/// Snapshot files in Verify's style: <c>Snapshots/&lt;name&gt;.verified.cs</c> is committed; a mismatch writes
/// <c>&lt;name&gt;.received.cs</c> beside it and fails; <c>PARAMARENA_ACCEPT_SNAPSHOTS=1</c> writes the new output
/// over the <c>.verified.cs</c> and still fails, so an accepting run is never green: review the diff, commit, and
/// run again without the variable.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "PARAMARENA_ACCEPT_SNAPSHOTS";

    // Found from the repository root rather than [CallerFilePath], which CI builds may map to /_/.
    public static string Directory { get; } = Path.Combine(TestLibrary.RepositoryRoot, "tests", "Generator.Tests", "Snapshots");

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static void Verify(string name, string actual)
    {
        string verified = Path.Combine(Directory, name + ".verified.cs");
        string received = Path.Combine(Directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Accepting)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            throw new XunitException($"Accepted a new snapshot {verified} ({AcceptVariable}=1). Review and commit it, then run again without the variable.");
        }
        File.WriteAllText(received, actual);
        throw new XunitException(expected is null
            ? $"No snapshot {verified}; wrote {received}. Review it and rename, or rerun with {AcceptVariable}=1."
            : $"Snapshot {name} differs at line {FirstDifferentLine(expected, actual)}; wrote {received}. Compare with the .verified.cs, or rerun with {AcceptVariable}=1 to accept.");
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i]) return i + 1;
        }
        return Math.Min(a.Length, b.Length) + 1;
    }
}
