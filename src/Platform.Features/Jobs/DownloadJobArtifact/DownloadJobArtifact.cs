using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Format">csv (default) or json.</param>
/// <param name="StepId">Which step's artifact; the last step in dependency order that has one, when left out.</param>
public sealed record DownloadJobArtifact(Guid JobId, string Format, string? StepId) : IRequest<JobArtifactFile>;

public sealed record JobArtifactFile(string Path, string FileName, string ContentType, string Format);

public sealed class DownloadJobArtifactValidator : AbstractValidator<DownloadJobArtifact>
{
    public DownloadJobArtifactValidator() => RuleFor(x => x.Format).Must(f => f is "csv" or "json").WithMessage("'format' is csv or json.");
}

public sealed class DownloadJobArtifactHandler(IQuerySession session, JobArtifacts artifacts, CurrentUser caller) : IRequestHandler<DownloadJobArtifact, JobArtifactFile>
{
    public async ValueTask<JobArtifactFile> Handle(DownloadJobArtifact request, CancellationToken ct)
    {
        var job = await session.RequireJobAsync(request.JobId, caller, ct);
        var step = request.StepId is { } id
            ? job.Step(id) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Step not found", $"The job has no step '{id}'.")
            : JobGraph.Ordered(job.Steps).LastOrDefault(s => s.HasArtifact);
        var path = step is { HasArtifact: true } ? artifacts.PathOf(job.Id, step.Id) : null;
        if (path is null || !File.Exists(path))
            throw new ProblemException(StatusCodes.Status404NotFound, "No artifact", step is null || request.StepId is null
                ? $"The job is {job.Status} and has no artifact yet."
                : $"Step '{step.Id}' is {step.Status} and has no artifact.");
        var name = $"job-{job.Id:N}-{step!.Id}.{request.Format}";
        return new JobArtifactFile(path, name, request.Format == "csv" ? "text/csv" : "application/json", request.Format);
    }

    /// <summary>The artifact's table as CSV (RFC 4180 quoting), written as it is read.</summary>
    public static async Task WriteCsvAsync(string path, Stream output, CancellationToken ct)
    {
        using var document = await JsonDocument.ParseAsync(File.OpenRead(path), cancellationToken: ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024);
        await writer.WriteLineAsync(string.Join(',', document.RootElement.GetProperty("columns").EnumerateArray().Select(c => Quote(c.GetString() ?? ""))));
        foreach (var row in document.RootElement.GetProperty("rows").EnumerateArray())
            await writer.WriteLineAsync(string.Join(',', row.EnumerateArray().Select(Cell)));
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => Quote(value.GetRawText()),
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
