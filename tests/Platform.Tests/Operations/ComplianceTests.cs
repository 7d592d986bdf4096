using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Tests.Datasets;

namespace Platform.Tests.Operations;

public sealed class ComplianceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<HttpClient> AdminAsync() => factory.CreateClient((await factory.AdminAsync()).AccessToken);

    private static async Task<Dictionary<string, byte[]>> UnzipAsync(HttpResponseMessage response)
    {
        await response.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            e.Open().CopyTo(content);
            return content.ToArray();
        });
    }

    private static JsonElement Json(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    /// <summary>Every row of the platform's tables whose JSON holds the text.</summary>
    private async Task<List<string>> RowsNamingAsync(string text)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.columns where table_schema = 'platform' and column_name = 'data' and data_type = 'jsonb'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from platform.{table} where strpos(data::text, @text) > 0", connection) { Parameters = { new("text", text) } };
            if ((long)(await count.ExecuteScalarAsync())! > 0) found.Add(table);
        }
        return found;
    }

    [Fact]
    public async Task An_export_request_writes_an_archive_of_the_persons_records_and_files_which_only_they_and_administrators_read()
    {
        var person = await Person.RegisterAsync(factory);
        var dataset = await (await person.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created);
        await (await person.Client.PostAsJsonAsync("/api/credentials", new { name = "mine", provider = "openai", baseUrl = "https://api.openai.com/v1", apiKey = "sk-secret-value-1234" }))
            .JsonAsync(HttpStatusCode.Created);
        var stranger = await Person.RegisterAsync(factory);

        var request = await (await person.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "export" })).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("processing", request.GetProperty("status").GetString());
        var done = await Eventually.Until(async () => await (await person.Client.GetAsync($"/api/compliance/gdpr/requests/{request.Id()}")).JsonAsync(),
            r => r.GetProperty("status").GetString() != "processing", TimeSpan.FromMinutes(1));
        Assert.True(done.GetProperty("status").GetString() == "completed", done.ToString());
        Assert.Equal($"/api/compliance/gdpr/archive/{person.Id}", done.GetProperty("archive").GetString());

        var files = await UnzipAsync(await person.Client.GetAsync($"/api/compliance/gdpr/archive/{person.Id}"));
        var user = Json(files["records/user.json"])[0];
        Assert.Equal(person.Email, user.GetProperty("email").GetString());
        Assert.Equal("[withheld]", user.GetProperty("passwordHash").GetString());
        Assert.Equal(dataset.Id(), Json(files["records/dataset.json"])[0].Id());
        var credential = Json(files["records/credential.json"])[0];
        Assert.Equal("[withheld]", credential.GetProperty("protectedApiKey").GetString());
        Assert.DoesNotContain("sk-secret-value-1234", string.Join("", files.Values.Select(System.Text.Encoding.UTF8.GetString)));
        Assert.Contains(Json(files["records/events.json"]).EnumerateArray(), e => e.GetProperty("type").GetString() == "user_registered");
        var csv = System.Text.Encoding.UTF8.GetString(files[$"files/datasets/{dataset.Id():N}/{dataset.GetProperty("tableName").GetString()}.csv"]);
        Assert.Equal(dataset.GetProperty("rowCount").GetInt64() + 1, csv.TrimEnd().Split('\n').Length);
        Assert.Equal(person.Id, Json(files["manifest.json"]).GetProperty("subject").GetGuid());
        Assert.DoesNotContain(files.Keys, k => k.Contains(stranger.Id.ToString()));

        await (await stranger.Client.GetAsync($"/api/compliance/gdpr/archive/{person.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"/api/compliance/gdpr/requests/{request.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "export", userId = person.Id })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, (await (await stranger.Client.GetAsync("/api/compliance/gdpr/requests")).JsonAsync()).GetProperty("total").GetInt64());
        var admin = await AdminAsync();
        await UnzipAsync(await admin.GetAsync($"/api/compliance/gdpr/archive/{person.Id}"));
        var listed = await (await admin.GetAsync($"/api/compliance/gdpr/requests?userId={person.Id}&kind=export")).JsonAsync();
        Assert.Equal(request.Id(), listed.GetProperty("items")[0].Id());
        await (await person.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "forget" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "export", userId = new string('9', 100_000) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "export", userId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync("/api/compliance/gdpr/requests?limit=1000")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/compliance/gdpr/requests?kind=forget")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"/api/compliance/gdpr/archive/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Single((await (await admin.GetAsync($"/api/compliance/gdpr/requests?userId={person.Id}")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_erasure_removes_the_persons_content_and_address_and_leaves_the_audit_trail_with_a_pseudonym()
    {
        var person = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        var dataset = await (await person.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created);
        var alone = await person.CreateRoomAsync("Mine alone");
        var shared = await person.CreateRoomAsync("Shared");
        await person.AddMemberAsync(shared, other.Email, "editor");
        var message = await (await person.Client.PostAsJsonAsync($"/api/rooms/{shared}/messages", new { content = "my phone is 555-0100" })).JsonAsync(HttpStatusCode.Created);
        await (await person.Client.PostAsJsonAsync("/api/api-keys", new { name = "script", scopes = new[] { "read" } })).JsonAsync(HttpStatusCode.Created);
        Assert.NotEmpty(await RowsNamingAsync(person.Email));

        await (await person.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "erase" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await other.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "erase", userId = person.Id, confirm = true })).ProblemAsync(HttpStatusCode.Forbidden);
        var admin = await AdminAsync();
        var erased = await (await admin.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "erase", userId = person.Id, confirm = true })).JsonAsync(HttpStatusCode.Created);

        var pseudonym = erased.GetProperty("subject").GetString()!;
        Assert.EndsWith("@erased.invalid", pseudonym);
        Assert.Equal("completed", erased.GetProperty("status").GetString());
        Assert.Empty(await RowsNamingAsync(person.Email));
        await (await person.Client.GetAsync("/api/auth/me")).EnsureStatus(HttpStatusCode.Unauthorized);
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = TestUsers.Password })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.GetAsync($"/api/datasets/{dataset.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "datasets", dataset.Id().ToString("N"))));
        await (await admin.GetAsync($"/api/rooms/{alone}")).ProblemAsync(HttpStatusCode.NotFound);

        var room = await (await other.Client.GetAsync($"/api/rooms/{shared}")).JsonAsync();
        Assert.DoesNotContain(person.Id.ToString(), room.GetRawText());
        var messages = await (await other.Client.GetAsync($"/api/rooms/{shared}/messages")).JsonAsync();
        var kept = messages.GetProperty("items").EnumerateArray().Single(m => m.Id() == message.Id());
        Assert.Equal("[erased]", kept.GetProperty("content").GetString());
        Assert.Empty(await RowsNamingAsync("555-0100"));

        // The trail still holds what the account did, under its id alone, and still verifies.
        var audit = await (await admin.GetAsync($"/api/admin/audit?actorId={person.Id}")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "CreateRoom");
        await Eventually.Until(async () => await (await admin.GetAsync("/api/admin/audit/verify")).JsonAsync(), v => v.GetProperty("valid").GetBoolean(), TimeSpan.FromSeconds(20));

        var self = await Person.RegisterAsync(factory);
        var selfErased = await (await self.Client.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "erase", confirm = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(self.Id, selfErased.GetProperty("subjectId").GetGuid());
        await (await admin.PostAsJsonAsync("/api/compliance/gdpr/requests", new { kind = "erase", confirm = true })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_direct_export_gives_your_own_or_your_organisations_data_and_leaves_an_audit_entry()
    {
        var owner = await Person.RegisterAsync(factory);
        var member = await Person.RegisterAsync(factory);
        var outsider = await Person.RegisterAsync(factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = $"Org {Guid.NewGuid():N}" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email, role = "member" })).EnsureStatus(HttpStatusCode.Created);

        var mine = await UnzipAsync(await owner.Client.PostAsJsonAsync("/api/export", new { }));
        Assert.Equal(owner.Id, Json(mine["manifest.json"]).GetProperty("subject").GetGuid());
        Assert.Contains(Json(mine["records/organization.json"]).EnumerateArray(), o => o.Id() == organization);

        var theirs = await UnzipAsync(await owner.Client.PostAsJsonAsync("/api/export", new { organizationId = organization }));
        Assert.Equal("organization", Json(theirs["manifest.json"]).GetProperty("kind").GetString());
        Assert.Contains(member.Email, System.Text.Encoding.UTF8.GetString(theirs["records/organization.json"]));
        await (await member.Client.PostAsJsonAsync("/api/export", new { organizationId = organization })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.PostAsJsonAsync("/api/export", new { organizationId = organization })).ProblemAsync(HttpStatusCode.NotFound);

        var audit = await (await (await AdminAsync()).GetAsync($"/api/admin/audit?actorId={owner.Id}&action=ExportData")).JsonAsync();
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
    }
}
