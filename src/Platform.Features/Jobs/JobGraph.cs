namespace Platform.Features.Jobs;

/// <summary>Steps in dependency order (each after everything it needs, otherwise in the order written).</summary>
public static class JobGraph
{
    /// <summary>The order, or null when the steps' <c>needs</c> form a cycle or name a step that does not exist.</summary>
    public static List<T>? TryOrder<T>(IReadOnlyList<T> steps, Func<T, string> id, Func<T, IEnumerable<string>> needs)
    {
        var ordered = new List<T>();
        var placed = new HashSet<string>();
        var known = steps.Select(id).ToHashSet();
        if (steps.Any(s => needs(s).Any(n => !known.Contains(n)))) return null;
        while (ordered.Count < steps.Count)
        {
            var next = steps.FirstOrDefault(s => !placed.Contains(id(s)) && needs(s).All(placed.Contains));
            if (next is null) return null;
            ordered.Add(next);
            placed.Add(id(next));
        }
        return ordered;
    }

    /// <summary>Every step <paramref name="stepId"/> needs, directly or not: those that finish before it starts.</summary>
    public static HashSet<string> Ancestors<T>(IReadOnlyList<T> steps, string stepId, Func<T, string> id, Func<T, IEnumerable<string>> needs)
    {
        var byId = steps.GroupBy(id).ToDictionary(g => g.Key, g => g.First());
        var found = new HashSet<string>();
        var open = new Stack<string>(byId.TryGetValue(stepId, out var start) ? needs(start) : []);
        while (open.TryPop(out var next))
            if (found.Add(next) && byId.TryGetValue(next, out var step))
                foreach (var need in needs(step)) open.Push(need);
        return found;
    }

    public static List<JobStep> Ordered(IReadOnlyList<JobStep> steps) => TryOrder(steps, s => s.Id, s => s.Needs) ?? [.. steps];

    /// <summary>The step and every step that needs it, directly or not.</summary>
    public static HashSet<string> WithDependents(IReadOnlyList<JobStep> steps, string stepId)
    {
        var affected = new HashSet<string> { stepId };
        foreach (var step in Ordered(steps))
            if (step.Needs.Any(affected.Contains)) affected.Add(step.Id);
        return affected;
    }
}
