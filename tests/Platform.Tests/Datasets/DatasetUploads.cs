using System.Net.Http.Headers;
using System.Text;

namespace Platform.Tests.Datasets;

public static class DatasetUploads
{
    public static readonly string Samples = Path.Combine(TestPostgres.RepositoryRoot, "tests", "Platform.Tests", "Datasets", "Samples");

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, string? name = null, string? sheet = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (name is not null) form.Add(new StringContent(name), "name");
        if (sheet is not null) form.Add(new StringContent(sheet), "sheet");
        return client.PostAsync("/api/datasets", form);
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, string text, string? name = null) =>
        client.UploadAsync(fileName, Encoding.UTF8.GetBytes(text), name);

    public static Task<HttpResponseMessage> UploadSharedAsync(this HttpClient client, string fileName) =>
        client.UploadAsync(fileName, File.ReadAllBytes(Path.Combine(Samples, fileName)));
}
