using System.Text.Json;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>Steps' artifact tables, one JSON file per step under <c>jobs/{jobId}/</c> in the data folder.</summary>
public sealed class JobArtifacts(DataFolder dataFolder)
{
    public string Folder(Guid jobId) => Path.Combine(dataFolder.Path, "jobs", jobId.ToString("N"));

    public string PathOf(Guid jobId, string stepId) => Path.Combine(Folder(jobId), stepId + ".json");

    public async Task WriteAsync(Guid jobId, string stepId, JobTable table, CancellationToken ct)
    {
        DataFolder.CreatePrivateDirectory(Folder(jobId));
        var path = PathOf(jobId, stepId);
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
            await JsonSerializer.SerializeAsync(file, new { columns = table.Columns, rows = table.Rows }, JsonSerializerOptions.Web, ct);
        File.Move(partial, path, overwrite: true);
    }

    public void Delete(Guid jobId)
    {
        if (Directory.Exists(Folder(jobId))) Directory.Delete(Folder(jobId), recursive: true);
    }
}
