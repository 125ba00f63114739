// Expect: PA1011
namespace Cases.TableUsage;

public static class LoaderMismatch
{
    public static DeviceCommands Load(InstanceLoader loader)
    {
        var commands = new DeviceCommands();
        commands.LoadFunctions(loader);
        return commands;
    }
}
