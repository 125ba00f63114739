using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyTables = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Tables.FunctionTableAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1011TableLoaderMismatchTests
{
    // Instance- and device-level loaders as Vulkan has them; LoadFunctions written out as the generator writes it.
    private const string Tables = """
        interface IDeviceLoader : IArenaFunctionLoader { }

        readonly unsafe struct InstanceLoader : IArenaFunctionLoader
        {
            public nint Load(byte* name) => 0;
        }

        readonly unsafe struct DeviceLoader : IDeviceLoader
        {
            public nint Load(byte* name) => 0;
        }

        unsafe class AnyLoader : IArenaFunctionLoader
        {
            public nint Load(byte* name) => 0;
        }

        [ArenaFunctionTable(Loader = typeof(DeviceLoader))]
        sealed unsafe partial class DeviceCommands
        {
            public void LoadFunctions<TLoader>(TLoader loader) where TLoader : IArenaFunctionLoader { }
        }

        [ArenaFunctionTable(Loader = typeof(IDeviceLoader))]
        sealed unsafe partial class AnyDeviceCommands
        {
            public void LoadFunctions<TLoader>(TLoader loader) where TLoader : IArenaFunctionLoader { }
        }

        [ArenaFunctionTable]
        sealed unsafe partial class Untyped
        {
            public void LoadFunctions<TLoader>(TLoader loader) where TLoader : IArenaFunctionLoader { }
        }

        """;

    private static Task Verify(string code) => VerifyTables.DeclarationsAsync(Snippet.File(Tables + code));

    [Fact]
    public Task ADeviceTableLoadedWithAnInstanceLoaderIsReported() => Verify("""
        static class Use
        {
            static void Run(DeviceCommands device, AnyDeviceCommands any, InstanceLoader instance)
            {
                device.LoadFunctions({|PA1011:instance|});
                any.LoadFunctions({|PA1011:new InstanceLoader()|});
                device.LoadFunctions({|PA1011:new AnyLoader()|});
            }
        }
        """);

    [Fact]
    public Task TheDeclaredLoaderAndLoadersThatMayBeItAreNotReported() => Verify("""
        static class Use
        {
            static void Run<TLoader>(DeviceCommands device, AnyDeviceCommands any, Untyped untyped, IArenaFunctionLoader unknown, TLoader generic)
                where TLoader : IArenaFunctionLoader
            {
                device.LoadFunctions(new DeviceLoader());
                any.LoadFunctions(new DeviceLoader());
                device.LoadFunctions(unknown);
                any.LoadFunctions(unknown);
                device.LoadFunctions(generic);
                untyped.LoadFunctions(new InstanceLoader());
            }
        }
        """);
}
