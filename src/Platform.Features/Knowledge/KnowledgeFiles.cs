using Platform.Features.Common;

namespace Platform.Features.Knowledge;

/// <summary>Where documents are kept: <c>knowledge/{knowledgeBaseId}/{documentId}</c> (the bytes as uploaded) and <c>….txt</c> (the extracted text that chunk offsets point into).</summary>
public sealed class KnowledgeFiles(DataFolder dataFolder)
{
    public const string FolderName = "knowledge";

    public string Root => Path.Combine(dataFolder.Path, FolderName);

    public string Folder(Guid knowledgeBaseId) => Path.Combine(Root, knowledgeBaseId.ToString("N"));

    public string Original(KnowledgeDocument document) => Path.Combine(Folder(document.KnowledgeBaseId), document.Id.ToString("N"));

    public string Text(KnowledgeDocument document) => Original(document) + ".txt";

    /// <summary>A fresh path for an upload in progress, beside where it will be kept (so keeping it is a rename).</summary>
    public string NewUpload()
    {
        var folder = Path.Combine(Root, "uploads");
        DataFolder.CreatePrivateDirectory(folder);
        return Path.Combine(folder, Guid.NewGuid().ToString("N"));
    }

    public void Keep(string upload, KnowledgeDocument document)
    {
        DataFolder.CreatePrivateDirectory(Folder(document.KnowledgeBaseId));
        File.Move(upload, Original(document));
    }

    public void DeleteDocument(KnowledgeDocument document)
    {
        File.Delete(Original(document));
        File.Delete(Text(document));
    }

    public void DeleteKnowledgeBase(Guid knowledgeBaseId)
    {
        if (Directory.Exists(Folder(knowledgeBaseId))) Directory.Delete(Folder(knowledgeBaseId), recursive: true);
    }
}
