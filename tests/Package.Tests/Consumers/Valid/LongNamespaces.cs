// Expect: (none)
using ParamArena;

// Two namespaces sharing their first 120 characters once got one generated file name.
namespace Cases.LongNamespaces.AVeryLongNamespaceNameThatKeepsGoing.AndGoingWellPastTheLengthAtWhichGeneratedFileNamesAreShortened.Together.First
{
    public static unsafe partial class Lib
    {
        [ArenaMarshal("native", EntryPoint = "first")]
        public static partial int Call(string text);
    }
}

namespace Cases.LongNamespaces.AVeryLongNamespaceNameThatKeepsGoing.AndGoingWellPastTheLengthAtWhichGeneratedFileNamesAreShortened.Together.Second
{
    public static unsafe partial class Lib
    {
        [ArenaMarshal("native", EntryPoint = "second")]
        public static partial int Call(string text);
    }
}
