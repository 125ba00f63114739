// Expect: PA0013
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.Marshalling;
using ParamArena;

namespace Cases.PA0013.Others;

// Marshalling attributes the generator does not implement are refused, never ignored.
public static unsafe partial class Lib
{
    [ArenaMarshal("native", EntryPoint = "ansi")]
    public static partial int Ansi([MarshalAs(UnmanagedType.LPStr)] string text);

    [ArenaMarshal("native", EntryPoint = "fill_names")]
    public static partial int FillNames([Out] string[] names);

    [ArenaMarshal("native", EntryPoint = "fixed_four")]
    public static partial int FixedFour([MarshalAs(UnmanagedType.LPArray, SizeConst = 4)] int[] values);

    [ArenaMarshal("native", EntryPoint = "name")]
    [return: MarshalUsing(typeof(Utf8StringMarshaller))]
    public static partial string Name();
}
