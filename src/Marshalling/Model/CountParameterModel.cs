namespace ParamArena.Marshalling;

/// <summary>The extra native count argument that <c>[ArenaCountParameter]</c> adds for a span or array parameter.</summary>
/// <param name="NativeIndex">Zero-based position among the native function's parameters.</param>
/// <param name="CountType">The count's C# keyword type (<c>int</c>, <c>nuint</c>, ...).</param>
/// <param name="InBytes">True when the count is a size in bytes.</param>
internal sealed record CountParameterModel(int NativeIndex, string CountType, bool InBytes);
