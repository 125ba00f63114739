using System.Threading.Tasks;
using ParamArena.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyTables = ParamArena.Analyzers.Tests.Infrastructure.Verify<ParamArena.Analyzers.Tables.FunctionTableAnalyzer>;

namespace ParamArena.Analyzers.Tests.Rules;

public sealed class PA1010TableCalledBeforeLoadTests
{
    // The table as the generator completes it: LoadFunctions written out here, since analyzer tests run no generator.
    private const string Table = """
        [ArenaFunctionTable]
        sealed unsafe partial class Commands
        {
            [ArenaMarshal(EntryPoint = "work")]
            public partial int Work(int value);

            public void LoadFunctions<TLoader>(TLoader loader) where TLoader : IArenaFunctionLoader { }

            public int Helper() => 0;
        }

        readonly unsafe struct Loader : IArenaFunctionLoader
        {
            public nint Load(byte* name) => 0;
        }

        """;

    private static Task Verify(string code) => VerifyTables.DeclarationsAsync(Snippet.File(Table + code));

    [Fact]
    public Task ACallOnANewTableIsReported() => Verify("""
        static class Use
        {
            static int Run()
            {
                Commands commands = new();
                return commands.{|PA1010:Work|}(1);
            }
        }
        """);

    [Fact]
    public Task ACallAfterLoadingOnOnlyOneBranchIsReported() => Verify("""
        static class Use
        {
            static int Run(bool ready)
            {
                var commands = new Commands();
                if (ready) commands.LoadFunctions(new Loader());
                return commands.{|PA1010:Work|}(1);
            }
        }
        """);

    [Fact]
    public Task ACallAfterLoadingOnEveryPathIsNotReported() => Verify("""
        static class Use
        {
            static int Run(bool fast)
            {
                var commands = new Commands();
                if (fast) commands.LoadFunctions(new Loader());
                else commands.LoadFunctions(default(Loader));
                int sum = 0;
                for (int i = 0; i < 3; i++) sum += commands.Work(i);
                return sum;
            }
        }
        """);

    [Fact]
    public Task ALoopThatLoadsAfterItsFirstCallIsReported() => Verify("""
        static class Use
        {
            static int Run()
            {
                var commands = new Commands();
                int sum = 0;
                for (int i = 0; i < 3; i++)
                {
                    sum += commands.{|PA1010:Work|}(i);
                    commands.LoadFunctions(new Loader());
                }
                return sum;
            }
        }
        """);

    [Fact]
    public Task FieldsParametersAndTablesHandedToOtherCodeAreNotReported() => Verify("""
        static class Use
        {
            static Commands s_shared = new();

            static void Load(Commands table) => table.LoadFunctions(new Loader());

            static int Run(Commands given)
            {
                var handed = new Commands();
                Load(handed);
                var viaHelper = new Commands();
                viaHelper.Helper();
                var copied = new Commands();
                Commands alias = copied;
                alias.LoadFunctions(new Loader());
                var captured = new Commands();
                Action load = () => captured.LoadFunctions(new Loader());
                load();
                return given.Work(1) + s_shared.Work(2) + handed.Work(3) + viaHelper.Work(4) + copied.Work(5) + captured.Work(6);
            }
        }
        """);

    [Fact]
    public Task ATableWhoseConstructorMayLoadIsNotReported() => Verify("""
        [ArenaFunctionTable]
        sealed unsafe partial class SelfLoading
        {
            public SelfLoading() { LoadFunctions(new Loader()); }

            [ArenaMarshal(EntryPoint = "work")]
            public partial int Work(int value);

            public void LoadFunctions<TLoader>(TLoader loader) where TLoader : IArenaFunctionLoader { }
        }

        static class Use
        {
            static int Run() => new SelfLoading().Work(1) + Local();

            static int Local()
            {
                var table = new SelfLoading();
                return table.Work(2);
            }
        }
        """);

    [Fact]
    public Task AReassignedLocalIsFollowedFromItsNewValue() => Verify("""
        static class Use
        {
            static int Run(Commands loaded)
            {
                var commands = loaded;
                int first = commands.Work(1);
                commands = new Commands();
                return first + commands.{|PA1010:Work|}(2);
            }
        }
        """);
}
