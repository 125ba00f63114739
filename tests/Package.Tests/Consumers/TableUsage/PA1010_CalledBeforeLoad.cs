// Expect: PA1010
namespace Cases.TableUsage;

public static class CalledBeforeLoad
{
    public static int WaitIdle(DeviceLoader loader, nint device, bool load)
    {
        var commands = new DeviceCommands();
        if (load) commands.LoadFunctions(loader);
        return commands.DeviceWaitIdle(device);
    }
}
