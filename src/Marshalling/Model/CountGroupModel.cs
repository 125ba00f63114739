namespace ParamArena.Marshalling;

/// <summary>A native count field and the array fields whose length it holds (several when shared).</summary>
/// <param name="Name">The count field's name in <c>Native</c>.</param>
/// <param name="CountType">Its C# keyword type.</param>
/// <param name="InBytes">True when the count is a size in bytes of the first array.</param>
/// <param name="Arrays">The managed array fields, in declaration order.</param>
/// <param name="Declared">True when the shape declares the count field itself: it keeps its own position, and null arrays do not take part in the length check.</param>
/// <param name="KeepWhenNull">With <paramref name="Declared"/>: when every array is null, staging writes the declared field's value, not 0.</param>
internal sealed record CountGroupModel(string Name, string CountType, bool InBytes, EquatableArray<string> Arrays, bool Declared, bool KeepWhenNull);
