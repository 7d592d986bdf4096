using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record DownloadDataset(Guid DatasetId, string Format) : IRequest<DatasetDownload>;

/// <param name="Content">A temporary file that deletes itself when closed.</param>
public sealed record DatasetDownload(Stream Content, string ContentType, string FileName);

public sealed class DownloadDatasetValidator : AbstractValidator<DownloadDataset>
{
    public DownloadDatasetValidator() => RuleFor(x => x.Format).Must(f => f is "csv" or "parquet").WithMessage("'format' must be csv or parquet.");
}

/// <summary>The dataset's current version as CSV (with a header) or Parquet, written by DuckDB.</summary>
public sealed class DownloadDatasetHandler(IQuerySession session, DatasetFiles files, CurrentUser caller) : IRequestHandler<DownloadDataset, DatasetDownload>
{
    public async ValueTask<DatasetDownload> Handle(DownloadDataset request, CancellationToken ct)
    {
        var dataset = (await session.RequireReadableAsync(request.DatasetId, caller, ct)).RequireReady();
        var target = files.NewUpload();
        var options = request.Format == "csv" ? "format csv, header true" : "format parquet";
        await Task.Run(() => DatasetStorage.Export(files.Data(dataset), dataset.TableName, target, options), ct);
        var content = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var stem = string.Concat(dataset.Name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')).Trim('_');
        return new DatasetDownload(content,
            request.Format == "csv" ? "text/csv" : "application/vnd.apache.parquet",
            $"{(stem.Length > 0 ? stem : dataset.TableName)}.{request.Format}");
    }
}
