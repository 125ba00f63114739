using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace ParamArena.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher: <c>--filter '*Arena*'</c>).
/// <c>--check</c> measures nothing: it runs every benchmark class's <c>Check*</c> [GlobalSetup] once (each variant
/// of a case must hand its C target the same data; each arena case must measure what its name says) and exits,
/// so a long run does not start on benchmarks that compare different work.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--check"]) return Check();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Check()
    {
        int failures = 0;
        var checks = typeof(Program).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(method => method.Name.StartsWith("Check", StringComparison.Ordinal) && method.GetCustomAttribute<GlobalSetupAttribute>() is not null)
            .OrderBy(method => method.DeclaringType!.Name);
        foreach (MethodInfo check in checks)
        {
            string name = $"{check.DeclaringType!.Name}.{check.Name}";
            try
            {
                object benchmarks = Activator.CreateInstance(check.DeclaringType!)!;
                check.Invoke(benchmarks, null);
                (benchmarks as IDisposable)?.Dispose();
                Console.WriteLine($"ok    {name}");
            }
            catch (TargetInvocationException e)
            {
                failures++;
                Console.WriteLine($"FAIL  {name}: {e.InnerException?.Message}");
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
