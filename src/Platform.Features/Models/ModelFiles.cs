using Microsoft.ML;
using Platform.Features.Common;

namespace Platform.Features.Models;

/// <summary>Where trained models live on disk (<c>{data}/models/{id}.zip</c>, ML.NET's format), and the loaded ones kept in memory.</summary>
public sealed class ModelFiles(DataFolder dataFolder)
{
    private readonly MLContext _ml = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Lazy<ITransformer>> _loaded = new();

    public string Artifact(Guid modelId) => Path.Combine(dataFolder.Path, "models", $"{modelId:N}.zip");

    /// <summary>Writes the artifact whole or not at all: a reader never finds half a file.</summary>
    public void Save(Guid modelId, ITransformer pipeline, DataViewSchema inputSchema)
    {
        var path = Artifact(modelId);
        DataFolder.CreatePrivateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        _ml.Model.Save(pipeline, inputSchema, partial);
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>The model, loaded once per instance: a trained model never changes, and transforming with it is thread-safe.</summary>
    public ITransformer Load(Guid modelId) =>
        _loaded.GetOrAdd(modelId, id => new Lazy<ITransformer>(() => _ml.Model.Load(Artifact(id), out _))).Value;

    public void Delete(Guid modelId)
    {
        _loaded.TryRemove(modelId, out _);
        if (File.Exists(Artifact(modelId))) File.Delete(Artifact(modelId));
    }
}
