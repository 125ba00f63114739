namespace ParamArena.Generator.Emit;

/// <summary>Names of the locals a stub declares; the double underscore keeps them clear of user parameter names.</summary>
internal static class Names
{
    public const string Lease = "__lease";
    public const string Buffer = "__buffer";
    public const string Target = "__target";
    public const string ReturnValue = "__retVal";
    public const string NativeReturnValue = "__retVal_native";
    public const string LastError = "__lastError";
    public const string Invoke = "__PInvoke";
    public const string Staging = "global::ParamArena.ArenaStaging";
    public const string Marshal = "global::System.Runtime.InteropServices.Marshal";

    private static string Bare(string identifier) => identifier.TrimStart('@');

    public static string Native(string parameter) => "__" + Bare(parameter) + "_native";

    public static string Count(string parameter) => "__" + Bare(parameter) + "_count";

    public static string Local(string parameter, string what) => "__" + Bare(parameter) + "_" + what;
}
