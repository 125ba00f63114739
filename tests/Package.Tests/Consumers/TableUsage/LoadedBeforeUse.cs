// Expect: (none)
namespace Cases.TableUsage;

public static class LoadedBeforeUse
{
    public static int WaitIdle(DeviceLoader loader, nint device)
    {
        var commands = new DeviceCommands();
        commands.LoadFunctions(loader);
        return commands.DeviceWaitIdle(device);
    }
}
