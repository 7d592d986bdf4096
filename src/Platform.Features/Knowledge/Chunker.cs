using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace Platform.Features.Knowledge;

/// <summary>A passage to index: a span of the document's extracted text, under its headings.</summary>
/// <param name="Start">Where it starts in the extracted text (characters).</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="HeadingPath">The headings it sits under, outermost first, joined by " › ".</param>
public sealed record Chunk(int Seq, int Start, int End, int? Page, string HeadingPath, string Text, int Tokens);

/// <summary>
/// Cuts a document into chunks that follow its structure: a heading starts a new chunk; paragraphs and list items
/// stay whole when they fit the token budget; a block too long for one is cut between sentences (a sentence too long,
/// between tokens); a chunk cut for length begins with the end of the one before (the overlap). A page break ends a chunk.
/// </summary>
public sealed partial class Chunker(ChunkingSettings settings)
{
    /// <summary>cl100k, the tokenizer of most current models, so budgets mean what they say there too.</summary>
    private static readonly Lazy<Tokenizer> Tokens = new(() => TiktokenTokenizer.CreateForModel("gpt-4"));

    public static int CountTokens(string text) => Tokens.Value.CountTokens(text);

    private sealed record Segment(int Start, int End, int Tokens, int? Page);

    public IReadOnlyList<Chunk> Split(ExtractedText document, CancellationToken ct)
    {
        var chunks = new List<Chunk>();
        var headings = new List<(int Level, string Text)>();
        var current = new List<Segment>();
        var headingPath = "";

        void Close(bool overlap)
        {
            if (current.Count == 0) return;
            var (start, end) = (current[0].Start, current[^1].End);
            chunks.Add(new Chunk(chunks.Count, start, end, current[0].Page, headingPath, document.Text[start..end], current.Sum(s => s.Tokens)));
            var carried = new List<Segment>();
            if (overlap)
                for (int i = current.Count - 1, total = 0; i > 0 && (total += current[i].Tokens) <= settings.OverlapTokens; i--) carried.Insert(0, current[i]);
            current = carried;
        }

        int Size() => current.Sum(s => s.Tokens);

        foreach (var block in document.Blocks)
        {
            ct.ThrowIfCancellationRequested();
            if (block.Kind == BlockKind.Heading)
            {
                Close(overlap: false);
                headings.RemoveAll(h => h.Level >= block.Level);
                headings.Add((block.Level, block.Text));
                headingPath = string.Join(" › ", headings.Select(h => h.Text));
                continue;
            }
            // A passage cites one page: chunks do not run across a page break.
            if (current.Count > 0 && current[^1].Page != block.Page) Close(overlap: false);
            var segments = Segments(block).ToList();
            var size = segments.Sum(s => s.Tokens);
            if (Size() + size <= settings.MaxTokens)
            {
                current.AddRange(segments);
                continue;
            }
            if (size <= settings.MaxTokens)
            {
                Close(overlap: true);
                if (Size() + size > settings.MaxTokens) current.Clear();
                current.AddRange(segments);
                continue;
            }
            foreach (var segment in segments)
            {
                if (Size() + segment.Tokens > settings.MaxTokens) Close(overlap: true);
                if (Size() + segment.Tokens > settings.MaxTokens) current.Clear();
                current.Add(segment);
            }
        }
        Close(overlap: false);
        return chunks;
    }

    /// <summary>A block as sentences (code as lines), each cut further where it alone passes the budget.</summary>
    private IEnumerable<Segment> Segments(TextBlock block)
    {
        var pieces = block.Kind == BlockKind.Code ? LineEnd().Split(block.Text) : SentenceEnd().Split(block.Text);
        var offset = 0;
        foreach (var piece in pieces)
        {
            var at = block.Text.IndexOf(piece, offset, StringComparison.Ordinal);
            offset = at + piece.Length;
            if (piece.Trim().Length == 0) continue;
            var rest = piece;
            var start = block.Start + at;
            while (rest.Length > 0)
            {
                var tokens = CountTokens(rest);
                if (tokens <= settings.MaxTokens)
                {
                    yield return new Segment(start, start + rest.Length, tokens, block.Page);
                    break;
                }
                var cut = Math.Max(1, Tokens.Value.GetIndexByTokenCount(rest, settings.MaxTokens, out _, out var taken));
                yield return new Segment(start, start + cut, taken, block.Page);
                start += cut;
                rest = rest[cut..];
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\p{N}""'(\[])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=\n)")]
    private static partial Regex LineEnd();
}
