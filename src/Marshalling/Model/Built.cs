namespace ParamArena.Marshalling;

/// <summary>A builder's result: the model when the declaration is accepted, and every diagnostic it produced.</summary>
/// <typeparam name="T">The model type.</typeparam>
/// <param name="Model">The model, or null when refused.</param>
/// <param name="Fallback">For a refused method that can hold a body: the throwing stand-in.</param>
/// <param name="Diagnostics">What the user is told.</param>
internal sealed record Built<T>(T? Model, FallbackModel? Fallback, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : class;
