/// <summary>The nearest-rank percentile every benchmark reports.</summary>
public static class Percentiles
{
    /// <param name="values">In any order; none gives NaN.</param>
    /// <param name="p">0.5 for the median, 0.99 for p99.</param>
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
