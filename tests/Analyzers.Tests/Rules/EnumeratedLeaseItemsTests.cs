using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyEscape = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Escape.ArenaEscapeAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

/// <summary>
/// The items an <c>[ArenaEnumerated] out Span&lt;T&gt;</c> stub places in the caller's lease are that lease's memory to the
/// escape rules: used after it ends (PA1004) or returned past it (PA1001) they are reported; used inside it they are not.
/// </summary>
public sealed class EnumeratedLeaseItemsTests
{
    private const string Stub = """
        static unsafe partial class Vk
        {
            [ArenaMarshal("vulkan", EntryPoint = "vkEnumeratePhysicalDevices")]
            public static partial int EnumeratePhysicalDevices(nint instance, ArenaLease lease, [ArenaEnumerated(1)] out Span<nint> devices);
        }

        """;

    [Fact]
    public Task ItemsUsedAfterTheirLeaseEndsAreReported() => VerifyEscape.DeclarationsAsync(Snippet.File(Stub + """
        static class Use
        {
            static nint First(nint instance)
            {
                Span<nint> devices;
                using (ArenaLease lease = ArenaLease.Rent())
                {
                    Vk.EnumeratePhysicalDevices(instance, lease, out devices);
                }
                return {|PA1004:devices|}[0];
            }
        }
        """));

    [Fact]
    public Task ItemsUsedInsideTheirLeaseAreNotReported() => VerifyEscape.DeclarationsAsync(Snippet.File(Stub + """
        static class Use
        {
            static nint Sum(nint instance)
            {
                using ArenaLease lease = ArenaLease.Rent();
                Vk.EnumeratePhysicalDevices(instance, lease, out Span<nint> devices);
                nint sum = 0;
                foreach (nint device in devices) sum += device;
                return sum;
            }
        }
        """));
}
