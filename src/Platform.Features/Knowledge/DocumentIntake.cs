using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <param name="Created">False when the same bytes were already there: the existing document is returned.</param>
public sealed record Intake(KnowledgeDocument Document, bool Created);

/// <summary>
/// Takes uploaded files into a knowledge base: every file's type is checked before anything is kept; the same bytes
/// again are the existing document; a file named like an earlier one is its next version (searched once indexed, in
/// place of the earlier). Each new document is saved as processing with its lease and handed to the indexer.
/// </summary>
public sealed class DocumentIntake(IDocumentSession session, KnowledgeFiles files, KnowledgeIndexer indexer, CurrentUser caller, TimeProvider clock)
{
    public async Task<IReadOnlyList<Intake>> AddAsync(KnowledgeBase knowledgeBase, IReadOnlyList<UploadedPart> parts, Dictionary<string, string> metadata, CancellationToken ct)
    {
        var detected = parts.Select(p => (Part: p, Type: DocumentText.Detect(p.Path, p.FileName))).ToList();
        var intakes = new List<Intake>();
        var kept = new List<KnowledgeDocument>();
        try
        {
            foreach (var (part, (format, contentType)) in detected)
            {
                var hash = await HashAsync(part.Path, ct);
                var same = intakes.FirstOrDefault(i => i.Document.ContentHash == hash)?.Document
                    ?? await session.Query<KnowledgeDocument>().FirstOrDefaultAsync(d => d.KnowledgeBaseId == knowledgeBase.Id && d.ContentHash == hash && d.SupersededBy == null, ct);
                if (same is not null)
                {
                    intakes.Add(new Intake(same, false));
                    continue;
                }
                var name = part.FileName;
                var latest = kept.Where(d => d.Name == name).Select(d => d.Version).DefaultIfEmpty(0).Max();
                if (latest == 0)
                    latest = await session.Query<KnowledgeDocument>().Where(d => d.KnowledgeBaseId == knowledgeBase.Id && d.Name == name)
                        .OrderByDescending(d => d.Version).Select(d => d.Version).FirstOrDefaultAsync(ct);
                var document = new KnowledgeDocument
                {
                    Id = Guid.CreateVersion7(), KnowledgeBaseId = knowledgeBase.Id, UploadedBy = caller.Id, Name = name, Format = format, ContentType = contentType,
                    ContentHash = hash, SizeBytes = part.Length, Version = latest + 1, Status = DocumentStatus.Processing, Metadata = metadata,
                    CreatedAt = clock.GetUtcNow(),
                };
                files.Keep(part.Path, document);
                kept.Add(document);
                session.Insert(document);
                session.Store(indexer.Take(document.Id));
                intakes.Add(new Intake(document, true));
            }
            if (kept.Count > 0) session.Patch<KnowledgeBase>(knowledgeBase.Id).Set(k => k.UpdatedAt, clock.GetUtcNow());
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            foreach (var document in kept)
            {
                files.DeleteDocument(document);
                indexer.Release(document.Id);
            }
            throw;
        }
        foreach (var document in kept) indexer.Enqueue(document.Id);
        return intakes;
    }

    /// <summary>Metadata given with an upload: a JSON object of strings (e.g. <c>{"team":"support"}</c>), searchable by equality.</summary>
    public static Dictionary<string, string> ParseMetadata(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
            if (metadata.Count > 50 || metadata.Any(m => m.Key.Length is 0 or > 100 || m.Value.Length > 500))
                throw new JsonException("At most 50 entries, keys of 1 to 100 characters, values up to 500.");
            return metadata;
        }
        catch (JsonException e)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid metadata", $"'metadata' must be a JSON object of strings: {e.Message}");
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
