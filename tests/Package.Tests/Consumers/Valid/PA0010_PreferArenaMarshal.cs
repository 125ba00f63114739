// Expect: PA0010
using System.Runtime.InteropServices;

namespace Cases.PA0010;

// An analyzer suggestion (Info, raised to a warning by PA0010.globalconfig so the log shows it), not a generator
// refusal: analyzers report only when the compiler has no errors, so it lives in the project that builds.
public static partial class Lib
{
    [LibraryImport("libvulkan.so.1", EntryPoint = "enumerate", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Enumerate(string[] names, int count);
}
