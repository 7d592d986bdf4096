using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Platform.Features.Query.Language;

/// <summary>A unit of measure named in a column or a question: "g" is the gram, a unit of weight.</summary>
public sealed record Unit(long Offset, string Name, IReadOnlyList<string> Measures);

/// <summary>
/// An adjective of degree: "heaviest" measures weight (and mass), at its high end; "cheapest" measures price at its low end.
/// <paramref name="Per"/>: what its measure is per ("fast" measures speed, distance per unit time), so that more of it is less of them.
/// <paramref name="Named"/>: the measures WordNet names for it, not read from definitions.
/// </summary>
public sealed record Degree(string Adjective, IReadOnlyList<string> Measures, bool High, IReadOnlyList<string> Per, IReadOnlySet<string> Named);

/// <summary>
/// What WordNet says a word of a question may stand for: the attribute an adjective measures and at which end,
/// the place or group an adjective pertains to, the quantity a unit measures, the broader nouns a noun is a kind
/// of, and whether a verb relates a thing to a place or group. The engine links words through these only when
/// they name exactly one column or value of the table, so an unclear reading stays "can't tell".
/// </summary>
public static partial class Senses
{
    private const int NounTops = 3, NounAct = 4, NounAnimal = 5, NounArtifact = 6, NounAttribute = 7, NounBody = 8, NounCommunication = 10, NounEvent = 11, NounFood = 13, NounGroup = 14, NounLocation = 15, NounObject = 17, NounPerson = 18, NounPhenomenon = 19, NounPlant = 20, NounPossession = 21, NounState = 26;
    private const int NounQuantity = 23, NounRelation = 24, NounSubstance = 27, NounTime = 28, VerbCognition = 31, VerbCommunication = 32, VerbCompetition = 33, VerbCreation = 36, VerbMotion = 38, VerbPossession = 40, VerbStative = 42;

    private static readonly HashSet<string> HighWords = ["great", "greater", "high", "large", "much", "many", "long", "more", "big", "heavy", "above", "considerable", "old", "advanced", "after"];
    private static readonly HashSet<string> LowWords = ["little", "low", "small", "few", "less", "not", "lacking", "short", "limited", "early", "below", "slight", "young", "beginning", "before"];

    /// <summary>
    /// Prepositions after which a verb of being, coming, making or living relates its subject to a place or group, to a
    /// level ("lie below sea level") or to a time ("made before 2000").
    /// </summary>
    public static readonly HashSet<string> RelatingPrepositions = ["from", "in", "on", "at", "to", "into", "by", "with", "as", "below", "above", "under", "over", "within",
        "before", "after", "since", "during"];

    /// <summary>What a proper noun's sense is an instance of, by each kind's head word: Texas → state (an American state).</summary>
    public static IEnumerable<string> InstanceKinds(Synset synset, Lexicon lexicon) =>
        synset.Pointing("@i").Select(lexicon.Follow).SelectMany(k => k.Words).Select(k => Words.Singular(k.Split(' ')[^1]));

    /// <summary>
    /// Whether most of a column's names are, in WordNet, instances or kinds of the noun: Alabama and Texas are American
    /// states, and so states; Latin and Akan are, some steps up, languages (a short name's kinds only where it is the
    /// sense's own word, not another's short form: Al for aluminium). Names WordNet does not know (most of 7,000 languages) say
    /// nothing either way: of the first 200, up to 20 it knows are tried, and at least 3 with 60% of them must be.
    /// </summary>
    public static bool NamesInstancesOf(string noun, IEnumerable<string> names, Lexicon lexicon)
    {
        var kind = Words.Singular(noun);
        var known = names.Take(200).Select(name => (Name: name, Senses: lexicon.Synsets(name, PartOfSpeech.Noun).Take(3).ToList())).Where(n => n.Senses.Count > 0).Take(20).ToList();
        return known.Count >= 3
            && known.Count(n => n.Senses.Any(s => InstanceKinds(s, lexicon).Contains(kind) || InstanceOfAKindDefinedBy(s, kind, lexicon)
                || (n.Name.Length > 3 || string.Equals(s.Words[0], n.Name, StringComparison.OrdinalIgnoreCase)) && KindsAbove(s, lexicon).Contains(kind))) * 10 >= known.Count * 6;
    }

    /// <summary>
    /// Whether a proper noun is an instance of a kind WordNet defines with the noun: Rome, a national capital ("the capital city
    /// of a nation"), and Calais, a town ("an urban area … smaller than a city"), are cities as a question says it.
    /// </summary>
    private static bool InstanceOfAKindDefinedBy(Synset synset, string noun, Lexicon lexicon) =>
        synset.Pointing("@i").Select(lexicon.Follow).Any(k => Words.Tokens(k.Definition.Split(';')[0]).Contains(noun));

    /// <summary>
    /// The head words of the kinds a sense is, up its first hypernyms: Latin → Italic, Indo-European, natural language,
    /// language. WordNet's top concepts near its root (substance, act, entity…) are too general to say what a column
    /// holds; those five kinds or more below it (animal, plant: an organism, a living thing, a whole object) are not.
    /// </summary>
    private static IEnumerable<string> KindsAbove(Synset synset, Lexicon lexicon)
    {
        var above = new List<Synset>();
        for (var current = synset.Pointing("@").Select(lexicon.Follow).FirstOrDefault(); current is not null && above.Count < 20;
             current = current.Pointing("@").Select(lexicon.Follow).FirstOrDefault())
            above.Add(current);
        // Each kind's depth is how many kinds stand above it, up to the root.
        return above.Take(12).Where((kind, level) => kind.LexFile != NounTops || above.Count - 1 - level >= 5)
            .SelectMany(kind => kind.Words).Select(word => Words.Singular(word.Split(' ')[^1]));
    }

    private static readonly Dictionary<string, string> SecondsSymbols = new() { ["ms"] = "millisecond", ["µs"] = "microsecond", ["ns"] = "nanosecond" };

    /// <summary>The unit a word names in one of its first three senses ("g": gram, a unit of weight).</summary>
    public static Unit? UnitOf(string word, Lexicon lexicon) => UnitsOf(word, lexicon, 3).FirstOrDefault();

    /// <summary>
    /// The units a word names among its first senses, in WordNet's order: "degree" is a position on a scale first, then a
    /// measure of angles, then a unit of temperature.
    /// </summary>
    /// <param name="ofTime">Whether units of time count: a column called <c>year</c> names years, not a duration.</param>
    public static IEnumerable<Unit> UnitsOf(string word, Lexicon lexicon, int senses, bool ofTime = true)
    {
        // SI's symbols for parts of a second, which WordNet files under other senses ("ms": multiple sclerosis, Mississippi).
        if (SecondsSymbols.TryGetValue(word, out var spelled)) word = spelled;
        foreach (var synset in lexicon.Synsets(word, PartOfSpeech.Noun).Take(senses).Where(s => s.LexFile == NounQuantity || ofTime && s.LexFile == NounTime))
        {
            var measures = new List<string>();
            var current = synset;
            for (var level = 0; level < 4 && current is not null; level++)
            {
                foreach (Match m in UnitOfPattern().Matches(current.Definition)) measures.Add(m.Groups[1].Value.ToLowerInvariant());
                if (measures.Count > 0) break;
                current = current.Pointing("@").Select(lexicon.Follow).FirstOrDefault();
            }
            if (measures.Count > 0) yield return new Unit(synset.Offset, synset.Words[0], measures.Distinct().ToList());
        }
    }

    /// <summary>
    /// How a unit is written short, in lower case: its WordNet synonyms of up to three letters ("kilobyte": kb; "minute": min), and for a
    /// unit with a metric prefix, the prefix's symbol before its base unit's ("milliseconds": ms, which WordNet spells msec).
    /// </summary>
    public static IReadOnlyList<string> UnitSymbols(string word, Lexicon lexicon)
    {
        var singular = Words.Singular(word);
        var symbols = ShortSynonyms(singular).ToList();
        foreach (var (prefix, symbol) in MetricPrefixes)
            if (singular.Length > prefix.Length + 2 && singular.StartsWith(prefix, StringComparison.Ordinal))
                symbols.AddRange(ShortSynonyms(singular[prefix.Length..]).Where(s => s.Length == 1).Select(s => symbol + s));
        return symbols.Distinct().ToList();

        IEnumerable<string> ShortSynonyms(string unit) => UnitsOf(unit, lexicon, 2).Select(u => lexicon.Read(PartOfSpeech.Noun, u.Offset))
            .SelectMany(s => s.Words).Where(w => w.Length <= 3 && w != unit && w.All(char.IsLetter));
    }

    private static readonly (string Prefix, string Symbol)[] MetricPrefixes =
        [("milli", "m"), ("micro", "µ"), ("nano", "n"), ("centi", "c"), ("kilo", "k"), ("mega", "M"), ("giga", "G")];

    /// <summary>
    /// Whether a word is one in its own right: the first of some sense's words. "gc" is in WordNet only as the short form
    /// of gigacycle; "age" is a word.
    /// </summary>
    public static bool IsWordOfItsOwn(string word, Lexicon lexicon) =>
        Enum.GetValues<PartOfSpeech>().Any(pos => lexicon.Synsets(word, pos).Any(s => s.Words[0] == word));

    /// <summary>A unit angles are measured in ("degrees", "minutes" of arc), in any of the word's senses: latitude and longitude are.</summary>
    public static bool MeasuresAngles(string word, Lexicon lexicon) =>
        lexicon.Synsets(word, PartOfSpeech.Noun).Any(s => s.Pointing("@").Select(lexicon.Follow).Any(kind => kind.Words.Contains("angular unit")));

    /// <summary>
    /// The attributes an adjective of degree measures ("heavy" → weight), then the nouns of its definition ("expensive":
    /// "high in price" → price), and whether it is the high end, read from its definition ("of comparatively little
    /// physical weight" is the low end).
    /// </summary>
    public static Degree? DegreeOf(string word, Lexicon lexicon)
    {
        var synsets = lexicon.Synsets(word, PartOfSpeech.Adjective).Take(4).ToList();
        if (synsets.Count == 0) return null;
        var heads = synsets.Select(s => s.Satellite ? s.Pointing("&").Select(lexicon.Follow).FirstOrDefault() ?? s : s).ToList();
        var attributes = heads.SelectMany(h => h.Pointing("=")).Select(lexicon.Follow).SelectMany(n => n.Words).Distinct().ToList();
        var measures = new List<string>(attributes);
        // Then the attributes' other senses ("length" is also a distance), the nouns derived from the adjective.
        var senses = attributes.SelectMany(a => lexicon.Synsets(a, PartOfSpeech.Noun).Take(4)).ToList();
        measures.AddRange(senses.SelectMany(n => n.Words));
        var derived = synsets.SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).SelectMany(n => n.Words).ToList();
        measures.AddRange(derived);
        // A quality of being so ("expensiveness", "inexpensiveness") is a degree of what it is a kind of: cost, price.
        measures.AddRange(attributes.Concat(derived).Where(a => a.EndsWith("ness", StringComparison.Ordinal)).SelectMany(a => lexicon.Synsets(a, PartOfSpeech.Noun).Take(1))
            .SelectMany(n => n.Pointing("@")).Select(lexicon.Follow).SelectMany(n => n.Words));
        var named = measures.ToHashSet();
        // Then the nouns defining the attribute itself (weight is "the vertical force exerted by a mass": "the heaviest isotope"
        // by its mass), then those of the adjective's own definitions.
        measures.AddRange(heads.SelectMany(h => h.Pointing("=")).Select(lexicon.Follow).SelectMany(n => DefinitionNouns(n.Definition, lexicon)));
        measures.AddRange(synsets.Concat(heads).SelectMany(s => DefinitionNouns(s.Definition, lexicon)));
        if (measures.Count == 0) return null;
        // An adjective whose own noun is the attribute ("dense": density, "long": length) is its high end; otherwise its
        // definition says which end ("of comparatively little physical weight"; "dense" is "permitting little … light"),
        // or, where it names neither, the definition of an adjective it points to ("cool": "neither warm nor very cold";
        // see also "cold": "having a low … temperature").
        // An adjective whose opposite's own noun is the attribute ("soft": hard, hardness) is its low end.
        var oppositeOwns = heads.SelectMany(h => h.Pointing("!")).Select(lexicon.Follow)
            .SelectMany(o => o.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).SelectMany(n => n.Words).Intersect(attributes).Any();
        var high = derived.Intersect(attributes).Any()
            || !oppositeOwns && (EndIn(synsets[0].Definition) ?? synsets[0].Pointing("^").Select(lexicon.Follow).Select(s => EndIn(s.Definition)).FirstOrDefault(e => e is not null) ?? true);
        var per = senses.SelectMany(n => PerPattern().Matches(n.Definition)).Select(m => m.Groups[1].Value).Distinct().ToList();
        return new Degree(lexicon.BaseForms(word, PartOfSpeech.Adjective)[0], measures.Distinct().ToList(), high, per, named);
    }

    /// <summary>Which end of a measure a definition names by its first word of degree: "little" is the low end, "great" the high.</summary>
    private static bool? EndIn(string definition)
    {
        foreach (var w in Words.Tokens(definition))
        {
            if (HighWords.Contains(w)) return true;
            if (LowWords.Contains(w)) return false;
        }
        return null;
    }

    /// <summary>
    /// The nouns of the attributes an adjective is a value of, in its first four senses, with those nouns' first four
    /// senses: "high" → height, tallness, elevation, altitude (and degree, grade, level).
    /// </summary>
    public static HashSet<string> AttributesOf(string adjective, Lexicon lexicon) =>
        AttributesRead.GetOrCreateValue(lexicon).GetOrAdd(adjective, a => ReadAttributesOf(a, lexicon));

    /// <summary>Each lexicon's attributes by adjective: read once, as every question asks what "high" measures.</summary>
    private static readonly ConditionalWeakTable<Lexicon, ConcurrentDictionary<string, HashSet<string>>> AttributesRead = new();

    private static HashSet<string> ReadAttributesOf(string adjective, Lexicon lexicon)
    {
        var attributes = lexicon.Synsets(adjective, PartOfSpeech.Adjective).Take(4).SelectMany(s => s.Pointing("=")).Select(lexicon.Follow).SelectMany(n => n.Words).ToList();
        // Words of the attribute words' other senses that measure something in a sense of their own: an elevation (an
        // angular distance too), an altitude, a stature; not an acme, only ever a state or a point.
        return attributes.Concat(attributes.SelectMany(a => lexicon.Synsets(a, PartOfSpeech.Noun).Take(4)).SelectMany(n => n.Words)
            .Where(w => lexicon.Synsets(w, PartOfSpeech.Noun).Take(4).Any(n => n.LexFile is NounAttribute or NounQuantity or NounRelation))).ToHashSet();
    }

    /// <summary>
    /// The noun an adjective's first sense and a noun's first sense are both defined by, if one: "dry" is "free from liquid
    /// or moisture … depleted of water", precipitation "the quantity of water falling to earth…" (water).
    /// </summary>
    public static string? DefinedAlike(string adjective, string noun, Lexicon lexicon)
    {
        if (lexicon.Synsets(adjective, PartOfSpeech.Adjective).FirstOrDefault() is not { } sense
            || lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is not { } named) return null;
        var head = sense.Satellite ? sense.Pointing("&").Select(lexicon.Follow).FirstOrDefault() ?? sense : sense;
        var said = DefinitionNouns(sense.Definition, lexicon).Concat(DefinitionNouns(head.Definition, lexicon)).ToHashSet();
        return DefinitionNouns(named.Definition, lexicon).Where(said.Contains).Distinct().ToList() is [var shared] ? shared : null;
    }

    /// <summary>Whether the adjective is a superlative by its form: "heaviest", "biggest", "best" (WordNet's exceptions).</summary>
    public static bool IsSuperlative(string word, Lexicon lexicon) =>
        word.EndsWith("est", StringComparison.Ordinal) && !lexicon.Knows(word, PartOfSpeech.Noun) || word is "best" or "worst";

    public static bool IsComparative(string word, Lexicon lexicon) =>
        word.EndsWith("er", StringComparison.Ordinal) && lexicon.BaseForms(word, PartOfSpeech.Adjective).Any(b => b != word);

    /// <summary>The nouns a verb stands for: itself ("aged" → age), those derived from it ("rate" → rating, "release" → release), then its definition's ("weigh": "have a certain weight").</summary>
    public static IReadOnlyList<string> VerbMeasures(string word, Lexicon lexicon)
    {
        var synsets = lexicon.Synsets(word, PartOfSpeech.Verb).Take(2).ToList();
        return lexicon.BaseForms(word, PartOfSpeech.Verb).Concat(synsets.SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).SelectMany(n => n.Words)
            .Concat(synsets.SelectMany(s => DefinitionNouns(s.Definition, lexicon)))).Distinct().ToList();
    }

    /// <summary>The opposites of an adjective ("inactive" → active), from WordNet's antonyms of its first two senses.</summary>
    public static IReadOnlyList<string> Opposites(string word, Lexicon lexicon) =>
        lexicon.Synsets(word, PartOfSpeech.Adjective).Take(2).SelectMany(s => s.Pointing("!")).Select(lexicon.Follow).SelectMany(n => n.Words).Distinct().ToList();

    /// <summary>
    /// The adjectives a word says, each with its opposites: an adjective itself ("alive": dead), or the adjective naming the
    /// one a verb's first sense makes ("died": a dead person; dead: alive).
    /// </summary>
    public static IEnumerable<(string Side, IReadOnlyList<string> Opposites)> SidesOf(string word, Lexicon lexicon) =>
        lexicon.BaseForms(word, PartOfSpeech.Adjective)
            .Concat(lexicon.Synsets(word, PartOfSpeech.Verb).Take(1).SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow)
                .SelectMany(n => n.Words).Where(w => w.Contains(' ')).Select(w => w.Split(' ')[0]).Where(a => lexicon.Knows(a, PartOfSpeech.Adjective)))
            .Distinct().Select(side => (side, Opposites(side, lexicon))).Where(s => s.Item2.Count > 0);

    /// <summary>What an adjective pertains to: "European" → Europe; "American" → United States, USA, America…</summary>
    public static IReadOnlyList<string> PertainsTo(string word, Lexicon lexicon) => AdjectiveLinks(word, lexicon, "\\");

    /// <summary>What an adjective pertains to or is a value of: "southern" → south (a location, and the U.S. South).</summary>
    public static IReadOnlyList<string> Describes(string word, Lexicon lexicon) => AdjectiveLinks(word, lexicon, "\\", "=");

    /// <summary>
    /// The first word of each synset an adjective pertains to or is a value of: "southern" → south; "marital" → marriage, not
    /// its other words (union, wedlock).
    /// </summary>
    public static IReadOnlyList<string> DescribesFirst(string word, Lexicon lexicon) => lexicon.Synsets(word, PartOfSpeech.Adjective)
        .SelectMany(s => s.Pointing("\\").Concat(s.Pointing("="))).Select(lexicon.Follow).Select(n => n.Words[0]).Distinct().ToList();

    /// <summary>The words of the synsets an adjective's senses point to by these pointers.</summary>
    private static IReadOnlyList<string> AdjectiveLinks(string word, Lexicon lexicon, params string[] pointers) =>
        lexicon.Synsets(word, PartOfSpeech.Adjective).SelectMany(s => pointers.SelectMany(s.Pointing)).Select(lexicon.Follow).SelectMany(n => n.Words).Distinct().ToList();

    /// <summary>
    /// The nouns an adjective pertains to or is derived with, in any sense, each its synset's first word (religious →
    /// religion, devoutness; marital → marriage, not union).
    /// </summary>
    public static IReadOnlyList<string> NounsOf(string adjective, Lexicon lexicon) => lexicon.Synsets(adjective, PartOfSpeech.Adjective)
        .SelectMany(s => s.Pointing("\\").Concat(s.Pointing("+"))).Where(p => p.Pos == PartOfSpeech.Noun).Select(lexicon.Follow).Select(n => n.Words[0]).Distinct().ToList();

    /// <summary>
    /// Whether a verb's first sense says one thing comes out above another: exceed ("outperform", "outdo") or, of a
    /// contest, defeat ("beat").
    /// </summary>
    public static bool SaysExceeds(string verb, Lexicon lexicon) => lexicon.BaseForms(verb, PartOfSpeech.Verb)
        .Select(b => lexicon.Synsets(b, PartOfSpeech.Verb).FirstOrDefault()).Any(sense => sense is not null
            && (sense.Words.Contains("exceed") || sense.Pointing("@").Select(lexicon.Follow).Any(h => h.Words.Contains("defeat"))));

    /// <summary>Whether one of a noun's first three senses is a race, or a kind of one ("hurdles", "run"): what is timed.</summary>
    public static bool NamesARace(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3)
        .Any(s => s.Words.Contains("footrace") || lexicon.KindsOf([s], 2, instances: false).Any(h => h.Words.Contains("footrace") || h.Words.Contains("race")));

    /// <summary>
    /// Whether a verb's first sense is winning a contest ("won": "be the winner in a contest or competition"), and a noun
    /// one of its first three senses defines as what a contest is won by ("score": "… the accomplishment … in a game or contest").
    /// </summary>
    public static bool SaysWon(string verb, Lexicon lexicon) => lexicon.BaseForms(verb, PartOfSpeech.Verb)
        .Any(b => lexicon.Synsets(b, PartOfSpeech.Verb).FirstOrDefault() is { } sense && sense.Definition.Contains("winner", StringComparison.Ordinal));

    public static bool ScoresAContest(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3)
        .Any(s => Regex.IsMatch(s.Definition, @"\b(game|contest)\b") && Regex.IsMatch(s.Definition, @"\b(number|accomplishment|counting)\b"));

    /// <summary>Whether a verb, in one of its first three senses, is a synonym of one of <paramref name="kin"/> ("enrolled": enrol).</summary>
    public static bool VerbAmong(string verb, Lexicon lexicon, params string[] kin) => lexicon.BaseForms(verb, PartOfSpeech.Verb)
        .Any(b => lexicon.Synsets(b, PartOfSpeech.Verb).Take(3).Any(s => s.Words.Any(kin.Contains)));

    /// <summary>Whether a verb's first sense says something is not done or had: lack ("be without"), refuse, avoid, fail.</summary>
    public static bool Negates(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is not { } sense
        || Regex.IsMatch(sense.Definition, @"\b(not|no|without|fail|refuse|avoid|lack|away|unwilling\w*)\b");

    /// <summary>
    /// Which of two values an adjective affirms, where one of its first senses is defined by a value or a noun made from it:
    /// "positive", "indicating existence or presence of a suspected condition", affirms present; "negative", "not indicating
    /// the presence of …", denies it, so affirms the other.
    /// </summary>
    public static string? AffirmedValue(string adjective, IReadOnlyList<string> twoValues, Lexicon lexicon)
    {
        if (twoValues.Count != 2) return null;
        foreach (var sense in lexicon.Synsets(adjective, PartOfSpeech.Adjective).Take(6))
        {
            var defined = Words.Tokens(sense.Definition);
            var named = twoValues.Where(v => defined.Contains(v) || lexicon.Synsets(v, PartOfSpeech.Adjective).Take(2)
                .SelectMany(a => a.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).Any(n => n.Words.Any(defined.Contains))).ToList();
            if (named is not [var value]) continue;
            return defined.Any(w => w is "not" or "no" or "without") ? twoValues.Single(v => v != value) : value;
        }
        return null;
    }

    /// <summary>Whether a noun in one of its first two senses is a person, a body of people or a state: a producer, a membership.</summary>
    public static bool NamesAPersonBodyOrState(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2).Any(s => s.LexFile is NounPerson or NounGroup or NounState);

    /// <summary>Whether a noun's first sense is a time: a date, a day.</summary>
    public static bool NamesATime(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounTime };

    /// <summary>Whether some sense of the noun is a time ("occasion": the time of a particular event).</summary>
    public static bool NamesATimeInSomeSense(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s => s.LexFile == NounTime);

    /// <summary>Whether a sense is a thing made: a seat belt, a car.</summary>
    public static bool IsAnArtifact(Synset sense) => sense.LexFile == NounArtifact;

    /// <summary>Whether a noun's first sense is a possession: what someone is paid or owns ("pay", "salary", "income").</summary>
    public static bool NamesAPossession(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounPossession };

    /// <summary>Whether a noun in one of its senses is a unit of measure, a quantity ("degree day", "kilowatt hour").</summary>
    public static bool NamesAUnit(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s => s.LexFile == NounQuantity);

    /// <summary>Whether a noun's first sense is an attribute: a property of a thing ("distance", "height", "price").</summary>
    public static bool NamesAnAttribute(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounAttribute };

    /// <summary>Whether a noun's first sense is something measured or read ("blood pressure"), not a kind of thing.</summary>
    public static bool NamesAReading(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounAttribute or NounQuantity or NounPhenomenon };

    /// <summary>
    /// Whether a noun's first sense (or one of its first <paramref name="senses"/>) is an attribute or a quantity: something
    /// measured ("temperature", "rainfall"; breadth, second "the extent of something from side to side").
    /// </summary>
    public static bool NamesAMeasure(string noun, Lexicon lexicon, int senses = 1) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).Take(senses).Any(s => s.LexFile is NounAttribute or NounQuantity);

    /// <summary>Whether a noun in one of its senses is WordNet's consumption or the act of using: "gas consumption", "water use".</summary>
    public static bool NamesUsingUp(string noun, Lexicon lexicon) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s => s.Words.Contains("consumption") || s.LexFile == NounAct && s.Words.Contains("use"));

    /// <summary>
    /// Whether one of a noun's first three senses is, or is up to three kinds up, WordNet's measurement or appraisal: a test,
    /// a rating, an assessment.
    /// </summary>
    public static bool NamesAMeasuring(string noun, Lexicon lexicon) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3).Any(sense => IsOrIsKindOf(sense, 4, lexicon, w => w is "measurement" or "appraisal"));

    /// <summary>Whether a sense, or one of the kinds up its first hypernyms (as many as <paramref name="levels"/> in all), has a word <paramref name="named"/> picks.</summary>
    private static bool IsOrIsKindOf(Synset? sense, int levels, Lexicon lexicon, Func<string, bool> named)
    {
        for (var level = 0; sense is not null && level < levels; level++, sense = sense.Pointing("@").Select(lexicon.Follow).FirstOrDefault())
            if (sense.Words.Any(named)) return true;
        return false;
    }

    /// <summary>Whether a noun is WordNet's group, a kind of it or filed with groups: an age group, a class, a bracket of incomes.</summary>
    public static bool NamesAGroupOfThings(string noun, Lexicon lexicon) => noun == "group" || NamesAGroup(noun, lexicon) || IsAKindOf(noun, "group", lexicon, 3);

    /// <summary>Whether a noun's first sense is, or is up to two kinds up, WordNet's rate: a speed, a pace, a frequency.</summary>
    public static bool NamesARate(string noun, Lexicon lexicon) =>
        IsOrIsKindOf(lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault(), 3, lexicon, w => w == "rate");

    /// <summary>Whether a verb's first senses derive a noun of measuring (WordNet: to rate gives a rating; to score, a score).</summary>
    public static bool VerbOfMeasuring(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).Take(2)
        .SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).SelectMany(n => n.Words).Any(n => NamesAMeasuring(n, lexicon));

    /// <summary>Whether a noun's first sense is a quantity over a period of time: precipitation, income.</summary>
    public static bool IsOverAPeriod(string noun, Lexicon lexicon) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } sense && Regex.IsMatch(sense.Definition.Split(';')[0], @"\b(given|specified) period\b");

    /// <summary>Whether one of a noun's first three senses is a natural phenomenon: energy, electricity, heat, light.</summary>
    public static bool NamesAPhenomenon(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3).Any(s => s.LexFile == NounPhenomenon);

    /// <summary>Whether one of a noun's first three senses is a substance: gas, water, coal.</summary>
    public static bool NamesASubstance(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3).Any(s => s.LexFile == NounSubstance);

    /// <summary>
    /// What a unit measures and the other names of that measure, not those of time ("mile": length, and a length is also a
    /// distance; not a duration, "continuance in time"; "volt": potential, and an electric potential is also a voltage).
    /// </summary>
    public static IReadOnlyList<string> MeasuredBy(Unit unit, Lexicon lexicon) => unit.Measures.Contains("time") ? unit.Measures
        : unit.Measures.Concat(unit.Measures.SelectMany(m => lexicon.Synsets(m, PartOfSpeech.Noun).Take(4))
            .Where(s => s.LexFile is NounAttribute or NounQuantity or NounPhenomenon && !Words.Tokens(s.Definition).Contains("time")).SelectMany(s => s.Words)).Distinct().ToList();

    /// <summary>Whether a noun's first sense is a communication: a name, a title, a keyword, a description.</summary>
    public static bool NamesWriting(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounCommunication };

    /// <summary>
    /// Whether a column's name counts what a noun is: incidence is "the relative frequency of occurrence of something", a
    /// case "an occurrence of something" (WordNet's first senses).
    /// </summary>
    public static bool CountsWhatDefines(string counter, string noun, Lexicon lexicon) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } thing && Words.Tokens(thing.Definition).SkipWhile(w => w is "a" or "an" or "the").FirstOrDefault() is { } head
        && lexicon.Synsets(counter, PartOfSpeech.Noun).FirstOrDefault() is { } counting && Words.Tokens(counting.Definition) is var defined
        && Enumerable.Range(1, Math.Max(0, defined.Count - 2)).Any(k => defined[k] == "of" && defined[k - 1] is "frequency" or "number" or "count"
            && (defined[k + 1] == head || Words.Singular(defined[k + 1]) == head));

    /// <summary>Whether a noun's first sense is an attribute or a state: a rank, a status.</summary>
    public static bool NamesAnAttributeOrState(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounAttribute or NounState };

    /// <summary>Whether a noun's first sense is a kind of person, animal or plant (not one person: Buchanan).</summary>
    public static bool NamesALivingThing(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is
        { LexFile: NounPerson or NounAnimal or NounPlant } first && !first.Pointing("@i").Any();

    /// <summary>Whether a noun's first sense is a thing one can weigh or measure: a part of a body, an object, an artifact, an organism or a food.</summary>
    public static bool NamesAPhysicalThing(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is
        { LexFile: NounBody or NounObject or NounArtifact or NounAnimal or NounPlant or NounFood };

    /// <summary>
    /// Whether a noun's first sense is, some kinds up, an illness, a disorder or an abnormality: anorexia, diabetes, cancer,
    /// kyphosis (a spinal curvature).
    /// </summary>
    public static bool NamesAnIllness(string noun, Lexicon lexicon) =>
        IsOrIsKindOf(lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault(), 8, lexicon, w => w is "disorder" or "illness" or "disease" or "ill health" or "abnormality");

    /// <summary>
    /// Whether a noun's first sense is defined per unit of something: pressure (force applied to a unit area), speed
    /// (distance per unit time), density. Such a measure of several rows is never their sum.
    /// </summary>
    public static bool NamesAMeasurePerUnit(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } first
        && (first.Definition.Contains(" per unit ", StringComparison.Ordinal) || first.Definition.Contains(" to a unit ", StringComparison.Ordinal)
            // concentration: "number of molecules of a substance in a given volume".
            || first.Definition.Contains(" in a given ", StringComparison.Ordinal));

    /// <summary>Whether a noun is, in its first senses or a kind or two up, a patient: "patients", "outpatients".</summary>
    public static bool NamesAPatient(string noun, Lexicon lexicon) => Broader(noun, lexicon).Contains("patient");

    /// <summary>
    /// The other kinds of what a noun's first or second sense is a kind of, sense by sense: blue's colour beside orange, red
    /// and green.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Siblings(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2)
        .Select(sense => (IReadOnlyList<string>)sense.Pointing("@").Select(lexicon.Follow).SelectMany(kind => kind.Pointing("~")).Select(lexicon.Follow)
            .SelectMany(sibling => sibling.Words).Where(w => !sense.Words.Contains(w)).Distinct().ToList());

    /// <summary>
    /// Whether a noun's first sense is, within a few steps up through kinds (not instances: California is no district),
    /// the first sense of a wider noun that is neither a group nor one of the topmost kinds (people, a thing).
    /// </summary>
    public static bool IsAKindOf(string narrower, string wider, Lexicon lexicon, int levels, int senses = 1) =>
        lexicon.Synsets(wider, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: not (NounGroup or NounTops) } kind
        && lexicon.KindsOf(lexicon.Synsets(narrower, PartOfSpeech.Noun).Take(senses), levels, instances: false).Any(s => s.Offset == kind.Offset);

    /// <summary>Whether a noun's first sense is a kind of number (a count: "the total number counted"; a tally is not).</summary>
    public static bool NamesANumber(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } first
        && lexicon.KindsOf([first], 1, instances: false).Any(kind => kind.Words.Contains("number"));

    /// <summary>Whether a word is an adjective whose noun, if any, is first a quality (good, bad), never a thing counted.</summary>
    public static bool IsOnlyAQuality(string word, Lexicon lexicon) => lexicon.Knows(word, PartOfSpeech.Adjective)
        && lexicon.Synsets(word, PartOfSpeech.Noun).FirstOrDefault() is null or { LexFile: NounAttribute };

    /// <summary>Whether a verb's first sense is of giving money: pay ("give money, usually in exchange for goods or services"), and a kind of paying (spend).</summary>
    public static bool Pays(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is { LexFile: VerbPossession } first
        && lexicon.Synsets("pay", PartOfSpeech.Verb).FirstOrDefault() is { } paying
        && (first.Offset == paying.Offset || first.Pointing("@").Select(lexicon.Follow).Any(s => s.Offset == paying.Offset));

    /// <summary>
    /// Whether a verb's first sense is of judging or of saying so and has an opposite: accept (reject), approve (disapprove);
    /// not survey, nor record.
    /// </summary>
    public static bool JudgesEitherWay(string verb, Lexicon lexicon) =>
        lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is { LexFile: VerbCognition or VerbCommunication } sense && sense.Pointing("!").Any();

    /// <summary>Whether a verb's first sense is of thinking (decide, judge): done either way, not only where it says yes.</summary>
    public static bool Thinks(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is { LexFile: VerbCognition };

    /// <summary>Whether a verb makes something in one of its first three senses (make, paint, build, write).</summary>
    public static bool Makes(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).Take(3).Any(s => s.LexFile == VerbCreation);

    /// <summary>
    /// Whether a kind of person is defined by what another noun is: "pupil", "a learner who is enrolled in an educational
    /// institution", of "school", an educational institution.
    /// </summary>
    public static bool DefinedBy(string person, string noun, Lexicon lexicon) =>
        lexicon.Synsets(person, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounPerson } sense && person != noun && !sense.Pointing("@i").Any()
        && lexicon.Synsets(noun, PartOfSpeech.Noun).Take(1).SelectMany(s => lexicon.KindsOf([s], 1).Prepend(s)).SelectMany(s => s.Words)
            .Any(phrase => $" {sense.Definition} ".Contains($" {phrase} ", StringComparison.Ordinal));

    /// <summary>
    /// The place a person's noun names them by, as WordNet defines its first sense: "a native or inhabitant of Sweden" →
    /// sweden; "the United States" → united states.
    /// </summary>
    public static IReadOnlyList<string> HomeOf(string person, Lexicon lexicon) =>
        lexicon.Synsets(person, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounPerson } sense
        && NativeOf().Match(sense.Definition) is { Success: true } home ? [home.Groups[1].Value.ToLowerInvariant()] : [];

    [GeneratedRegex(@"^an? (?:native|inhabitant|citizen|resident)(?: or (?:native|inhabitant|citizen|resident))* of (?:the )?([A-Z][\w ]*)$")]
    private static partial Regex NativeOf();

    /// <summary>Whether a noun's first sense is a group of people or things ("class", "team").</summary>
    public static bool NamesAGroup(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounGroup };

    /// <summary>
    /// The verb a kind of person's first sense begins its definition with, or says they do ("author": writes books or
    /// stories; "a person who smokes"), when a thing's first two senses are defined by it too ("paper": an essay, one
    /// written as an assignment): what that person made the thing by.
    /// </summary>
    public static string? MadeBy(string person, string thing, Lexicon lexicon)
    {
        if (lexicon.Synsets(person, PartOfSpeech.Noun).FirstOrDefault() is not { LexFile: NounPerson } sense) return null;
        var verb = PersonDoes(person, lexicon)
            ?? (Words.Tokens(sense.Definition).FirstOrDefault() is { } first && lexicon.BaseForms(first, PartOfSpeech.Verb) is [var begun, ..] ? begun : null);
        if (verb is null or "be" or "have" or "do" or "make" or "use") return null;
        return lexicon.Synsets(thing, PartOfSpeech.Noun).Take(2).SelectMany(s => Words.Tokens(s.Definition))
            .Any(w => lexicon.BaseForms(w, PartOfSpeech.Verb).Contains(verb)) ? verb : null;
    }

    /// <summary>Whether any sense of the noun is a person ("subject": one who is studied).</summary>
    public static bool NamesAPersonInSomeSense(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s => s.LexFile == NounPerson);

    /// <summary>Whether a noun's first sense is a person ("victims", "babies").</summary>
    public static bool NamesAPerson(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounPerson };

    /// <summary>What a kind of person does, as WordNet defines them: "someone who owns a home" → own, "a person who smokes" → smoke.</summary>
    public static string? PersonDoes(string noun, Lexicon lexicon) =>
        lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounPerson } sense && SomeoneWho().Match(sense.Definition) is { Success: true } who
            && lexicon.BaseForms(who.Groups[1].Value, PartOfSpeech.Verb) is [var verb, ..] ? verb : null;

    /// <summary>
    /// The names a yes-or-no column may have whose "yes" a kind of person is: the verb WordNet derives that person from and
    /// the nouns of that verb (a participant participates: participate, participation), or the word the person is named
    /// from with -er (a foreigner is foreign).
    /// </summary>
    public static IEnumerable<string> PersonFormedFrom(string noun, Lexicon lexicon)
    {
        if (lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is not { LexFile: NounPerson } sense) yield break;
        foreach (var verb in sense.Pointing("+").Where(p => p.Pos == PartOfSpeech.Verb).Select(lexicon.Follow))
            foreach (var word in verb.Words.Concat(verb.Pointing("+").Where(p => p.Pos == PartOfSpeech.Noun).Select(lexicon.Follow).SelectMany(n => n.Words)))
                yield return word;
        if (noun.EndsWith("er", StringComparison.Ordinal) && noun[..^2] is { Length: >= 3 } stem && lexicon.Knows(stem, PartOfSpeech.Adjective))
            yield return stem;
    }

    [GeneratedRegex(@"^(?:someone|somebody|a person|one|a \w+) who (\w+)")]
    private static partial Regex SomeoneWho();

    /// <summary>
    /// What kinds of thing a noun is in its first two senses, of those a row can stand for: an animal, an artifact, a food,
    /// a group, a place, an object, a plant (not an event, an act or a measure, which a column may count).
    /// </summary>
    public static IReadOnlyList<int> ThingKinds(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2).Select(s => s.LexFile)
        .Where(f => f is NounAnimal or NounArtifact or NounFood or NounGroup or NounLocation or NounObject or NounPlant).Distinct().ToList();

    /// <summary>Whether a noun is an event in one of its first two senses: a match, an incident.</summary>
    public static bool NamesAnEvent(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2).Any(s => s.LexFile == NounEvent);

    /// <summary>Whether a noun is an act or an event in one of its first two senses: a game of football, a strike.</summary>
    public static bool NamesAnActOrEvent(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2).Any(s => s.LexFile is NounAct or NounEvent);

    /// <summary>Whether a noun's first sense is an act: a search, a payment.</summary>
    public static bool NamesAnAct(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { LexFile: NounAct };

    /// <summary>Whether a noun's first sense is an event, an act or a state: what a year can date (a discovery, independence).</summary>
    public static bool NamesAHappening(string noun, Lexicon lexicon, bool acts = true) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } sense
        && (sense.LexFile is NounEvent or NounState || acts && sense.LexFile is NounAct or NounTime);

    /// <summary>Whether any sense of a noun is a quantity: a yield is also "the quantity of something that is created".</summary>
    public static bool NamesAQuantityInSomeSense(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s => s.LexFile == NounQuantity);

    /// <summary>Whether a noun's first sense is a kind of time interval or time period: a reaction time, a duration.</summary>
    public static bool NamesATimeSpan(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } sense
        && lexicon.KindsOf([sense], 2).Any(kind => kind.Words.Contains("time period") || kind.Words.Contains("time interval"));

    /// <summary>Whether a noun's first sense is a kind of time period, as a duration is (an age is first a property).</summary>
    public static bool NamesATimePeriod(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).FirstOrDefault() is { } sense
        && lexicon.KindsOf([sense], 2).Any(kind => kind.Words.Contains("time period"));

    /// <summary>Whether a noun is a place in one of its first two senses: an origin, a city, a country (first a people, then its territory).</summary>
    public static bool NamesAPlace(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2).Any(s => s.LexFile == NounLocation);

    /// <summary>The adjectives an adverb is derived from ("densely" → dense, dim; "heavily" → heavy).</summary>
    public static IReadOnlyList<string> AdjectivesOf(string adverb, Lexicon lexicon) =>
        lexicon.Synsets(adverb, PartOfSpeech.Adverb).SelectMany(s => s.Pointing("\\")).Where(p => p.Pos == PartOfSpeech.Adjective).Select(lexicon.Follow)
            .SelectMany(a => a.Words).Distinct().ToList();

    /// <summary>
    /// A noun's synonyms and what it is a kind of, two levels up: "rain" → rainfall, precipitation, downfall. With
    /// <paramref name="notThings"/>, only from its senses that are no physical thing (animal, artifact, food, object,
    /// person, plant): a mountain is a natural elevation, but not an elevation a table measures.
    /// </summary>
    public static IReadOnlyList<string> Broader(string word, Lexicon lexicon, bool notThings = false)
    {
        var found = new List<string>();
        foreach (var synset in lexicon.Synsets(word, PartOfSpeech.Noun).Take(2))
        {
            if (notThings && synset.LexFile is NounAnimal or NounArtifact or NounFood or NounObject or NounPerson or NounPlant) continue;
            found.AddRange(synset.Words);
            foreach (var parent in synset.Pointing("@").Select(lexicon.Follow))
            {
                found.AddRange(parent.Words);
                found.AddRange(parent.Pointing("@").Select(lexicon.Follow).SelectMany(g => g.Words));
            }
        }
        return found.Distinct().ToList();
    }

    /// <summary>The groups a noun's first two senses are members of (WordNet's member holonyms): a Democrat → Democratic Party.</summary>
    public static IReadOnlyList<string> GroupsOf(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2)
        .SelectMany(s => s.Pointing("#m")).Select(lexicon.Follow).SelectMany(g => g.Words).Distinct().ToList();

    /// <summary>
    /// The nouns a noun is derived from through an adjective, in its first two senses: nationality ← national ← nation
    /// (never the noun itself).
    /// </summary>
    public static IReadOnlyList<string> DerivedFrom(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(2)
        .SelectMany(s => s.Pointing("+").Where(p => p.Pos == PartOfSpeech.Adjective).Select(lexicon.Follow)
            // Not back to the sense it left (type, a person of a kind → typical → type): that is the noun again.
            .SelectMany(a => a.Pointing("\\").Concat(a.Pointing("+")).Where(p => p.Pos == PartOfSpeech.Noun)).Select(lexicon.Follow).Where(n => n.Offset != s.Offset))
        .SelectMany(n => n.Words).Where(w => w != noun).Distinct().ToList();

    /// <summary>Whether a noun names a size in one of its senses: a kind of extent, magnitude or length (area, diameter).</summary>
    public static bool IsSize(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Any(s =>
        s.Words.Any(w => w is "size" or "extent" or "magnitude" or "length")
        || s.Pointing("@").Select(lexicon.Follow).Any(p => p.Words.Any(w => w is "size" or "extent" or "magnitude" or "length")));

    /// <summary>
    /// Whether a noun is, in one of its first three senses, a kind of municipality, one or two levels up (a city, a town,
    /// a borough): a place people live in together, whose size is how many do.
    /// </summary>
    public static bool IsMunicipality(string noun, Lexicon lexicon) => lexicon.Synsets(noun, PartOfSpeech.Noun).Take(3).Any(s =>
        s.Pointing("@").Select(lexicon.Follow).Any(p => p.Words.Contains("municipality")
            || p.Pointing("@").Select(lexicon.Follow).Any(g => g.Words.Contains("municipality"))));

    /// <summary>Whether a verb's first sense is of moving ("went": go, "change location").</summary>
    public static bool MovesFirst(string verb, Lexicon lexicon) => lexicon.Synsets(verb, PartOfSpeech.Verb).FirstOrDefault() is { LexFile: VerbMotion };

    /// <summary>A verb of being, coming, making or living ("live", "come", "made"), which before a preposition only relates.</summary>
    public static bool Relates(string word, Lexicon lexicon) =>
        lexicon.Synsets(word, PartOfSpeech.Verb).Take(6).Any(s => s.LexFile is VerbCreation or VerbMotion or VerbStative);

    /// <summary>
    /// A verb of getting, winning or having ("won", "earned", "received", "scored", "hold"): of possession or competition in
    /// its first sense, and not of failing, losing or giving away ("lose" is "fail to keep", "export" is "sell or transfer
    /// abroad"); or having in one of its first four.
    /// </summary>
    public static bool Gains(string word, Lexicon lexicon) =>
        lexicon.Synsets(word, PartOfSpeech.Verb).FirstOrDefault() is { LexFile: VerbPossession or VerbCompetition } first && !Lacks(word, lexicon)
        && !Words.Tokens(first.Definition).Any(w => w is "give" or "sell" or "transfer")
        // "hold a degree": a verb that is, in one of its first four senses, another word for having.
        || lexicon.Synsets(word, PartOfSpeech.Verb).Take(4).Any(s => s.LexFile == VerbPossession && s.Words.Contains("have"));

    /// <summary>"lose", "miss": a verb whose first sense is to be or to come to be without something.</summary>
    public static bool Lacks(string word, Lexicon lexicon) => lexicon.Synsets(word, PartOfSpeech.Verb).FirstOrDefault() is { } first
        && Words.Tokens(first.Definition).Any(w => w is "fail" or "not" or "lose" or "cease" or "stop" or "without" or "lack" or "deprive");

    /// <summary>Words of a definition that are not nouns in any sense that matters here, though WordNet lists some as nouns.</summary>
    private static readonly HashSet<string> FunctionWords =
    [
        "that", "this", "these", "those", "with", "from", "into", "than", "then", "when", "where", "which", "being", "having", "about", "over",
        "more", "most", "less", "much", "many", "some", "such", "very", "used", "especially", "relatively", "comparatively", "other", "something",
    ];

    /// <summary>
    /// The nouns of a definition, leaving out words WordNet knows in more senses as adjectives ("something concrete or
    /// abstract" of "get" names no abstract).
    /// </summary>
    private static IEnumerable<string> DefinitionNouns(string definition, Lexicon lexicon) =>
        Words.Tokens(definition).Where(w => w.Length > 3 && !FunctionWords.Contains(w) && !HighWords.Contains(w) && !LowWords.Contains(w)
            && lexicon.Knows(w, PartOfSpeech.Noun) && lexicon.Synsets(w, PartOfSpeech.Adjective).Count <= lexicon.Synsets(w, PartOfSpeech.Noun).Count)
            .SelectMany(w => lexicon.BaseForms(w, PartOfSpeech.Noun).Take(1));

    [GeneratedRegex(@"\bper (?:unit (?:of )?)?(\w+)")]
    private static partial Regex PerPattern();

    [GeneratedRegex(@"\bunit (?:of|for) (?:measurement (?:of|for) |measuring )?(\w+)")]
    private static partial Regex UnitOfPattern();
}
