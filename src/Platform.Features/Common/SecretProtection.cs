using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Common;

/// <summary>One key of the Data Protection key ring, as the key manager wrote it.</summary>
public sealed class DataProtectionKey : IBookkeeping
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// The Data Protection key ring in PostgreSQL, so every instance decrypts what another encrypted and a restored
/// database carries its keys with it.
/// </summary>
public sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // Data Protection's repository is synchronous and Marten's reads are not; the ring is read about once a day.
        using var session = store.QuerySession();
        return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

/// <summary>Encrypts secrets kept at rest (provider keys, client secrets) and shows them only masked.</summary>
public sealed class SecretProtection(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Platform.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>The last four characters behind a mask, so a person can tell keys apart.</summary>
    public static string Mask(string secret) => secret.Length <= 8 ? "****" : "****" + secret[^4..];

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName("Platform");
        services.AddSingleton(provider => KeyRingKey.Load(configuration["Platform:Secrets:Key"], provider.GetRequiredService<DataFolder>(),
            provider.GetRequiredService<ILogger<SecretProtection>>()));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new MartenXmlRepository(provider.GetRequiredService<IDocumentStore>());
            options.XmlEncryptor = new KeyRingEncryptor(provider.GetRequiredService<KeyRingKey>());
        }));
        services.AddSingleton<SecretProtection>();
    }
}

/// <summary>
/// The key that encrypts the key ring in PostgreSQL: <c>Platform:Secrets:Key</c>, or a file in the data folder.
/// A copy of the database alone then decrypts nothing.
/// </summary>
public sealed class KeyRingKey(byte[] key)
{
    public byte[] Key { get; } = key;

    public static KeyRingKey Load(string? configured, DataFolder dataFolder, ILogger logger)
    {
        if (configured is { Length: > 0 })
            return configured.Length >= 32
                ? new(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(configured), 32, info: "key-ring"u8.ToArray()))
                : throw new InvalidOperationException("Platform:Secrets:Key must be at least 32 characters.");
        var path = Path.Combine(dataFolder.Path, "secrets.key");
        if (File.Exists(path)) return new(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        var key = RandomNumberGenerator.GetBytes(32);
        DataFolder.WriteSecret(path, Convert.ToBase64String(key));
        logger.LogWarning("No Platform:Secrets:Key configured: generated one in {Path}. Keep it with backups; set one explicitly when instances do not share the data folder.", path);
        return new(key);
    }
}

/// <summary>Encrypts each key of the ring with AES-GCM under <see cref="KeyRingKey"/>.</summary>
public sealed class KeyRingEncryptor(KeyRingKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[12 + 16 + plain.Length];
        var nonce = sealedBytes.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Key, 16);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return new EncryptedXmlInfo(new XElement("encryptedKey", new XElement("value", Convert.ToBase64String(sealedBytes))), typeof(KeyRingDecryptor));
    }
}

/// <summary>Made by Data Protection through its service provider when it reads the ring.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var sealedBytes = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(services.GetRequiredService<KeyRingKey>().Key, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
