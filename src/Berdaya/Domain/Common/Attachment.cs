namespace Berdaya.Domain.Common;

/// <summary>
/// A file kept with a record (proposal documents, survey photos). The type is taken from the
/// content's signature, never from the file name.
/// </summary>
public sealed class Attachment
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    private Attachment() { }

    private Attachment(string ownerType, Guid ownerId, string fileName, string contentType, byte[] content, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7();
        OwnerType = ownerType;
        OwnerId = ownerId;
        FileName = fileName;
        ContentType = contentType;
        Size = content.LongLength;
        Content = content;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }
    public string OwnerType { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Content { get; private set; } = [];
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Checks size and content signature; <paramref name="allowed"/> lists accepted content types.</summary>
    public static Attachment Create(string ownerType, Guid ownerId, string fileName, byte[] content, string uploadedBy, DateTimeOffset uploadedAt,
        IReadOnlyCollection<string> allowed, long maxBytes = DefaultMaxBytes, string field = "File")
    {
        if (content.Length == 0)
        {
            throw new DomainException("file.empty", field);
        }

        if (content.LongLength > maxBytes)
        {
            throw new DomainException("file.toolarge", field, ErrorKind.TooLarge, maxBytes / (1024 * 1024));
        }

        var type = Sniff(content);
        if (type is null || !allowed.Contains(type))
        {
            throw new DomainException("file.type", field, ErrorKind.Validation, string.Join(", ", allowed.Select(Extension)));
        }

        // A name that claims another type than the content is refused, so a download never lies about its type.
        var claimed = Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            _ => null,
        };
        if (claimed is not null && claimed != type)
        {
            throw new DomainException("file.type.mismatch", field, ErrorKind.Validation, Extension(claimed), Extension(type));
        }

        var safeName = Path.GetFileName(fileName ?? "").Trim();
        if (safeName.Length == 0)
        {
            safeName = "file" + Extension(type);
        }

        if (safeName.Length > 200)
        {
            safeName = safeName[..200];
        }

        return new Attachment(ownerType, ownerId, safeName, type, content, uploadedBy, uploadedAt);
    }

    public static readonly string[] DocumentTypes = ["application/pdf", "image/jpeg", "image/png"];
    public static readonly string[] PhotoTypes = ["image/jpeg", "image/png"];

    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 5 && b[0] == 0x25 && b[1] == 0x50 && b[2] == 0x44 && b[3] == 0x46 && b[4] == 0x2D)
        {
            return "application/pdf";
        }

        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (b.Length >= 8 && b[0] == 0x89 && b[1] == 0x50 && b[2] == 0x4E && b[3] == 0x47 && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A)
        {
            return "image/png";
        }

        return null;
    }

    private static string Extension(string type) => type switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => "",
    };
}
