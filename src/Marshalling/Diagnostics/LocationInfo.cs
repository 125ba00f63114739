using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParamArena.Marshalling;

/// <summary>A source location without the syntax tree, so models that carry it stay equatable across compilations.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true } ? new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());

    /// <summary>The location in <paramref name="compilation"/>'s tree of that path (so pragmas and code fixes see it), else by path alone.</summary>
    public Location ToLocation(Compilation? compilation)
    {
        if (compilation is not null)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == FilePath && Span.End <= tree.Length) return Location.Create(tree, Span);
            }
        }
        return Location.Create(FilePath, Span, LineSpan);
    }
}
