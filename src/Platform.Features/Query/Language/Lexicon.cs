using System.Globalization;
using System.Text;

namespace Platform.Features.Query.Language;

public enum PartOfSpeech { Noun, Verb, Adjective, Adverb }

/// <summary>A pointer from one synset to another: attribute (<c>=</c>), pertainym (<c>\</c>), hypernym (<c>@</c>), similar to (<c>&amp;</c>), derivation (<c>+</c>)…</summary>
public readonly record struct Pointer(string Symbol, PartOfSpeech Pos, long Offset);

/// <summary>One WordNet synset: its words (lower case, spaces for underscores), its pointers and its gloss.</summary>
/// <param name="LexFile">WordNet's lexicographer file: 23 is noun.quantity (units), 28 noun.time, 42 verb.stative…</param>
public sealed record Synset(PartOfSpeech Pos, long Offset, int LexFile, bool Satellite, IReadOnlyList<string> Words, IReadOnlyList<Pointer> Pointers, string Gloss)
{
    public IEnumerable<Pointer> Pointing(string symbol) => Pointers.Where(p => p.Symbol == symbol);

    /// <summary>The gloss's definition, without its quoted examples.</summary>
    public string Definition => Gloss.Split('"')[0].TrimEnd(' ', ';');
}

/// <summary>
/// WordNet 3.0, read from the dictionary files Debian's <c>wordnet-base</c> installs (<c>WNSEARCHDIR</c>, else
/// <c>/usr/share/wordnet</c>): the index of each part of speech in memory, synsets parsed on demand from the data files
/// (whose synset offsets are byte offsets), base forms found as WordNet's own morphy finds them (exception lists, then
/// suffix rules). Without the files the lexicon is empty and the engine reads only what it knows by itself.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Installed = new(() =>
        Load(Environment.GetEnvironmentVariable("WNSEARCHDIR") is { Length: > 0 } folder ? folder : "/usr/share/wordnet"));

    private static readonly string[] FileNames = ["noun", "verb", "adj", "adv"];

    private static readonly (string Suffix, string Ending)[][] Detachments =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private readonly Dictionary<string, long[]>[] _index;
    private readonly Dictionary<string, string[]>[] _exceptions;
    private readonly byte[][] _data;

    /// <summary>The nouns in order, for the compounds a word begins.</summary>
    private readonly Lazy<string[]> _nounsInOrder;

    private Lexicon(Dictionary<string, long[]>[] index, Dictionary<string, string[]>[] exceptions, byte[][] data)
    {
        _index = index;
        _exceptions = exceptions;
        _data = data;
        _nounsInOrder = new(() => [.. index[(int)PartOfSpeech.Noun].Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The installed WordNet, loaded on first use (about 25 MB read once).</summary>
    public static Lexicon Shared => Installed.Value;

    public bool Available => _index[0].Count > 0;

    public static Lexicon Load(string folder)
    {
        if (!FileNames.All(name => File.Exists(Path.Combine(folder, $"index.{name}")) && File.Exists(Path.Combine(folder, $"data.{name}"))))
            return new Lexicon([[], [], [], []], [[], [], [], []], [[], [], [], []]);
        var index = new Dictionary<string, long[]>[4];
        var exceptions = new Dictionary<string, string[]>[4];
        var data = new byte[4][];
        for (var pos = 0; pos < 4; pos++)
        {
            index[pos] = [];
            exceptions[pos] = [];
            data[pos] = [];
            foreach (var line in File.ReadLines(Path.Combine(folder, $"index.{FileNames[pos]}")))
            {
                if (line.StartsWith(' ')) continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var synsets = int.Parse(fields[2], CultureInfo.InvariantCulture);
                index[pos][fields[0].Replace('_', ' ')] = fields[^synsets..].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            }
            var exceptionFile = Path.Combine(folder, $"{FileNames[pos]}.exc");
            if (File.Exists(exceptionFile))
                foreach (var line in File.ReadLines(exceptionFile))
                    if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var inflected, .. var bases] && bases.Length > 0)
                        exceptions[pos][inflected.Replace('_', ' ')] = bases.Select(b => b.Replace('_', ' ')).ToArray();
            data[pos] = File.ReadAllBytes(Path.Combine(folder, $"data.{FileNames[pos]}"));
        }
        return new Lexicon(index, exceptions, data);
    }

    /// <summary>The word's base forms in this part of speech, as WordNet knows them: "heaviest" → heavy, "weighs" → weigh, "lbs" → lb.</summary>
    public IReadOnlyList<string> BaseForms(string word, PartOfSpeech pos)
    {
        var index = _index[(int)pos];
        var forms = new List<string>();
        if (_exceptions[(int)pos].TryGetValue(word, out var listed)) forms.AddRange(listed.Where(index.ContainsKey));
        if (index.ContainsKey(word)) forms.Add(word);
        foreach (var (suffix, ending) in Detachments[(int)pos])
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal) && word[..^suffix.Length] + ending is var form && index.ContainsKey(form))
                forms.Add(form);
        if (pos == PartOfSpeech.Adjective && word.Length > 5 && word.EndsWith("iest", StringComparison.Ordinal) && index.ContainsKey(word[..^4] + "y"))
            forms.Add(word[..^4] + "y");
        return forms.Distinct().ToList();
    }

    /// <summary>The synsets of the word's base forms in this part of speech, most frequent sense first.</summary>
    public IReadOnlyList<Synset> Synsets(string word, PartOfSpeech pos) =>
        BaseForms(word.ToLowerInvariant(), pos).SelectMany(form => _index[(int)pos][form]).Distinct().Select(offset => Read(pos, offset)).ToList();

    public bool Knows(string word, PartOfSpeech pos) => BaseForms(word.ToLowerInvariant(), pos).Count > 0;

    /// <summary>The nouns of two words the word begins: "loblolly" → "loblolly pine" (itself only a gruel).</summary>
    public IEnumerable<string> CompoundsBeginning(string word)
    {
        var nouns = _nounsInOrder.Value;
        var prefix = word + " ";
        var at = Array.BinarySearch(nouns, prefix, StringComparer.Ordinal);
        for (at = at < 0 ? ~at : at; at < nouns.Length && nouns[at].StartsWith(prefix, StringComparison.Ordinal); at++)
            if (nouns[at].IndexOf(' ', prefix.Length) < 0) yield return nouns[at];
    }

    /// <summary>Whether the word is in the dictionary as any part of speech ("height" is; the column name <c>tld</c> is not).</summary>
    public bool IsWord(string word) => Enum.GetValues<PartOfSpeech>().Any(pos => Knows(word, pos));

    public Synset Read(PartOfSpeech pos, long offset)
    {
        var data = _data[(int)pos];
        var end = Array.IndexOf(data, (byte)'\n', (int)offset);
        var line = Encoding.UTF8.GetString(data, (int)offset, (end < 0 ? data.Length : end) - (int)offset);
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var gloss = bar < 0 ? "" : line[(bar + 3)..].Trim();
        var fields = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var satellite = fields[2] == "s";
        var wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new List<string>(wordCount);
        for (var i = 0; i < wordCount; i++)
        {
            var word = fields[4 + 2 * i];
            var marker = word.IndexOf('(');
            words.Add((marker > 0 ? word[..marker] : word).Replace('_', ' ').ToLowerInvariant());
        }
        var at = 4 + 2 * wordCount;
        var pointerCount = int.Parse(fields[at], CultureInfo.InvariantCulture);
        var pointers = new List<Pointer>(pointerCount);
        for (var i = 0; i < pointerCount; i++)
        {
            var p = at + 1 + 4 * i;
            pointers.Add(new Pointer(fields[p], fields[p + 2] switch { "n" => PartOfSpeech.Noun, "v" => PartOfSpeech.Verb, "r" => PartOfSpeech.Adverb, _ => PartOfSpeech.Adjective },
                long.Parse(fields[p + 1], CultureInfo.InvariantCulture)));
        }
        return new Synset(pos, offset, int.Parse(fields[1], CultureInfo.InvariantCulture), satellite, words, pointers, gloss);
    }

    public Synset Follow(Pointer pointer) => Read(pointer.Pos, pointer.Offset);

    /// <summary>What the senses are kinds (or instances, unless <paramref name="instances"/> is false) of, up to <paramref name="levels"/> levels up, nearest first.</summary>
    public IEnumerable<Synset> KindsOf(IEnumerable<Synset> senses, int levels, bool instances = true)
    {
        var level = senses.ToList();
        for (var depth = 0; depth < levels && level.Count > 0; depth++)
        {
            level = level.SelectMany(s => instances ? s.Pointing("@").Concat(s.Pointing("@i")) : s.Pointing("@")).Select(Follow).ToList();
            foreach (var kind in level) yield return kind;
        }
    }
}
